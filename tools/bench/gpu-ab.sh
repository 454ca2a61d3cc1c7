#!/usr/bin/env bash
# Side-by-side timing of bundle variants on the GPU machine, in one call, on the same weights:
#   here:  tools/bench/ab-bundles.sh VARIANT [REV] (the 15M and 1B shapes of a build or a commit),
#          or ./fractal compile MODEL -o .gpu/ab/SHAPE-VARIANT [options]  (one folder per variant;
#          SHAPE, the name up to the first '-', says which variants share weights), after
#          tools/gpu-conformance.sh prepare (the Java runtime and jars in .gpu/)
#   there: tools/bench/gpu-ab.sh NAME[:BATCHES] ...   (e.g. 1B:1,8 1B-prev:1,8 15M-prof:1)
# Each shape's weights are written once, by its first variant (GpuBenchmark --random 7, the
# seeded values tools/gpu-bench.sh uses), and read by the others. Every line: the median time per
# step of 5 timed greedy calls after a warm-up (the one-token prompt 1 and 128 new tokens, or
# $AB_PROMPT prompt tokens and $AB_TOKENS new ones), and the first tokens, which agree
# between variants that compute the same thing; a bundle compiled with --profile adds its profile.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[[ $# -gt 0 ]] || { echo "usage: tools/bench/gpu-ab.sh NAME[:BATCHES] ... (bundles in .gpu/ab/)" >&2; exit 2; }
java=(.gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/lib/*' dev.fractalgen.tools.GpuBenchmark)
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -1
date -u +%Y-%m-%d
declare -A written
for arg in "$@"; do
  name=${arg%%:*}
  batches=1,8
  [[ $arg == *:* ]] && batches=${arg#*:}
  shape=${name%%-*}
  random=()
  [[ -n ${written[$shape]:-} ]] || { random=(--random 7); written[$shape]=1; }
  echo "## $name"
  timeout 200 "${java[@]}" ".gpu/ab/$name" "/tmp/ab-weights-$shape.bin" "${random[@]}" --batch "$batches" \
    --prompt-len "${AB_PROMPT:-1}" --tokens "${AB_TOKENS:-128}" --reps 5 2>&1 \
    | grep -v '^WARNING'
done
