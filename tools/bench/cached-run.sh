#!/usr/bin/env bash
# Wall time of a whole `fractal run` (JVM start to exit) of 64 greedy tokens on stories260K with
# the host backend: compiled afresh (--no-cache) versus taken from the bundle cache, in one call.
# Prints the median of N runs (default 5) of each.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
n="${1:-5}"
cmd=(./fractal run models/llama2c.fractal --weights models/stories260K/stories260K.bin --prompt "Once upon a time"
  --temperature 0 -n 64 -q)
"${cmd[@]}" >/dev/null # builds on first use and fills the cache
median() {
  for _ in $(seq "$n"); do /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
echo "date: $(date -u +%Y-%m-%d), machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "no cache (front end + LLVM every run): $(median "${cmd[@]}" --no-cache) s"
echo "cache hit, default threads:            $(median "${cmd[@]}") s"
echo "cache hit, --threads 1:                $(median "${cmd[@]}" --threads 1) s"
