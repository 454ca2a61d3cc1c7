#!/usr/bin/env bash
# The host backend's generate time for 1 thread and one per core, on an idle machine and with a
# competing busy process per core but one, in one call: how the kernel's barriers behave when
# cores are shared. Generation only (`generate_ms` of --output json), 64 greedy tokens of
# stories260K, the median of N runs (default 5) each.
#   tools/bench/host-threads.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
n="${1:-5}"
cores=$(nproc)
cmd=(./fractal run models/llama2c.fractal --weights models/stories260K/stories260K.bin --prompt "Once upon a time"
  --temperature 0 -n 64 -q --output json)
"${cmd[@]}" >/dev/null # builds on first use and fills the cache
median_ms() {
  for _ in $(seq "$n"); do
    "${cmd[@]}" --threads "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["timing"]["generate_ms"])'
  done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]}'
}
echo "date: $(date -u +%Y-%m-%d), machine: $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for t in 1 "$cores"; do echo "idle, --threads $t: $(median_ms "$t") ms"; done
busy=()
for _ in $(seq $((cores > 1 ? cores - 1 : 1))); do python3 -c 'while True: pass' & busy+=($!); done
trap 'kill "${busy[@]}" 2>/dev/null || true' EXIT
for t in 1 "$cores"; do echo "${#busy[@]} busy process(es), --threads $t: $(median_ms "$t") ms"; done
