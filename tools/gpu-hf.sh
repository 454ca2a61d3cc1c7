#!/usr/bin/env bash
# models/llama3.fractal against Hugging Face transformers, on the GPU machine, in two halves:
#   tools/gpu-hf.sh prepare   (here, after tools/gpu-conformance.sh prepare: compiles llama3 at the
#                              small shape and at the full Llama-3.2-1B shape into .gpu/hf/)
#   tools/gpu-hf.sh run       (on the GPU machine: needs .gpu/ and $OUT; writes $OUT/hf-results.md)
# For each shape: tools/hf/llama3_reference.py builds a LlamaForCausalLM with seeded random weights
# and saves it (save_pretrained, bf16 safetensors); HF's greedy generate in f32 from those bf16
# weights gives the reference tokens and last-step logits; `fractal run --backend cuda` runs the
# compiled bundle on the same file; the two are compared (same tokens, logits within tolerance).
# The small shape's checkpoint and both results also come back for the test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
small=$(sed -n 's/^llama3.fractal = //p' models/small-shapes.properties)
prompts_small=(1,17,42 200,3,99,5,250)
# BOS then five ordinary ids of the Llama-3 vocabulary; with random weights only the ids matter
prompts_1b=(128000,791,6864,315,9822,374 128000,40,1097)
case "${1:-}" in
  prepare)
    [[ -d .gpu/jre && -d .gpu/cli ]] || { echo "run tools/gpu-conformance.sh prepare first" >&2; exit 2; }
    rm -rf .gpu/hf && mkdir -p .gpu/hf
    config=(); for kv in $small; do config+=(--config "$kv"); done
    ./fractal compile models/llama3.fractal -o .gpu/hf/small --target sm_80,sm_90 "${config[@]}"
    ./fractal compile models/llama3.fractal -o .gpu/hf/1b --target sm_80,sm_90
    du -sh .gpu
    ;;
  run)
    : "${OUT:?set OUT to the folder the results go to}"
    ref=tools/hf/llama3_reference.py
    status=0
    : >"$OUT/hf.txt"
    for shape in small 1b; do
      model=/tmp/hf-llama3-$shape
      p=("${prompts_small[@]}"); [[ $shape == 1b ]] && p=("${prompts_1b[@]}")
      args=(); ids=(); for x in "${p[@]}"; do args+=(--prompt "$x"); ids+=(--prompt-ids "$x"); done
      echo "## llama3 $shape" | tee -a "$OUT/hf.txt"
      python3 "$ref" make --shape "$shape" --seed 0 --out "$model" 2>&1 | tee -a "$OUT/hf.txt"
      t0=$SECONDS
      python3 "$ref" generate --model "$model" "${args[@]}" --new 64 --out "$OUT/hf-$shape.json" 2>&1 | tee -a "$OUT/hf.txt"
      echo "hf load + generate: $((SECONDS - t0)) s" | tee -a "$OUT/hf.txt"
      .gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/cli/*:.gpu/lib/*' dev.fractalgen.cli.Main run \
        --bundle .gpu/hf/$shape --weights "$model/model.safetensors" --backend cuda "${ids[@]}" --temperature 0 -n 64 \
        --output json --logits >"$OUT/fractal-$shape.json" 2>"$OUT/fractal-$shape.err" || status=1
      cat "$OUT/fractal-$shape.err" | tee -a "$OUT/hf.txt"
      python3 "$ref" compare --reference "$OUT/hf-$shape.json" --ours "$OUT/fractal-$shape.json" 2>&1 | tee -a "$OUT/hf.txt" || status=1
    done
    cp /tmp/hf-llama3-small/model.safetensors "$OUT/llama3-small.safetensors"
    cp /tmp/hf-llama3-small/config.json "$OUT/llama3-small-config.json"
    {
      echo "# llama3.fractal against Hugging Face transformers"
      echo
      echo "- device: $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -1)"
      echo "- date: $(date -u +%Y-%m-%d)"
      echo "- command: \`tools/gpu-hf.sh run\` (after \`tools/gpu-conformance.sh prepare\` and \`tools/gpu-hf.sh prepare\`)"
      echo "- reference: LlamaForCausalLM from a config, seeded random weights saved as bf16 safetensors,"
      echo "  loaded in float32 (eager attention), greedy generate of 64 new tokens; ours: \`fractal run --backend cuda\`"
      echo "  on the same file"
      echo
      echo '```'
      cat "$OUT/hf.txt"
      echo '```'
    } >"$OUT/hf-results.md"
    cat "$OUT/hf-results.md"
    exit $status
    ;;
  *)
    echo "usage: tools/gpu-hf.sh prepare|run" >&2
    exit 2
    ;;
esac
