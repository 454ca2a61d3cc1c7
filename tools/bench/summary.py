"""Summarizes tools/gpu-bench.sh's log: per model and batch, fractal's time per step next to each
PyTorch baseline's, the speed-ups, the share of the bandwidth floor (the weights read once per
step at the measured copy rate) and the synchronization points per token (from the schedule).

usage: summary.py LOG BENCH_DIR   (prints a Markdown table and writes BENCH_DIR/summary.tsv)
"""
import json, re, sys, os

log, bench = sys.argv[1], sys.argv[2]
rows, model, rate = {}, None, None
for line in open(log):
    if line.startswith("## "):
        model = line[3:].split()[0]
        continue
    m = re.match(r"copy-bandwidth ([\d.]+) TB/s", line)
    if m:
        rate = float(m.group(1)) * 1e12
        continue
    m = re.match(r"(fractal|torch-\S+)\s+batch (\d+)\s+([\d.]+) us/step.*tokens (\[[^\]]*\])", line)
    if m and model:
        rows.setdefault((model, int(m.group(2))), {})[m.group(1)] = (float(m.group(3)), m.group(4))


def syncs(model):
    """Grid barriers and counter waits per step: those inside the layer scan once per layer."""
    d = os.path.join(bench, model, "bundle")
    cfg = json.load(open(os.path.join(d, "manifest.json")))["config"]
    layers = int(float(cfg.get("n_layers", 1)))
    total, depth = 0, 0
    for l in open(os.path.join(d, "step.schedule")):
        t = l.strip()
        if t.startswith("loop ") and t.endswith("{"): depth += 1; continue
        if t == "}" and depth: depth -= 1; continue
        if t == "barrier" or t.startswith("wait"):
            total += layers if depth else 1
    return total


def weight_bytes(model):
    return json.load(open(os.path.join(bench, model, "bundle", "manifest.json")))["weightsBytes"]


cols = ["torch-eager", "torch-graph", "torch-compile-reduce-overhead", "torch-compile-max-autotune-no-cudagraphs"]
print("| model | batch | fractal us/step | tok/s | " + " | ".join(c.replace("torch-", "") + " us" for c in cols)
      + " | vs graph | vs best torch | floor us | % of floor | syncs/token | same tokens |")
print("|" + "---|" * (10 + len(cols)))
with open(os.path.join(bench, "summary.tsv"), "w") as out:
    out.write("model\tbatch\timpl\tus_per_step\n")
    for (model, b), r in sorted(rows.items()):
        if "fractal" not in r: continue
        f = r["fractal"][0]
        torch_times = [r[c][0] for c in cols if c in r]
        floor = weight_bytes(model) / rate * 1e6 if rate else None
        same = len({v[1] for v in r.values()}) == 1
        cells = [model, str(b), f"{f:.1f}", f"{b / f * 1e6:.0f}"] + [f"{r[c][0]:.1f}" if c in r else "-" for c in cols]
        cells.append(f"{r['torch-graph'][0] / f:.2f}x" if "torch-graph" in r else "-")
        cells.append(f"{min(torch_times) / f:.2f}x" if torch_times else "-")
        cells += [f"{floor:.1f}", f"{100 * floor / f:.1f}%"] if floor else ["-", "-"]
        cells += [str(syncs(model)), "yes" if same else "NO"]
        print("| " + " | ".join(cells) + " |")
        for impl, (us, _) in r.items(): out.write(f"{model}\t{b}\t{impl}\t{us}\n")
