package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.WeightBlobs;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.interp.GenerateResult;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterOptions;
import dev.fractalgen.etdg.interp.NodeCapture;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.Pipelines;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.validate.TranslationValidation;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.HostExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * f16 and bf16 in the compiled kernels: every conversion rounds to nearest, ties to even, exactly as
 * Java's own conversions do (checked value by value on edge cases), and programs computing in f16
 * and bf16 give bit-identical tokens and logits on the host kernel and the interpreter.
 */
class HalfPrecisionTest {
  @TempDir Path dir;

  /** Ties, both ends of the f16 subnormal range, the f16 overflow threshold, bf16 overflow, zeros, infinities. */
  private static float[] edgeValues() {
    List<Float> v = new ArrayList<>(List.of(0f, -0f, 1f, -1f, 65504f, 65519.996f, 65520f, -65520f, 1e-8f, 0x1p-24f,
        0x1p-25f, 0x1.8p-24f, 0x1.8p-25f, 0x1p-14f, 0x1.ffcp-15f, 0x1.ffep-15f, 5.9e-8f, 1 + 0x1p-11f, 1 + 0x3p-11f,
        1 + 0x1p-8f, 1 + 0x3p-8f, 1 + 0x1.000002p-8f, Float.MAX_VALUE, -Float.MAX_VALUE, 0x1.fefffep127f,
        Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, 0x1p-126f, 3.14159265f, -2.71828183f, 1e-40f));
    Random rnd = new Random(5);
    while (v.size() < 64) v.add((float) (rnd.nextGaussian() * Math.pow(10, rnd.nextInt(12) - 7)));
    float[] out = new float[64];
    for (int i = 0; i < 64; i++) out[i] = v.get(i);
    return out;
  }

  @Test
  void conversionsRoundLikeJava() throws Exception {
    Graph g = lower("half-casts.fractal");
    float[] v = edgeValues();
    Map<String, HostTensor> weights = new LinkedHashMap<>();
    weights.put("v", HostTensor.f32(new long[] {64}, v));
    weights.put("vh", HostTensor.ofFloats(DType.F16, new long[] {64}, v));
    weights.put("vb", HostTensor.ofFloats(DType.BF16, new long[] {64}, v));
    float[] kernel = hostRun(g, weights, new int[][] {{0}}, Map.of("temperature", 0.0)).sequences().get(0).finalLogits();
    assertEquals(256, kernel.length);
    for (int i = 0; i < 64; i++) {
      float f16 = Float.float16ToFloat(Float.floatToFloat16(v[i]));
      float bf16 = Float.intBitsToFloat((Float.floatToRawIntBits(v[i]) + 0x7fff + ((Float.floatToRawIntBits(v[i]) >>> 16) & 1)) & 0xffff0000);
      assertEquals(Float.floatToRawIntBits(f16), Float.floatToRawIntBits(kernel[i]), "f16(" + v[i] + ")");
      assertEquals(Float.floatToRawIntBits(bf16), Float.floatToRawIntBits(kernel[64 + i]), "bf16(" + v[i] + ")");
      assertEquals(Float.floatToRawIntBits(f16), Float.floatToRawIntBits(kernel[128 + i]), "stored f16 " + v[i]);
      assertEquals(Float.floatToRawIntBits(bf16), Float.floatToRawIntBits(kernel[192 + i]), "stored bf16 " + v[i]);
    }
  }

