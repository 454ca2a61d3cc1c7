#!/usr/bin/env bash
# Nsight Compute's kernel-wide view of one bundle's kernel (the whole generate call is one launch):
# speed of light, memory traffic and hit rates, warp stall reasons, the instruction mix and the
# hottest instructions. The in-kernel profile (`fractal compile --profile`) says which phase takes
# the time; this says what the multiprocessors wait for while it does.
#   here:  tools/bench/ab-bundles.sh NAME (or ./fractal compile ... -o .gpu/ab/SHAPE-NAME)
#   there: tools/bench/gpu-ncu.sh SHAPE-NAME [TOKENS]   (greedy, batch 1, a 32-token prompt and
#          TOKENS new ones, default 64; the first launch is profiled; writes $OUT/ncu-SHAPE-NAME.txt)
# Weights: the seeded ones tools/bench/gpu-ab.sh writes (GpuBenchmark --random 7), written here when
# that has not run in this call.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[[ $# -ge 1 ]] || { echo "usage: tools/bench/gpu-ncu.sh SHAPE-NAME [TOKENS] (a bundle in .gpu/ab/)" >&2; exit 2; }
: "${OUT:?set OUT to the folder the results go to}"
name=$1
shape=${name%%-*}
weights=/tmp/ab-weights-$shape.bin
random=()
[[ -f $weights ]] || random=(--random 7)
sections=(SpeedOfLight MemoryWorkloadAnalysis MemoryWorkloadAnalysis_Tables WarpStateStats SchedulerStats InstructionStats
  Occupancy LaunchStats SourceCounters)
args=()
for s in "${sections[@]}"; do args+=(--section "$s"); done
timeout 300 ncu --kernel-name regex:fractal_generate --launch-count 1 "${args[@]}" \
  .gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/lib/*' dev.fractalgen.tools.GpuBenchmark ".gpu/ab/$name" \
  "$weights" "${random[@]}" --batch 1 --prompt-len 32 --tokens "${2:-64}" --reps 1 >"$OUT/ncu-$name.txt" 2>&1
echo "ncu exit $? ($OUT/ncu-$name.txt)"
