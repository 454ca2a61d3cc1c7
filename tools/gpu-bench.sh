#!/usr/bin/env bash
# Decode speed of the CUDA backend next to PyTorch baselines on the same weights, in one call:
#   tools/gpu-bench.sh prepare [--profile]  (here, after tools/gpu-conformance.sh prepare: adds
#                                 .gpu/bench/; --profile: the 15M-shape kernel prints its profile)
#   tools/gpu-bench.sh run       (on the GPU machine; writes $OUT/benchmarks.md and $OUT/summary.tsv)
# Models: llama2c on the published stories260K checkpoint (models/stories260K), and the llama2c
# program configured to the stories15M shape (dim 288, 6 layers, vocab 32000) and the stories110M
# shape (dim 768, 12 layers), and llama3 at its default Llama-3.2-1B shape (bf16 weights, tied head),
# with seeded random weights made on the device; the first two also with the program's own sequential
# sums (-seq). Batches 1, 8 and 32.
# Baselines: tools/bench/torch_decode.py, the same forward pass in PyTorch: eager, one CUDA graph
# per step, and torch.compile (modes in $BENCH_COMPILE, default reduce-overhead); the copy bandwidth.
# $BENCH_MODELS (default all) and $BENCH_BATCH (default 1,8,32) pick a part, for the device's time limit;
# $BENCH_PROMPT and $BENCH_TOKENS (default 32 and 256) the prompt's length and the new tokens.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source tools/bench/shapes.sh
# every sequence: a 32-token prompt, then 256 new tokens (287 steps, prompt positions included)
decode=(--prompt-len "${BENCH_PROMPT:-32}" --tokens "${BENCH_TOKENS:-256}")
case "${1:-}" in
  prepare)
    [[ -d .gpu/jre && -d .gpu/pack/llama2c-stories260K ]] || { echo "run tools/gpu-conformance.sh prepare first" >&2; exit 2; }
    rm -rf .gpu/bench && mkdir -p .gpu/bench
    # each model twice: as compile and run build it (the warp-orders pipeline: long sums in the 32-lane
    # tree order, matrix rows one per warp) and with the program's own sequential sums (-seq)
    cp -r .gpu/pack/llama2c-stories260K .gpu/bench/stories260K-seq
    ./fractal compile models/llama2c.fractal -o .gpu/bench/stories260K/bundle --target sm_80,sm_90 "${@:2}"
    cp .gpu/bench/stories260K-seq/weights.bin .gpu/bench/stories260K/
    ./fractal compile models/llama2c.fractal -o .gpu/bench/shape15M/bundle --target sm_80,sm_90 "${shape15m[@]}" "${@:2}"
    ./fractal compile models/llama2c.fractal -o .gpu/bench/shape15M-seq/bundle --target sm_80,sm_90 "${shape15m[@]}" \
      --pipeline none "${@:2}"
    ./fractal compile models/llama2c.fractal -o .gpu/bench/shape110M/bundle --target sm_90 "${shape110m[@]}" "${@:2}"
    ./fractal compile models/llama3.fractal -o .gpu/bench/llama3-1B/bundle --target sm_90 "${@:2}"
    cp tools/bench/torch_decode.py tools/bench/summary.py .gpu/bench/
    du -sh .gpu
    ;;
  run)
    : "${OUT:?set OUT to the folder the results go to}"
    java=(.gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/lib/*' dev.fractalgen.tools.GpuBenchmark)
    log="$OUT/bench.txt"
    batch="${BENCH_BATCH:-1,8,32}"
    : >"$log"
    python3 .gpu/bench/torch_decode.py .gpu/bench/stories260K/bundle/manifest.json .gpu/bench/stories260K/weights.bin \
      --batch 1 --tokens 1 --reps 1 --bandwidth 2>&1 | { grep copy-bandwidth || true; } | tee -a "$log"
    for m in ${BENCH_MODELS:-stories260K stories260K-seq shape15M shape15M-seq shape110M llama3-1B}; do
      d=.gpu/bench/$m
      [[ -d $d/bundle ]] || continue
      # the published checkpoint for stories260K, seeded random weights written here for the others
      random=(--random 7); weights=/tmp/$m-weights.bin
      [[ $m == stories260K* ]] && { random=(); weights=.gpu/bench/stories260K/weights.bin; }
      echo "## $m" | tee -a "$log"
      "${java[@]}" "$d/bundle" "$weights" "${random[@]}" --batch "$batch" "${decode[@]}" --reps 5 2>&1 | tee -a "$log" || true
      # one set of baselines per model and weights
      [[ $m == *-seq ]] && continue
      python3 .gpu/bench/torch_decode.py "$d/bundle/manifest.json" "$weights" --batch "$batch" "${decode[@]}" --reps 5 \
        --compile "${BENCH_COMPILE-reduce-overhead}" 2>&1 | { grep -v Warning || true; } | tee -a "$log" || true
    done
    python3 .gpu/bench/summary.py "$log" .gpu/bench >"$OUT/summary.md"
    cp .gpu/bench/summary.tsv "$OUT/"
    {
      echo "# Decode benchmarks"
      echo
      echo "- device: $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -1)"
      echo "- date: $(date -u +%Y-%m-%d)"
      echo "- command: \`tools/gpu-bench.sh run\` (after \`tools/gpu-conformance.sh prepare\` and \`tools/gpu-bench.sh prepare\`)"
      echo "- what: greedy decode of a ${BENCH_PROMPT:-32}-token prompt and ${BENCH_TOKENS:-256} new tokens a sequence (a step per"
      echo "  position), median of 5 timed calls after a warm-up;"
      echo "  time per step for the whole batch. fractal: one kernel launch for the whole generate call, argmax,"
      echo "  EOS and KV growth inside it (a sequence stops at EOS, so steps may be fewer). torch: the same"
      echo "  forward pass, static KV cache, argmax on the device, one eager step or one CUDA-graph replay per token."
      echo
      echo '```'
      cat "$log"
      echo '```'
      echo
      cat "$OUT/summary.md"
    } >"$OUT/benchmarks.md"
    cat "$OUT/benchmarks.md"
    ;;
  *)
    echo "usage: tools/gpu-bench.sh prepare|run" >&2
    exit 2
    ;;
esac
