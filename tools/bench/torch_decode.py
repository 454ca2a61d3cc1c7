"""Baseline for tools/gpu-bench.sh: a model program's forward pass in PyTorch, on the very weights
image a fractal bundle runs (read through the bundle's manifest), timed per decode step in eager
mode, as one CUDA graph per step (static KV cache of 256 positions, or the program's seq_len when
smaller; greedy argmax on the device) and, with --compile MODES, as torch.compile'd steps (e.g.
reduce-overhead: Inductor's kernels replayed as a CUDA graph; max-autotune-no-cudagraphs).
--bandwidth also prints the device-to-device copy rate.

Programs: llama2c (f32 weights, computed in f32, as models/llama2c.fractal) and llama3 (bf16
weights, computed as Hugging Face's LlamaForCausalLM does in bf16: norms in f32, products in bf16
with f32 accumulation, softmax in f32; models/llama3.fractal computes everything in f32, so on
random weights the greedy tokens may part after a few steps: the tokens are printed to compare).

Each sequence has the P-token prompt GpuBenchmark uses (--prompt-len P: ids 1 + 7919 i mod (vocab - 1))
and generates N tokens: P - 1 + N steps of one position each, the prompt's forced as ours are.

usage: torch_decode.py MANIFEST WEIGHTS --batch 1,8 [--prompt-len P] --tokens N --reps R [--compile M1,M2] [--bandwidth]
"""
import argparse, json, math, time
import numpy as np
import torch

p = argparse.ArgumentParser()
p.add_argument("manifest"); p.add_argument("weights")
p.add_argument("--batch", default="1"); p.add_argument("--tokens", type=int, default=128); p.add_argument("--reps", type=int, default=5)
p.add_argument("--prompt-len", type=int, default=1)
p.add_argument("--compile", default=""); p.add_argument("--bandwidth", action="store_true")
p.add_argument("--device", default="cuda", help="cpu: eager steps only, to try the script where there is no GPU")
a = p.parse_args()
m = json.load(open(a.manifest))
def number(v):
    try:
        return float(v)
    except ValueError:
        return None


cfg = {k: number(v) for k, v in m["config"].items()}
L = int(cfg["n_layers"])
steps = a.prompt_len - 1 + a.tokens
S = min(int(cfg["seq_len"]), max(256, steps + 1))
if steps > S:
    raise SystemExit(f"{steps} steps do not fit the program's seq_len of {S} positions")
dev = torch.device(a.device)
cuda = dev.type == "cuda"
sync = torch.cuda.synchronize if cuda else (lambda: None)
raw = np.fromfile(a.weights, dtype=np.uint8)


def tensor(w):
    """A weight of the manifest as a device tensor of its dtype (a tied one reads its target's bytes)."""
    src = w if w.get("tiedTo") is None else next(x for x in m["weights"] if x["name"] == w["tiedTo"])
    n = int(np.prod(w["shape"]))
    if w["dtype"] == "f32":
        t = torch.from_numpy(raw[src["offset"]: src["offset"] + 4 * n].view(np.float32).copy())
    elif w["dtype"] == "bf16":
        t = torch.from_numpy(raw[src["offset"]: src["offset"] + 2 * n].view(np.int16).copy()).view(torch.bfloat16)
    else:
        raise SystemExit(f"weight {w['name']}: dtype {w['dtype']} is not read here")
    return t.reshape(w["shape"]).to(dev)


W = {w["name"]: tensor(w) for w in m["weights"]}


def llama2c():
    dim, H, KVH = int(cfg["dim"]), int(cfg["n_heads"]), int(cfg["n_kv_heads"])
    hs = dim // H; kvd = KVH * hs; kvmul = H // KVH; eps = cfg["eps"]; theta = cfg["rope_theta"]
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

    return step, kvd, torch.float32


