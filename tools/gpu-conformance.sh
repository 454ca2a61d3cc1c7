#!/usr/bin/env bash
# The CUDA backend's conformance check, in two halves:
#   tools/gpu-conformance.sh prepare [--profile]
#                                      (here: needs the build; writes .gpu/ = a jlink'd Java, the runtime
#                                       jars and a pack of PTX bundles, weights and expected tokens;
#                                       --profile compiles the kernels with per-segment timers)
#   tools/gpu-conformance.sh run       (on the GPU machine: nothing is built there; needs .gpu/ and $OUT)
# What has to travel is .gpu/jre, .gpu/lib, .gpu/cli and .gpu/pack.txz (the pack, xz-compressed:
# with the whole .gpu/ the transfer exceeds 64 MiB); `run` unpacks .gpu/pack.txz where .gpu/pack is
# missing.
# `run` checks every model at batch 1, 8 and 11 (greedy against the reference interpreter, seeded
# sampling against the host backend), those whose pack folder has a `grid-blocks` file once more on
# a grid of that many blocks (cases named "... @N"), runs compute-sanitizer memcheck and racecheck on one
# generate call per model, runs `fractal run --backend cuda` on a bundle with a text prompt against
# llama2.c's own text for it (the command line without its compiler: no LLVM, Xtext or EMF there),
# checks the public runtime API there (LibraryCheck: device choice, text, cancellation, timeout),
# and writes $OUT/gpu-results.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
case "${1:-}" in
  prepare)
    source tools/java-env.sh
    [[ -f fractal-cli/target/fractal-cli.jar ]] || ./mvnw -q -B install -DskipTests
    rm -rf .gpu && mkdir -p .gpu/lib
    "$JAVA_HOME/bin/jlink" --add-modules java.base,jdk.unsupported,java.logging,java.management \
      --strip-debug --no-header-files --no-man-pages --compress=zip-9 --output .gpu/jre
    # the JVM library's symbol table is a tenth of what travels to the GPU machine (64 MiB at most)
    if command -v strip >/dev/null; then strip --strip-unneeded .gpu/jre/lib/server/libjvm.so; fi
    cp fractal-cli/target/lib/fractal-core-*.jar fractal-cli/target/lib/fractal-runtime-*.jar fractal-cli/target/lib/fractal-tools-*.jar \
      fractal-cli/target/lib/gson-*.jar fractal-cli/target/lib/jcuda-*.jar .gpu/lib/
    mkdir -p .gpu/cli
    cp fractal-cli/target/fractal-cli.jar fractal-cli/target/lib/picocli-*.jar fractal-cli/target/lib/slf4j-*.jar .gpu/cli/
    ./fractal conformance-pack .gpu/pack --checkpoint models/stories260K/stories260K.bin "${@:2}"
    tar cJf .gpu/pack.txz -C .gpu pack
    du -sh .gpu/jre .gpu/lib .gpu/cli .gpu/pack.txz
    ;;
  run)
    : "${OUT:?set OUT to the folder the results go to}"
    [[ -d .gpu/pack ]] || tar xJf .gpu/pack.txz -C .gpu
    java=(.gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/lib/*' dev.fractalgen.tools.GpuConformance .gpu/pack)
    gpu="$(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -1)"
    status=0
    "${java[@]}" 2>&1 | tee "$OUT/conformance.txt" || status=1
    san=()
    # memcheck also on eleven sequences: a batched warp phase's groups, one of them past the batch's end
    for tool in memcheck racecheck; do
      cases=--first
      [[ $tool == memcheck ]] && cases="--cases=greedy b1,greedy b11"
      if compute-sanitizer --tool "$tool" --error-exitcode 9 "${java[@]}" "$cases" >"$OUT/sanitizer-$tool.txt" 2>&1; then
        san+=("$tool: no errors ($(grep -c ' PASS ' "$OUT/sanitizer-$tool.txt") generate calls)")
      else
        san+=("$tool: FAILED (see sanitizer-$tool.txt)"); status=1
      fi
    done
    # racecheck on the kernels for larger batches too (their warps share staged rows across sequences)
    if compute-sanitizer --tool racecheck --error-exitcode 9 "${java[@]}" --batched "--cases=greedy b8" >"$OUT/sanitizer-racecheck-batched.txt" 2>&1; then
      san+=("racecheck of the batched kernels: no errors ($(grep -c ' PASS ' "$OUT/sanitizer-racecheck-batched.txt") generate calls at batch 8)")
    else
      san+=("racecheck of the batched kernels: FAILED (see sanitizer-racecheck-batched.txt)"); status=1
    fi
    # llama2.c's greedy text for "Once upon a time" with -n 256: 4 forced prompt steps, 252 new tokens
    golden=test-suites/src/test/resources/golden/stories260K_llama2c.jsonl
    python3 -c 'import json,sys; print(next(json.loads(l)["text"] for l in open(sys.argv[1]) if "\"once_n256\"" in l), end="")' \
      "$golden" >"$OUT/text-expected.txt"
    .gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/cli/*:.gpu/lib/*' dev.fractalgen.cli.Main run \
      --bundle .gpu/pack/llama2c-stories260K/bundle --weights models/stories260K/stories260K.bin --backend cuda \
      -p "Once upon a time" --temperature 0 -n 252 >"$OUT/text-cuda.txt" 2>"$OUT/text-cuda.err" || true
    if cmp -s "$OUT/text-expected.txt" "$OUT/text-cuda.txt"; then
      text="PASS: fractal run --backend cuda printed llama2.c's text byte for byte ($(cat "$OUT/text-cuda.err"))"
    else
      text="FAILED: fractal run --backend cuda differs from llama2.c's text (see text-cuda.txt, text-cuda.err)"; status=1
    fi
    # the public runtime API: Device.AUTO on the GPU, the same text, cancellation and timeout
    if .gpu/jre/bin/java --enable-native-access=ALL-UNNAMED -cp '.gpu/lib/*' dev.fractalgen.tools.LibraryCheck \
      .gpu/pack/llama2c-stories260K/bundle models/stories260K/stories260K.bin "$OUT/text-expected.txt" >"$OUT/library.txt" 2>&1; then
      library="PASS: $(grep -c '^PASS' "$OUT/library.txt") checks of the runtime API (see below)"
    else
      library="FAILED: the runtime API (see below)"; status=1
    fi
    {
      echo "# GPU conformance results"
      echo
      echo "- device: $gpu"
      echo "- date: $(date -u +%Y-%m-%d)"
      echo "- command: \`tools/gpu-conformance.sh run\` (pack from \`tools/gpu-conformance.sh prepare\`)"
      echo "- compute-sanitizer: ${san[*]}"
      echo "- text run: $text"
      echo "- runtime API: $library"
      echo
      echo '```'
      cat "$OUT/library.txt"
      echo '```'
      echo
      echo '```'
      cat "$OUT/conformance.txt"
      echo '```'
    } >"$OUT/gpu-results.md"
    cat "$OUT/gpu-results.md"
    exit $status
    ;;
  *)
    echo "usage: tools/gpu-conformance.sh prepare|run" >&2
    exit 2
    ;;
esac
