"""Draws tools/gpu-bench.sh's summary.tsv as grouped bars: microseconds per decode step (log scale) of
fractal's one kernel and each PyTorch baseline, per model and batch.

usage: plot.py SUMMARY_TSV OUT_PNG TITLE   (needs matplotlib; Debian: apt-get install python3-matplotlib)
"""
import csv, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
impls = [i for i in ["fractal", "torch-graph", "torch-compile-reduce-overhead", "torch-eager"] if any(r["impl"] == i for r in rows)]
groups = sorted({(r["model"], int(r["batch"])) for r in rows if r["impl"] == "fractal" and not r["model"].endswith("-seq")},
                key=lambda g: (["stories260K", "shape15M", "shape110M"].index(g[0]) if g[0] in ["stories260K", "shape15M", "shape110M"] else 9, g[1]))
value = {(r["model"], int(r["batch"]), r["impl"]): float(r["us_per_step"]) for r in rows}
fig, ax = plt.subplots(figsize=(11, 4.5))
width = 0.8 / len(impls)
colors = {"fractal": "#1b7837", "torch-graph": "#2166ac", "torch-compile-reduce-overhead": "#762a83", "torch-eager": "#b2182b"}
for k, impl in enumerate(impls):
    xs = [i + (k - (len(impls) - 1) / 2) * width for i in range(len(groups))]
    ys = [value.get((m, b, impl), 0) for m, b in groups]
    bars = ax.bar(xs, ys, width, label=impl.replace("torch-", "PyTorch "), color=colors.get(impl))
    if impl == "fractal":
        for x, y in zip(xs, ys):
            ax.annotate(f"{y:.0f}", (x, y), ha="center", va="bottom", fontsize=7)
ax.set_yscale("log")
ax.set_ylabel("microseconds per decode step (log)")
ax.set_xticks(range(len(groups)))
ax.set_xticklabels([f"{m}\nbatch {b}" for m, b in groups], fontsize=8)
ax.set_title(sys.argv[3], fontsize=10)
ax.legend(fontsize=8)
ax.grid(axis="y", alpha=0.3)
fig.tight_layout()
fig.savefig(sys.argv[2], dpi=110)
