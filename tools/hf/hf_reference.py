#!/usr/bin/env python3
"""Hugging Face transformers as the external reference for models/llama3.fractal and models/gpt2.fractal.

  make      builds a LlamaForCausalLM (bf16 safetensors, as Llama 3 is published) or a
            GPT2LMHeadModel (f32, as GPT-2 is) from a config with seeded random weights and saves it
            with save_pretrained; shapes: llama3 "small" and "1b" (Llama-3.2-1B), gpt2 "small" and
            "124m"
  generate  loads a saved model in f32 (bf16 weights widened exactly), runs greedy generate for each
            prompt and writes the tokens, the logits of the last step, and the smallest top-1/top-2
            logit gap seen along the way (how close greedy came to a tie)
  compare   checks `fractal run --output json --logits` output against a `generate` result

Needs torch and transformers (the GPU machine has both); runs on CUDA when present. The
--config of the program for each shape is in models/small-shapes.properties (small) or its defaults
(llama3 1b), and in tools/gpu-hf.sh.
"""
import argparse
import inspect
import json
import math
import sys

SHAPES = {
    "llama3": {
        "small": dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                      num_key_value_heads=2, vocab_size=256, max_position_embeddings=512),
        "1b": dict(hidden_size=2048, intermediate_size=8192, num_hidden_layers=16, num_attention_heads=32,
                   num_key_value_heads=8, vocab_size=128256, max_position_embeddings=131072),
    },
    "gpt2": {
        "small": dict(vocab_size=96, n_positions=128, n_embd=32, n_layer=2, n_head=2),
        "124m": dict(vocab_size=50257, n_positions=1024, n_embd=768, n_layer=12, n_head=12),
    },
}
# initializer_range per shape: at the small shapes HF's 0.02 leaves the embedding dominant and
# greedy decoding repeats the last prompt token; 0.4 makes it pick varied tokens
INIT_STD = {"small": 0.4, "1b": 0.02, "124m": 0.02}
# the stop tokens of the programs (gpt2.fractal's eos is its default vocabulary's last id)
EOS = {"llama3": [128001, 128008, 128009], "gpt2": [95]}

ROPE = {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
        "original_max_position_embeddings": 8192}
THETA = 500000.0


def llama3_inv_freq(head_dim):
    """The Llama-3.x scaled RoPE frequencies, from their definition (float64)."""
    out = []
    for i in range(0, head_dim, 2):
        f = 1.0 / THETA ** (i / head_dim)
        wavelen = 2 * math.pi / f
        old = ROPE["original_max_position_embeddings"]
        if wavelen < old / ROPE["high_freq_factor"]:
            out.append(f)
        elif wavelen > old / ROPE["low_freq_factor"]:
            out.append(f / ROPE["factor"])
        else:
            s = (old / wavelen - ROPE["low_freq_factor"]) / (ROPE["high_freq_factor"] - ROPE["low_freq_factor"])
            out.append((1 - s) * f / ROPE["factor"] + s * f)
    return out


def llama3_model(shape, std, tied):
    from transformers import LlamaConfig, LlamaForCausalLM
    common = dict(SHAPES["llama3"][shape], rms_norm_eps=1e-5, tie_word_embeddings=tied, initializer_range=std,
                  bos_token_id=128000, eos_token_id=EOS["llama3"][0])
    if "rope_parameters" in inspect.signature(LlamaConfig.__init__).parameters:
        cfg = LlamaConfig(**common, rope_parameters=dict(ROPE, rope_theta=THETA))
    else:
        cfg = LlamaConfig(**common, rope_theta=THETA, rope_scaling=dict(ROPE))
    return LlamaForCausalLM(cfg)


def gpt2_model(shape, std, tied):
    if not tied:
        sys.exit("gpt2.fractal ties its head to the token embedding")
    from transformers import GPT2Config, GPT2LMHeadModel
    cfg = GPT2Config(**SHAPES["gpt2"][shape], layer_norm_epsilon=1e-5, activation_function="gelu_new",
                     initializer_range=std, bos_token_id=EOS["gpt2"][0], eos_token_id=EOS["gpt2"][0],
                     tie_word_embeddings=True)
    return GPT2LMHeadModel(cfg)