def llama3():
    dim, H, KVH = int(cfg["dim"]), int(cfg["n_heads"]), int(cfg["n_kv_heads"])
    hd = dim // H; half = hd // 2; kvd = KVH * hd; kvmul = H // KVH; eps = cfg["eps"]
    bf = torch.bfloat16
    # Llama-3.x's scaled rotary frequencies, as the program's inv_freq
    base = 1.0 / cfg["rope_theta"] ** (torch.arange(half, device=dev, dtype=torch.float32) * 2 / hd)
    wavelen = 2 * math.pi / base
    orig, low, high, factor = (cfg["rope_original_max_positions"], cfg["rope_low_freq_factor"],
                               cfg["rope_high_freq_factor"], cfg["rope_factor"])
    smooth = (orig / wavelen - low) / (high - low)
    blended = (1 - smooth) * base / factor + smooth * base
    scaled = torch.where(wavelen > orig / low, base / factor, torch.where(wavelen < orig / high, base, blended))
    inv = scaled if cfg["rope_scaled"] else base

    def rms(x, g):  # Hugging Face's LlamaRMSNorm: f32 inside, the input's dtype out
        xf = x.float()
        return g * (xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + eps)).to(bf)

    def rope(x, c, s):  # x [B, heads, hd]: rotate_half
        x1, x2 = x[..., :half], x[..., half:]
        return torch.cat([x1 * c - x2 * s, x2 * c + x1 * s], -1)

    def step(tok, pos, kc, vc):
        B = tok.shape[0]
        x = W["embed"][tok]
        ang = pos.float() * inv
        c, s = torch.cos(ang).to(bf), torch.sin(ang).to(bf)
        mask = torch.arange(S, device=dev) <= pos
        for l in range(L):
            xb = rms(x, W["attn_norm"][l])
            q = rope((xb @ W["wq"][l].T).view(B, H, hd), c, s)
            k = rope((xb @ W["wk"][l].T).view(B, KVH, hd), c, s)
            v = xb @ W["wv"][l].T
            kc[l].index_copy_(1, pos.view(1), k.reshape(B, 1, kvd)); vc[l].index_copy_(1, pos.view(1), v.view(B, 1, kvd))
            qh = q.view(B, KVH, kvmul, hd)
            kh = kc[l].view(B, S, KVH, hd); vh = vc[l].view(B, S, KVH, hd)
            sc = torch.einsum("bgmd,bsgd->bgms", qh, kh).float() * cfg["attn_scale"]
            sc = sc.masked_fill(~mask, float("-inf")).softmax(-1).to(bf)
            o = torch.einsum("bgms,bsgd->bgmd", sc, vh).reshape(B, dim)
            x = x + o @ W["wo"][l].T
            xb = rms(x, W["ffn_norm"][l])
            x = x + (torch.nn.functional.silu(xb @ W["w_gate"][l].T) * (xb @ W["w_up"][l].T)) @ W["w_down"][l].T
        return (rms(x, W["final_norm"]) @ W["lm_head"].T).float().argmax(-1)

    return step, kvd, bf


programs = {"llama2c": llama2c, "llama3": llama3}
if m["model"] not in programs:
    raise SystemExit(f"no PyTorch baseline for the program {m['model']} (have: {', '.join(programs)})")
step, kvd, cache_dtype = programs[m["model"]]()


compiled = {}


def compiled_step(mode):
    if mode not in compiled:
        compiled[mode] = torch.compile(step, mode=mode, dynamic=False, fullgraph=True)
    return compiled[mode]


prompt = torch.tensor([1 + i * 7919 % (int(m["vocab"]) - 1) for i in range(a.prompt_len)], dtype=torch.long, device=dev)


def run(B, graph, record, mode=None):
    fn = step if mode is None else compiled_step(mode)
    kc = torch.zeros(L, B, S, kvd, device=dev, dtype=cache_dtype); vc = torch.zeros_like(kc)
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
    tok.copy_(prompt[0].expand(B))
    sync(); t0 = time.perf_counter()
    for t in range(steps):
        pos.fill_(t)
        if graph: g.replay(); n = nxt
        else: n = fn(tok, pos, kc, vc)
        # a prompt position's next token is the prompt's, as the compiled loop forces it
        tok.copy_(n if t + 1 >= a.prompt_len else prompt[t + 1].expand(B))
        if mode is not None: n = n.clone()  # a cudagraph-backed output is overwritten by the next call
        if record and t + 1 >= a.prompt_len:
            out.append(n[0].clone())  # the graph's output is overwritten by the next replay
    sync()
    return (time.perf_counter() - t0) / steps, [int(x) for x in out[:16]]


def copy_rate():
    """Device-to-device copy of 1 GiB, bytes read plus written per second: the bandwidth ceiling."""
    x = torch.empty(1 << 28, dtype=torch.float32, device=dev); y = torch.empty_like(x)
    for _ in range(3): y.copy_(x)
    sync(); t0 = time.perf_counter()
    for _ in range(20): y.copy_(x)
    sync()
    return 2 * x.numel() * 4 * 20 / (time.perf_counter() - t0)


with torch.no_grad():
    if a.bandwidth:
        print(f"copy-bandwidth {copy_rate() / 1e12:.3f} TB/s  ({torch.cuda.get_device_name()})")
    modes = [("eager", False, None)]
    if cuda: modes += [("graph", True, None)] + [("compile-" + c, False, c) for c in a.compile.split(",") if c]
    for b in [int(x) for x in a.batch.split(",")]:
        for name, graph, mode in modes:
            t0 = time.perf_counter()
            _, first = run(b, graph, True, mode)  # untimed: the tokens, a warm-up, and any compilation
            setup = time.perf_counter() - t0
            times = sorted(run(b, graph, False, mode)[0] for _ in range(a.reps))
            dt = times[len(times) // 2]
            extra = f"  (compiled in {setup:.0f} s)" if mode else ""
            print(f"torch-{name:5s} batch {b:<3d} {dt * 1e6:8.1f} us/step  {b / dt:9.0f} tok/s  ({torch.cuda.get_device_name() if cuda else 'cpu'})  tokens {first}{extra}")
