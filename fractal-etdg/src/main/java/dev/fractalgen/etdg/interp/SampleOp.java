package dev.fractalgen.etdg.interp;

import dev.fractalgen.core.sampling.Philox4x32;
import dev.fractalgen.core.sampling.Sampler;
import dev.fractalgen.core.sampling.SamplingParams;

/**
 * {@code sample}: the token {@link Sampler} draws from the logits with the uniform variate
 * {@code Philox4x32.uniform(seed, seq, n)}, seed = (u32 seed_hi << 32) | u32 seed_lo.
 */
final class SampleOp {
  private SampleOp() {
  }

  /** Operands: logits f32[V], temperature, top_k, top_p, seed_lo, seed_hi, seq, n (scalars). */
  static HostTensor apply(NodeCall c) {
    c.expectArity(8);
    HostTensor logits = c.in(0);
    if (!logits.isFloat() || logits.rank() != 1 || logits.size() < 1) {
      throw c.fail("logits must be a non-empty floating vector, got %s", logits.typeString());
    }
    float temperature = c.scalarFloat(1, "temperature");
    int topK = c.scalarInt(2, "top_k");
    float topP = c.scalarFloat(3, "top_p");
    int seedLo = c.scalarInt(4, "seed_lo");
    int seedHi = c.scalarInt(5, "seed_hi");
    int seq = c.scalarInt(6, "seq");
    int n = c.scalarInt(7, "n");
    long seed = ((long) seedHi << 32) | (seedLo & 0xffffffffL);
    SamplingParams params;
    try {
      params = new SamplingParams(temperature, topK, topP, seed);
    } catch (IllegalArgumentException e) {
      throw c.fail("bad sampling parameters: %s", e.getMessage());
    }
    float u = Philox4x32.uniform(seed, seq, n);
    int token = Sampler.sample(logits.floats(), logits.size(), params, u);
    return HostTensor.i32(new long[0], token);
  }
}
