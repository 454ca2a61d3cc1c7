#!/usr/bin/env bash
# Compiles one variant's bundles for tools/bench/gpu-ab.sh: the stories15M shape (as
# tools/gpu-bench.sh builds it) and the Llama-3.2-1B shape (models/llama3.fractal at its
# defaults), for sm_90, into .gpu/ab/15M-NAME and .gpu/ab/1B-NAME.
#   tools/bench/ab-bundles.sh NAME          the current build (./mvnw install first)
#   tools/bench/ab-bundles.sh NAME REV      commit REV, built in a temporary worktree (this
#                                           tree's build and ~/.m2 are left as they are)
# Extra `fractal compile` options may follow after --, e.g. `-- --profile`.
# Run it after tools/gpu-conformance.sh prepare, which empties .gpu/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[[ $# -ge 1 && $1 != -* ]] || { echo "usage: tools/bench/ab-bundles.sh NAME [REV] [-- COMPILE-OPTIONS]" >&2; exit 2; }
name=$1
shift
rev=
if [[ $# -gt 0 && $1 != -- ]]; then rev=$1; shift; fi
[[ ${1:-} == -- ]] && shift
options=("$@")
source tools/bench/shapes.sh
out="$root/.gpu/ab"
mkdir -p "$out"
compiler="$root"
if [[ -n $rev ]]; then
  compiler="$(mktemp -d)/tree"
  trap 'git -C "$root" worktree remove --force "$compiler" >/dev/null 2>&1 || true' EXIT
  git worktree add --detach "$compiler" "$rev" >/dev/null
  # package, not install: the reactor resolves its own modules, ~/.m2 keeps this tree's jars
  (cd "$compiler" && source tools/java-env.sh && ./mvnw -B -o -q package -DskipTests -Dinvoker.skip -Dfractal.skipEclipse)
fi
cd "$compiler"
rm -rf "$out/15M-$name" "$out/1B-$name"
./fractal compile models/llama2c.fractal --target sm_90 "${shape15m[@]}" "${options[@]}" -o "$out/15M-$name"
./fractal compile models/llama3.fractal --target sm_90 "${options[@]}" -o "$out/1B-$name"
