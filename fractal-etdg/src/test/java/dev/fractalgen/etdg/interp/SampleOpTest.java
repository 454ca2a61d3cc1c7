package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.i32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.core.sampling.Philox4x32;
import dev.fractalgen.core.sampling.Sampler;
import dev.fractalgen.core.sampling.SamplingParams;
import org.junit.jupiter.api.Test;

class SampleOpTest {

  private static int sample(float[] logits, float temperature, int topK, float topP, int seedLo, int seedHi, int seq, int n) {
    Fragment f = new Fragment();
    var l = f.arg("logits", Fragment.vec(logits));
    var t = f.arg("temperature", HostTensor.scalarF32(temperature));
    var k = f.arg("top_k", HostTensor.scalarI32(topK));
    var p = f.arg("top_p", HostTensor.scalarF32(topP));
    var lo = f.arg("seed_lo", HostTensor.scalarI32(seedLo));
    var hi = f.arg("seed_hi", HostTensor.scalarI32(seedHi));
    var s = f.arg("seq", HostTensor.scalarI32(seq));
    var nn = f.arg("n", HostTensor.scalarI32(n));
    Output tok = f.nodes.op(Op.SAMPLE, "tok", i32(), l, t, k, p, lo, hi, s, nn);
    return f.run1(tok).intAt(0);
  }

  @Test
  void temperatureZeroIsTheFirstArgmax() {
    assertEquals(1, sample(new float[] {0.1f, 0.9f, 0.9f, -1f}, 0f, 0, 1f, 0, 0, 0, 0));
  }

  @Test
  void seededSamplingUsesTheDocumentedSeedAndCounter() {
    float[] logits = {1f, 2f, 3f, 0.5f, 2.5f};
    for (int n = 0; n < 20; n++) {
      // seed_lo = -5 is the u32 word 0xFFFFFFFB; it must not sign-extend into seed_hi = 7.
      long seed = 0x0000_0007_FFFF_FFFBL;
      int expected = Sampler.sample(logits, 5, new SamplingParams(0.8f, 4, 0.95f, seed), Philox4x32.uniform(seed, 2, n));
      assertEquals(expected, sample(logits, 0.8f, 4, 0.95f, -5, 7, 2, n), "n = " + n);
    }
  }

  @Test
  void aFlatDistributionFollowsTheUniformVariate() {
    // With 4 equal logits each token has probability 1/4: the token is the quarter holding u.
    float[] flat = new float[4];
    for (int n = 0; n < 10; n++) {
      float u = Philox4x32.uniform(42L, 0, n);
      assertEquals((int) (u * 4), sample(flat, 1f, 0, 1f, 42, 0, 0, n), "u = " + u);
    }
  }

  @Test
  void invalidSamplingParametersAreAnError() {
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> sample(new float[] {1f, 2f}, 1f, 0, 0f, 0, 0, 0, 0));
    assertEquals(Op.SAMPLE, e.op());
  }
}