def make(args):
    import torch
    if args.shape not in SHAPES[args.arch]:
        sys.exit(f"{args.arch} has the shapes {', '.join(SHAPES[args.arch])}, not {args.shape}")
    # the weights are drawn where the model is built: one seed gives other weights on a CPU than on CUDA
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.manual_seed(args.seed)
    with torch.device(device):
        std = INIT_STD[args.shape] if args.init_std is None else args.init_std
        model = {"llama3": llama3_model, "gpt2": gpt2_model}[args.arch](args.shape, std, not args.untied)
    if args.norm_noise > 0:
        # 1-D parameters are norm gains and biases, initialized to 1 and 0: perturbed, every path counts
        with torch.no_grad():
            for _, p in model.named_parameters():
                if p.dim() == 1:
                    p.add_(torch.randn_like(p) * args.norm_noise)
    info = {"saved": args.out}
    if args.arch == "llama3":
        # the reference must really use the llama3 frequencies the program computes
        got = model.model.rotary_emb.inv_freq.float().cpu().tolist()
        want = llama3_inv_freq(model.config.hidden_size // model.config.num_attention_heads)
        worst = max(abs(a - b) / b for a, b in zip(got, want, strict=True))
        if worst > 1e-5:
            sys.exit(f"HF's RoPE frequencies are not the llama3-scaled ones (relative error {worst:.3g})")
        info["inv_freq_rel_err"] = worst
        model = model.to(torch.bfloat16)
    model.save_pretrained(args.out)
    print(json.dumps(info))


def saved_dtype(model_dir):
    with open(f"{model_dir}/config.json") as f:
        cfg = json.load(f)
    return cfg.get("dtype") or cfg.get("torch_dtype") or "unknown"


def generate(args):
    import torch
    from transformers import AutoModelForCausalLM
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32, attn_implementation="eager").to(device)
    eos = EOS[model.config.model_type.replace("llama", "llama3")]
    model.eval()
    out = {"model": args.model, "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
           "torch": torch.__version__, "transformers": __import__("transformers").__version__,
           "dtype": f"float32 from {saved_dtype(args.model)} weights", "attn": "eager", "max_new_tokens": args.new, "sequences": []}
    for prompt in args.prompt:
        ids = [int(t) for t in prompt.split(",")]
        with torch.no_grad():
            g = model.generate(torch.tensor([ids], device=device), max_new_tokens=args.new, do_sample=False,
                               eos_token_id=eos, pad_token_id=eos[0], output_logits=True,
                               return_dict_in_generate=True, temperature=None, top_p=None, top_k=None)
        tokens = g.sequences[0, len(ids):].tolist()
        margins = []
        for step in g.logits:
            top = torch.topk(step[0].float(), 2).values
            margins.append(float(top[0] - top[1]))
        out["sequences"].append({"prompt_ids": ids, "tokens": tokens, "final_logits": g.logits[-1][0].float().cpu().tolist(),
                                 "min_margin": min(margins), "distinct_tokens": len(set(tokens))})
    with open(args.out, "w") as f:
        json.dump(out, f)
    for s in out["sequences"]:
        print(f"hf  prompt {s['prompt_ids']}: {len(s['tokens'])} tokens, {s['distinct_tokens']} distinct, "
              f"min top-2 gap {s['min_margin']:.3g}, first {s['tokens'][:12]}")


def compare(args):
    with open(args.reference) as f:
        ref = json.load(f)
    with open(args.ours) as f:
        ours = json.load(f)
    failures = 0
    for r, o in zip(ref["sequences"], ours["sequences"], strict=True):
        same = r["tokens"] == o["tokens"]
        prefix = next((i for i, (a, b) in enumerate(zip(r["tokens"], o["tokens"])) if a != b), min(len(r["tokens"]), len(o["tokens"])))
        scale = max(abs(x) for x in r["final_logits"]) or 1.0
        diff = max(abs(a - b) for a, b in zip(r["final_logits"], o["final_logits"], strict=True)) if same else float("nan")
        ok = same and diff <= args.tolerance * scale
        failures += 0 if ok else 1
        print(f"{'PASS' if ok else 'FAIL'} prompt {r['prompt_ids']}: tokens {'equal' if same else f'differ at {prefix}'} "
              f"({len(r['tokens'])}), last-step logits max |diff| {diff:.3g} = {diff / scale:.3g} of max |logit| "
              f"(tolerance {args.tolerance:g}), HF min top-2 gap {r['min_margin']:.3g}")
    sys.exit(1 if failures else 0)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("--arch", choices=SHAPES, required=True)
    m.add_argument("--shape", choices=sorted({k for v in SHAPES.values() for k in v}), required=True)
    m.add_argument("--seed", type=int, default=0)
    m.add_argument("--init-std", type=float, help="LlamaConfig.initializer_range (default: INIT_STD of the shape)")
    m.add_argument("--norm-noise", type=float, default=0.1)
    m.add_argument("--untied", action="store_true", help="a head of its own (lm_head.weight) instead of the embedding")
    m.add_argument("--out", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--model", required=True)
    g.add_argument("--prompt", action="append", required=True, help="comma-separated token ids; repeat")
    g.add_argument("--new", type=int, default=64)
    g.add_argument("--out", required=True)
    c = sub.add_parser("compare")
    c.add_argument("--reference", required=True)
    c.add_argument("--ours", required=True)
    c.add_argument("--tolerance", type=float, default=1e-3, help="max |logit diff| as a fraction of max |logit|")
    a = p.parse_args()
    {"make": make, "generate": generate, "compare": compare}[a.cmd](a)


if __name__ == "__main__":
    main()
