#!/usr/bin/env bash
# The model programs against Hugging Face transformers, on the GPU machine, in two halves:
#   tools/gpu-hf.sh prepare   (here, after tools/gpu-conformance.sh prepare: compiles llama3 at its
#                              small and its Llama-3.2-1B shape, gpt2 at its small and 124M shape,
#                              into .gpu/hf/)
#   tools/gpu-hf.sh run       (on the GPU machine: needs .gpu/ and $OUT; writes $OUT/hf-results.md)
# For each: tools/hf/hf_reference.py builds a LlamaForCausalLM or GPT2LMHeadModel with seeded random
# weights and saves it (save_pretrained: bf16 safetensors for Llama, f32 for GPT-2); HF's greedy
# generate in f32 from those weights gives the reference tokens and last-step logits; `fractal run
# --backend cuda` runs the compiled bundle on the same file; the two are compared (same tokens,
# logits within tolerance). The small checkpoints and HF's output on them also come back for the
# test suite (test-suites/src/test/resources/hf/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# name|arch|shape|make options|program --config|prompts (ids; with random weights only the ids matter)
llama3_small=$(sed -n 's/^llama3.fractal = //p' models/small-shapes.properties)
runs=(
  "llama3-small|llama3|small||$llama3_small|1,17,42 200,3,99,5,250"
  "llama3-small-untied|llama3|small|--untied|$llama3_small tie_embeddings=0|1,17,42 200,3,99,5,250"
  "llama3-1b|llama3|1b|||128000,791,6864,315,9822,374 128000,40,1097"
  "gpt2-small|gpt2|small|||1,17,42 90,3,60,5,33"
  "gpt2-124m|gpt2|124m||vocab_size=50257 n_embd=768 n_layer=12 n_head=12 n_ctx=1024|15496,995 464,3139,286,4881,318"
)
case "${1:-}" in
  prepare)
    [[ -d .gpu/jre && -d .gpu/cli ]] || { echo "run tools/gpu-conformance.sh prepare first" >&2; exit 2; }
    rm -rf .gpu/hf && mkdir -p .gpu/hf
    for r in "${runs[@]}"; do
      IFS='|' read -r name arch shape make config prompts <<<"$r"
      args=(); for kv in $config; do args+=(--config "$kv"); done
      ./fractal compile "models/$arch.fractal" -o ".gpu/hf/$name" --target sm_80,sm_90 "${args[@]}"
    done
    du -sh .gpu
    ;;
  run)
    : "${OUT:?set OUT to the folder the results go to}"
    ref=tools/hf/hf_reference.py
    status=0
    : >"$OUT/hf.txt"
    for r in "${runs[@]}"; do
      IFS='|' read -r name arch shape make config prompts <<<"$r"
      model=/tmp/hf-$name
      args=(); ids=(); for x in $prompts; do args+=(--prompt "$x"); ids+=(--prompt-ids "$x"); done
      echo "## $name" | tee -a "$OUT/hf.txt"
      # shellcheck disable=SC2086 # the make options are words
      python3 "$ref" make --arch "$arch" --shape "$shape" $make --seed 0 --out "$model" >"$OUT/make-$name.log" 2>&1 || status=1
      t0=$SECONDS
      python3 "$ref" generate --model "$model" "${args[@]}" --new 64 --out "$OUT/hf-$name.json" >"$OUT/generate-$name.log" 2>&1 || status=1
      # a failed step is reported and the next model still runs
      grep -hv '^\[transformers\]' "$OUT/make-$name.log" "$OUT/generate-$name.log" | tee -a "$OUT/hf.txt" || true
      echo "hf load + generate: $((SECONDS - t0)) s" | tee -a "$OUT/hf.txt"
      .gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/cli/*:.gpu/lib/*' dev.fractalgen.cli.Main run \
        --bundle ".gpu/hf/$name" --weights "$model/model.safetensors" --backend cuda "${ids[@]}" --temperature 0 -n 64 \
        --output json --logits >"$OUT/fractal-$name.json" 2>"$OUT/fractal-$name.err" || status=1
      tee -a "$OUT/hf.txt" <"$OUT/fractal-$name.err"
      python3 "$ref" compare --reference "$OUT/hf-$name.json" --ours "$OUT/fractal-$name.json" 2>&1 | tee -a "$OUT/hf.txt" || status=1
      if [[ $shape == small ]]; then
        cp "$model/model.safetensors" "$OUT/$name.safetensors" || status=1
        cp "$model/config.json" "$OUT/$name-config.json" || status=1
      fi
    done
    {
      echo "# The model programs against Hugging Face transformers"
      echo
      echo "- device: $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -1)"
      echo "- date: $(date -u +%Y-%m-%d)"
      echo "- command: \`tools/gpu-hf.sh run\` (after \`tools/gpu-conformance.sh prepare\` and \`tools/gpu-hf.sh prepare\`)"
      echo "- reference: LlamaForCausalLM / GPT2LMHeadModel from a config, seeded random weights saved by"
      echo "  save_pretrained (Llama bf16, GPT-2 f32), loaded in float32 with eager attention, greedy generate"
      echo "  of 64 new tokens; ours: \`fractal run --backend cuda\` on the same file (llama3.fractal,"
      echo "  gpt2.fractal with the shape's --config)"
      echo
      echo '```'
      tr '\r' '\n' <"$OUT/hf.txt" | grep -v 'Writing model shards\|Loading weights\|^$'
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
