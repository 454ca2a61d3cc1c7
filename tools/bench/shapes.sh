# The benchmark shapes of models/llama2c.fractal, as `fractal compile` options; sourced by
# tools/gpu-bench.sh and tools/bench/ab-bundles.sh. seq_len 512: the 32 prompt positions and 256
# new tokens do not fit the published 256 (it sizes the KV cache and the RoPE tables only).
shape15m=(--config dim=288 --config hidden_dim=768 --config n_layers=6 --config n_heads=6 --config n_kv_heads=6
  --config vocab_size=32000 --config seq_len=512)
shape110m=(--config dim=768 --config hidden_dim=2048 --config n_layers=12 --config n_heads=12 --config n_kv_heads=12
  --config vocab_size=32000 --config seq_len=512)
