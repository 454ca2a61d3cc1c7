#!/usr/bin/env bash
# The host backend next to llama2.c's run.c on the stories15M shape, same checkpoint, same cores:
#   tools/bench/host-vs-llama2c.sh LLAMA2C_DIR [ROUNDS]
# LLAMA2C_DIR is a checkout of github.com/karpathy/llama2.c: its run.c is compiled here at -O3 for
# this CPU, once single-threaded and once with OpenMP. The checkpoint (seeded random weights in
# llama2.c's format: numpy seed 7, N(0, 1/fan_in), embeddings N(0, 0.02), norms 1) and the builds go
# to target/bench-llama2c/. Each round runs the four (llama2.c 1 thread, OpenMP on all cores,
# fractal 1 thread and all cores) one after another: 256 positions of greedy decoding from "Once
# upon a time". Prints positions per second per round, then the medians; both must print one text.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
src="${1:?usage: tools/bench/host-vs-llama2c.sh LLAMA2C_DIR [ROUNDS]}"
rounds="${2:-5}"
cores=$(nproc)
work=target/bench-llama2c
mkdir -p "$work"
cc -O3 -march=native -o "$work/run" "$src/run.c" -lm
cc -O3 -march=native -fopenmp -o "$work/run-omp" "$src/run.c" -lm
weights="$work/stories15M-shape.bin"
[[ -f $weights ]] || python3 - "$weights" <<'PY'
import sys
import numpy as np
dim, hidden, layers, heads, kv_heads, vocab, seq_len = 288, 768, 6, 6, 6, 32000, 256
rng = np.random.default_rng(7)
def normal(shape, fan_in): return rng.normal(0, (1 / fan_in) ** 0.5, shape).astype(np.float32)
hs = dim // heads
parts = [rng.normal(0, 0.02, (vocab, dim)).astype(np.float32),  # embedding, also the classifier
         np.ones((layers, dim), np.float32),
         normal((layers, dim, dim), dim), normal((layers, dim, dim), dim), normal((layers, dim, dim), dim),
         normal((layers, dim, dim), dim),
         np.ones((layers, dim), np.float32),
         normal((layers, hidden, dim), dim), normal((layers, dim, hidden), hidden), normal((layers, hidden, dim), dim),
         np.ones(dim, np.float32),
         np.zeros(seq_len * hs, np.float32)]  # what were freq_cis_real and _imag, skipped by readers
with open(sys.argv[1], "wb") as f:
    f.write(np.array([dim, hidden, layers, heads, kv_heads, vocab, seq_len], np.int32).tobytes())
    for p in parts: f.write(p.tobytes())
PY
tok=models/llama2c-vocab/tokenizer.bin
shape=(--config dim=288 --config hidden_dim=768 --config n_layers=6 --config n_heads=6 --config n_kv_heads=6
  --config vocab_size=32000 --config seq_len=256)
ours=(./fractal run models/llama2c.fractal --weights "$weights" --tokenizer "$tok" "${shape[@]}" -p "Once upon a time"
  --temperature 0 -n 252 --output json)
"${ours[@]}" --threads 1 >/dev/null # compiles once, into the bundle cache
llama2c() { # positions per second as run.c reports them (after its first position)
  OMP_NUM_THREADS="$2" "$work/$1" "$weights" -z "$tok" -t 0 -n 256 -i "Once upon a time" 2>&1 >"$work/$1.txt" \
    | sed -n 's/achieved tok\/s: //p'
}
fractal() { # 256 positions over the generate time
  "${ours[@]}" --threads "$1" | tee "$work/fractal.json" | python3 -c 'import json,sys; g=json.load(sys.stdin)["timing"]["generate_ms"]; print("%.1f" % (256e3 / g))'
}
echo "date: $(date -u +%Y-%m-%d), machine: $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), rounds: $rounds"
for r in $(seq "$rounds"); do
  echo "round $r: llama2.c $(llama2c run 1) $(llama2c run-omp "$cores") fractal $(fractal 1) $(fractal "$cores")"
done | tee "$work/rounds.txt"
python3 - "$work/rounds.txt" "$cores" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
cols = {"llama2.c run.c, 1 thread": 3, f"llama2.c run.c, OpenMP {sys.argv[2]} threads": 4,
        "fractal host kernel, 1 thread": 6, f"fractal host kernel, {sys.argv[2]} threads": 7}
med = {k: statistics.median(float(r[i]) for r in rows) for k, i in cols.items()}
for k, v in med.items(): print(f"{k:40s} {v:8.1f} positions/s (median)")
names = list(med)
print(f"fractal / llama2.c: {med[names[2]] / med[names[0]]:.2f}x on 1 thread, {med[names[3]] / med[names[1]]:.2f}x on {sys.argv[2]}")
PY
# the same text: run.c prints the prompt and what follows, and drops the byte tokens that are not
# printable ASCII (random weights pick many); fractal's text follows the prompt, with U+FFFD where
# byte tokens make no UTF-8 character
python3 - "$work/run.txt" "$work/fractal.json" <<'PY'
import json, sys
theirs = open(sys.argv[1]).read().strip()
ours = json.load(open(sys.argv[2]))["sequences"][0]
same = theirs == (ours["prompt"] + ours["text"]).replace("\ufffd", "").strip()
print("same text as llama2.c: " + ("yes" if same else "NO"))
sys.exit(0 if same else 1)
PY
