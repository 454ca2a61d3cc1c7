#!/usr/bin/env bash
# Nsight Compute's kernel-wide view of one bundle's kernel (the whole generate call is one launch):
# speed of light, memory traffic and hit rates, warp stall reasons, the instruction mix and the
# hottest instructions. The in-kernel profile (`fractal compile --profile`) says which phase takes
# the time; this says what the multiprocessors wait for while it does.
#   here:  tools/bench/ab-bundles.sh NAME (or ./fractal compile ... -o .gpu/ab/SHAPE-NAME)
#   there: tools/bench/gpu-ncu.sh SHAPE-NAME [TOKENS]   (greedy, batch $NCU_BATCH (default 1), a
#          32-token prompt and TOKENS new ones, default 64; the first launch is profiled; writes
#          $OUT/ncu-SHAPE-NAME-bBATCH.txt and, per SASS instruction, the hottest by stall samples
#          and by excess sectors in $OUT/ncu-SHAPE-NAME-bBATCH-hot.txt)
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
report=/tmp/ncu-$name-b${NCU_BATCH:-1}
timeout 300 ncu --kernel-name regex:fractal_generate --launch-count 1 "${args[@]}" -f -o "$report" --print-summary none \
  .gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/lib/*' dev.fractalgen.tools.GpuBenchmark ".gpu/ab/$name" \
  "$weights" "${random[@]}" --batch "${NCU_BATCH:-1}" --prompt-len 32 --tokens "${2:-64}" --reps 1 >"$OUT/ncu-$name-b${NCU_BATCH:-1}.log" 2>&1
echo "ncu exit $? ($OUT/ncu-$name-b${NCU_BATCH:-1}.log)"
ncu --import "$report.ncu-rep" >"$OUT/ncu-$name-b${NCU_BATCH:-1}.txt" 2>&1
# per SASS instruction: the stall samples and the sectors beyond what the threads use, the hottest first
ncu --import "$report.ncu-rep" --page source --print-source sass --csv >"/tmp/ncu-$name-b${NCU_BATCH:-1}-sass.csv" 2>/dev/null \
  && python3 tools/bench/ncu_hot.py "/tmp/ncu-$name-b${NCU_BATCH:-1}-sass.csv" >"$OUT/ncu-$name-b${NCU_BATCH:-1}-hot.txt" 2>&1
echo "ncu report: $OUT/ncu-$name-b${NCU_BATCH:-1}.txt, hottest instructions: $OUT/ncu-$name-b${NCU_BATCH:-1}-hot.txt"