  @Test
  void bf16TiesAndOverflowByHand() throws Exception {
    Graph g = lower("half-casts.fractal");
    float[] v = new float[64];
    // 1 + 2^-8 ties to the even 1.0; 1 + 3*2^-8 ties to the even 1 + 2^-6 (0x3f82); just below
    // bf16's top the value rounds down to 0x7f7f, the largest finite; f16: 65520 ties up to infinity
    v[0] = 1 + 0x1p-8f;
    v[1] = 1 + 0x3p-8f;
    v[2] = 0x1.fefffep127f;
    v[3] = 65520f;
    v[4] = 0x1.8p-25f;
    Map<String, HostTensor> weights = Map.of("v", HostTensor.f32(new long[] {64}, v),
        "vh", HostTensor.ofFloats(DType.F16, new long[] {64}, new float[64]), "vb", HostTensor.ofFloats(DType.BF16, new long[] {64}, new float[64]));
    float[] k = hostRun(g, weights, new int[][] {{0}}, Map.of("temperature", 0.0)).sequences().get(0).finalLogits();
    assertEquals(0x3f800000, Float.floatToRawIntBits(k[64]));
    assertEquals(0x3f820000, Float.floatToRawIntBits(k[65]));
    assertEquals(0x7f7f0000, Float.floatToRawIntBits(k[66]));
    assertEquals(Float.POSITIVE_INFINITY, k[3]);
    // 1.5 * 2^-25 lies between the subnormal steps 0 and 2^-24, nearer the upper one
    assertEquals(0x1p-24f, k[4]);
  }

  @Test
  void nanStaysNan() throws Exception {
    Graph g = lower("half-casts.fractal");
    float[] v = new float[64];
    v[3] = Float.NaN;
    v[4] = Float.intBitsToFloat(0x7f800001);
    v[5] = Float.intBitsToFloat(0xffc00000);
    Map<String, HostTensor> weights = Map.of("v", HostTensor.f32(new long[] {64}, v),
        "vh", HostTensor.ofFloats(DType.F16, new long[] {64}, v), "vb", HostTensor.ofFloats(DType.BF16, new long[] {64}, v));
    float[] kernel = hostRun(g, weights, new int[][] {{0}}, Map.of("temperature", 0.0)).sequences().get(0).finalLogits();
    for (int k = 0; k < 4; k++) {
      for (int i = 3; i <= 5; i++) assertTrue(Float.isNaN(kernel[64 * k + i]), "NaN at " + (64 * k + i));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "warp-orders"})
  void halfArithmeticMatchesTheInterpreter(String pipeline) throws Exception {
    Graph g = lower("half-arithmetic.fractal");
    Pipelines.named(pipeline).run(g, PassContext.verifying());
    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 3);
    int[][] prompts = {{1}, {2, 7, 3}};
    for (Map<String, Double> params : List.of(Map.of("temperature", 0.0), Map.of("temperature", 0.8, "seed_lo", 5.0))) {
      NodeCapture logits = CompiledModels.sampledLogits(g);
      GenerateResult expected = new Interpreter(InterpreterOptions.defaults(), logits).generate(g, weights, params, prompts, null);
      GenerationResult actual = hostRun(g, weights, prompts, params);
      for (int s = 0; s < prompts.length; s++) {
        int[] want = expected.sequence(s).tokens().stream().mapToInt(Integer::intValue).toArray();
        assertArrayEquals(want, actual.sequences().get(s).tokens(), "tokens of sequence " + s + " " + params);
        List<HostTensor> steps = logits.values(s);
        CompiledModels.assertBitIdentical(steps.get(steps.size() - 1).floats(), actual.sequences().get(s).finalLogits(),
            "last logits of sequence " + s + " " + params);
      }
    }
  }

  private GenerationResult hostRun(Graph g, Map<String, HostTensor> weights, int[][] prompts, Map<String, Double> params) throws Exception {
    Path out = Files.createTempDirectory(dir, "bundle");
    // sm_90 as well, so the 16-bit loads and stores also pass through the NVPTX backend
    BundleCompiler.compile(g, List.of(Target.HOST, Target.SM_90), out, false);
    Bundle bundle = Bundle.open(out);
    try (HostExecutor ex = new HostExecutor(bundle, WeightBlobs.of(bundle.manifest(), weights), 2)) {
      return ex.generate(new GenerationRequest(prompts, params), null, 60_000);
    }
  }

  private Graph lower(String resource) throws Exception {
    Path program = dir.resolve(resource);
    Files.writeString(program, dev.fractalgen.suites.Repo.resource("/programs/" + resource));
    FractalFrontEnd fe = new FractalFrontEnd();
    var checked = fe.check(program);
    assertTrue(!checked.hasErrors(), checked.problems().toString());
    var lowered = fe.lower(checked.program(), resource, Map.of());
    assertTrue(!lowered.hasErrors(), lowered.problems().toString());
    return lowered.graph();
  }
}
