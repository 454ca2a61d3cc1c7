"""Baseline for tools/gpu-bench.sh: the llama2c program's forward pass in PyTorch, on the very
weights image a fractal bundle runs (read through the bundle's manifest), timed per decode step
in eager mode, as one CUDA graph per step (static KV cache, greedy argmax on the device) and, with
--compile MODES, as torch.compile'd steps (e.g. reduce-overhead: Inductor's kernels replayed as a
CUDA graph; max-autotune-no-cudagraphs). --bandwidth also prints the device-to-device copy rate.

usage: torch_llama2c.py MANIFEST WEIGHTS --batch 1,8 --tokens N --reps R [--compile M1,M2] [--bandwidth]
"""
import argparse, json, math, time
import numpy as np
import torch

p = argparse.ArgumentParser()
p.add_argument("manifest"); p.add_argument("weights")
p.add_argument("--batch", default="1"); p.add_argument("--tokens", type=int, default=128); p.add_argument("--reps", type=int, default=5)
p.add_argument("--compile", default=""); p.add_argument("--bandwidth", action="store_true")
a = p.parse_args()
m = json.load(open(a.manifest))
def number(v):
    try:
        return float(v)
    except ValueError:
        return None


cfg = {k: number(v) for k, v in m["config"].items()}
dim, hidden, L = int(cfg["dim"]), int(cfg["hidden_dim"]), int(cfg["n_layers"])
H, KVH, V, S = int(cfg["n_heads"]), int(cfg["n_kv_heads"]), int(cfg["vocab_size"]), int(cfg["seq_len"])
hs = dim // H; kvd = KVH * hs; kvmul = H // KVH; eps = cfg["eps"]; theta = cfg["rope_theta"]
blob = np.fromfile(a.weights, dtype=np.float32)
dev = torch.device("cuda")
W = {}
for w in m["weights"]:
    src = w if w.get("tiedTo") is None else next(x for x in m["weights"] if x["name"] == w["tiedTo"])
    n = int(np.prod(w["shape"]))
    W[w["name"]] = torch.from_numpy(blob[src["offset"] // 4: src["offset"] // 4 + n].copy()).reshape(w["shape"]).to(dev)

i = torch.arange(dim // 2, device=dev)
freq = 1.0 / theta ** (((2 * i) % hs).float() / hs)


def rms(x, g):
    return g * (x * torch.rsqrt((x * x).mean(-1, keepdim=True) + eps))


def rope(x, pos):  # x [B, n]: consecutive pairs rotated by pos * freq
    ang = pos.float() * freq[: x.shape[-1] // 2]
    c, s = torch.cos(ang), torch.sin(ang)
    x0, x1 = x[..., 0::2], x[..., 1::2]
    return torch.stack([x0 * c - x1 * s, x0 * s + x1 * c], -1).flatten(-2)


def step(tok, pos, kc, vc):
    B = tok.shape[0]
    x = W["tok_emb"][tok]
    mask = torch.arange(S, device=dev) <= pos
    for l in range(L):
        xb = rms(x, W["rms_att"][l])
        q = rope(xb @ W["wq"][l].T, pos); k = rope(xb @ W["wk"][l].T, pos); v = xb @ W["wv"][l].T
        kc[l].index_copy_(1, pos.view(1), k.view(B, 1, kvd)); vc[l].index_copy_(1, pos.view(1), v.view(B, 1, kvd))
        qh = q.view(B, KVH, kvmul, hs)
        kh = kc[l].view(B, S, KVH, hs); vh = vc[l].view(B, S, KVH, hs)
        sc = torch.einsum("bgmd,bsgd->bgms", qh, kh) / math.sqrt(hs)
        sc = sc.masked_fill(~mask, float("-inf")).softmax(-1)
        o = torch.einsum("bgms,bsgd->bgmd", sc, vh).reshape(B, dim)
        x = x + o @ W["wo"][l].T
        xb = rms(x, W["rms_ffn"][l])
        x = x + (torch.nn.functional.silu(xb @ W["w1"][l].T) * (xb @ W["w3"][l].T)) @ W["w2"][l].T
    return (rms(x, W["rms_final"]) @ W["wcls"].T).argmax(-1)


compiled = {}


def compiled_step(mode):
    if mode not in compiled:
        compiled[mode] = torch.compile(step, mode=mode, dynamic=False, fullgraph=True)
    return compiled[mode]


def run(B, graph, record, mode=None):
    fn = step if mode is None else compiled_step(mode)
    kc = torch.zeros(L, B, S, kvd, device=dev); vc = torch.zeros_like(kc)
    tok = torch.ones(B, dtype=torch.long, device=dev); pos = torch.zeros((), dtype=torch.long, device=dev)
    if mode is not None:
        # the caches are updated in place: at a fixed address Inductor's CUDA graphs may still take them
        for t in (kc, vc, tok, pos): torch._dynamo.mark_static_address(t)
    out = []
    if graph:
        s = torch.cuda.Stream(); s.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(s):
            for _ in range(2): nxt = step(tok, pos, kc, vc)
        torch.cuda.current_stream().wait_stream(s)
        g = torch.cuda.CUDAGraph()
        with torch.cuda.graph(g): nxt = step(tok, pos, kc, vc)
        kc.zero_(); vc.zero_()
    torch.cuda.synchronize(); t0 = time.perf_counter()
    for t in range(a.tokens):
        pos.fill_(t)
        if graph: g.replay(); n = nxt
        else: n = fn(tok, pos, kc, vc)
        tok.copy_(n)
        if mode is not None: n = n.clone()  # a cudagraph-backed output is overwritten by the next call
        if record:
            out.append(n[0].clone())  # the graph's output is overwritten by the next replay
    torch.cuda.synchronize()
    return (time.perf_counter() - t0) / a.tokens, [int(x) for x in out[:16]]


def copy_rate():
    """Device-to-device copy of 1 GiB, bytes read plus written per second: the bandwidth ceiling."""
    x = torch.empty(1 << 28, dtype=torch.float32, device=dev); y = torch.empty_like(x)
    for _ in range(3): y.copy_(x)
    torch.cuda.synchronize(); t0 = time.perf_counter()
    for _ in range(20): y.copy_(x)
    torch.cuda.synchronize()
    return 2 * x.numel() * 4 * 20 / (time.perf_counter() - t0)


with torch.no_grad():
    if a.bandwidth:
        print(f"copy-bandwidth {copy_rate() / 1e12:.3f} TB/s  ({torch.cuda.get_device_name()})")
    modes = [("eager", False, None), ("graph", True, None)] + [("compile-" + c, False, c) for c in a.compile.split(",") if c]
    for b in [int(x) for x in a.batch.split(",")]:
        for name, graph, mode in modes:
            t0 = time.perf_counter()
            _, first = run(b, graph, True, mode)  # untimed: the tokens, a warm-up, and any compilation
            setup = time.perf_counter() - t0
            times = sorted(run(b, graph, False, mode)[0] for _ in range(a.reps))
            dt = times[len(times) // 2]
            extra = f"  (compiled in {setup:.0f} s)" if mode else ""
            print(f"torch-{name:5s} batch {b:<3d} {dt * 1e6:8.1f} us/step  {b / dt:9.0f} tok/s  ({torch.cuda.get_device_name()})  tokens {first}{extra}")
