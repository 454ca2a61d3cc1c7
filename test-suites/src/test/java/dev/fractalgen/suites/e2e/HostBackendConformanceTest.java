package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.WeightBlobs;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.interp.GenerateResult;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterOptions;
import dev.fractalgen.etdg.interp.NodeCapture;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.Pipelines;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridScheduleChecker;
import dev.fractalgen.passes.schedule.GridScheduleParser;
import dev.fractalgen.passes.schedule.GridSchedules;
import dev.fractalgen.passes.validate.TranslationValidation;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.HostExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled host kernel of every model program generates exactly the reference interpreter's
 * tokens and stop reasons: seeded random weights, a batch of 3 prompts of different lengths,
 * greedy and seeded sampling (temperature, top-k, top-p), on 1 to 3 CPU threads. The logits each
 * sequence's last step sampled from agree within {@link #LOGITS_TOLERANCE} of the largest
 * magnitude (the kernel keeps the interpreter's operation order, so they are equal in practice).
 */
class HostBackendConformanceTest {
  static final double LOGITS_TOLERANCE = 1e-5;

  @TempDir Path dir;

  static Stream<Arguments> cases() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (String m : CompiledModels.names()) {
      out.add(Arguments.of(m, "greedy", Map.of("max_tokens", 9.0, "temperature", 0.0), 1));
      out.add(Arguments.of(m, "sampled", Map.of("max_tokens", 9.0, "temperature", 0.9, "top_k", 7.0, "top_p", 0.9,
          "seed_lo", 12345.0, "seed_hi", 3.0), 3));
      out.add(Arguments.of(m, "sampled-full-vocab", Map.of("max_tokens", 7.0, "temperature", 1.3, "seed_lo", 99.0), 2));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} on {3} threads")
  @MethodSource("cases")
  void hostTokensEqualTheReference(String model, String what, Map<String, Double> params, int threads) throws Exception {
    check(CompiledModels.lower(model), model, params, threads);
  }

  /**
   * llama3 with a hidden width of 4352: its silu(gate) * up is wide enough to run on the whole grid
   * (spread-wide-elementwise), an element a thread, which the small shape never is.
   */
  @Test
  void aWideElementwisePhaseEqualsTheReference() throws Exception {
    Map<String, String> shape = new java.util.LinkedHashMap<>(CompiledModels.smallShape("llama3.fractal"));
    shape.put("hidden_dim", "4352");
    Graph g = CompiledModels.lower("llama3.fractal", shape);
    String schedule = GridSchedules.standard(g).print();
    assertTrue(schedule.matches("(?s).*spread %[\\w.]+ = mul fuse\\(%silu\\).*"), schedule);
    check(g, "llama3.fractal hidden_dim=4352", Map.of("max_tokens", 9.0, "temperature", 0.0), 2);
  }

  /**
   * llama3 with a hidden width of 4224 and rows of 128 (summed by warps), its silu(gate) * up
   * computed by the gate and up rows' warps through the schedule text (elementwise-after-rows leaves
   * a spread phase alone): each thread computes the elements of the rows it summed, with no barrier
   * between; at batch 1 and 3. (The host runs a warp phase item by item, rows(4) and batched aside;
   * the GPU pack's silu-rows cases run the GPU's paths.)
   */
  @Test
  void aSpreadPhaseComputedByTheRowsWarpsEqualsTheReference() throws Exception {
    Graph g = withWarpRows("llama3.fractal", 4224);
    String standard = GridSchedules.standard(g).print();
    String edited = standard.replaceFirst("(parallel\\[warp] %(map\\.\\d+) = map [^\\n]*rows\\(4\\)[^\\n]*\\n\\s*parallel\\[warp] %(map\\.\\d+) = map [^\\n]*\\n)"
        + "\\s*barrier\\n(\\s*spread %[\\w.]+ = mul fuse\\(%silu\\))", "$1$4 by(%$2, %$3)");
    assertTrue(edited.contains(" by(%"), standard);
    GridSchedule schedule = GridScheduleParser.parse(g, edited);
    assertEquals(List.of(), GridScheduleChecker.problems(schedule));
    check(g, schedule, "llama3.fractal hidden_dim=4224", Map.of("max_tokens", 9.0, "temperature", 0.0), 2, new int[][] {{1}, {1, 2, 3}, {4, 5}});
    check(g, schedule, "llama3.fractal hidden_dim=4224 at batch 1", Map.of("max_tokens", 9.0, "temperature", 0.0), 3, new int[][] {{1, 2, 3}});
  }

  /**
   * llama2c with a hidden width of 2112 and rows of 128: its serial silu(w1) * w3 is computed by the
   * w1 and w3 rows' warps instead (elementwise-after-rows), each thread computing the elements of the
   * rows it summed; greedy at batch 1 and 3, and sampled.
   */
  @Test
  void aSerialPhaseComputedByTheRowsWarpsEqualsTheReference() throws Exception {
    Graph g = withWarpRows("llama2c.fractal", 2112);
    GridSchedule schedule = GridSchedules.standard(g);
    assertTrue(schedule.print().matches("(?s).*spread %[\\w.]+ = mul fuse\\(%silu\\) by\\(%h1, %h3\\).*"), schedule.print());
    check(g, schedule, "llama2c.fractal hidden_dim=2112", Map.of("max_tokens", 9.0, "temperature", 0.0), 2, new int[][] {{1}, {1, 2, 3}, {4, 5}});
    check(g, schedule, "llama2c.fractal hidden_dim=2112 sampled", Map.of("max_tokens", 9.0, "temperature", 0.9, "top_k", 7.0, "seed_lo", 5.0), 2,
        new int[][] {{4}});
  }

  /** {@code model}'s small shape with rows of 128 (summed by warps) and {@code hidden} as its hidden width, in the warp tree orders. */
  private static Graph withWarpRows(String model, int hidden) throws Exception {
    Map<String, String> shape = new java.util.LinkedHashMap<>(CompiledModels.smallShape(model));
    shape.put("dim", "128");
    shape.put("hidden_dim", Integer.toString(hidden));
    Graph g = CompiledModels.lower(model, shape);
    Pipelines.warpOrders().run(g, PassContext.verifying());
    return g;
  }

  /**
   * llama2c at batch 1 on 2 threads: its serial phases between parallel ones are replicated
   * (replicate-serial-phases), so every thread block computes them and reads its own results; the
   * batch-of-3 cases above run them on the owners, followed by a barrier.
   */
  @Test
  void replicatedSerialPhasesAtBatchOneEqualTheReference() throws Exception {
    Graph g = CompiledModels.lower("llama2c.fractal");
    String schedule = GridSchedules.standard(g).print();
    assertTrue(schedule.contains("serial[all] ") && schedule.contains("\n    wait %"), schedule);
    check(g, "llama2c.fractal at batch 1", Map.of("max_tokens", 9.0, "temperature", 0.0), 2, new int[][] {{1, 2, 3}});
    check(g, "llama2c.fractal sampled at batch 1", Map.of("max_tokens", 9.0, "temperature", 0.9, "top_k", 7.0, "seed_lo", 5.0), 2,
        new int[][] {{4}});
  }

  private void check(Graph g, String model, Map<String, Double> params, int threads) throws Exception {
    check(g, model, params, threads, new int[][] {{1}, {1, 2, 3}, {4, 5}});
  }

  private void check(Graph g, String model, Map<String, Double> params, int threads, int[][] prompts) throws Exception {
    check(g, null, model, params, threads, prompts);
  }

  /** As above, the kernel compiled with {@code schedule} (null: the schedule passes' own). */
  private void check(Graph g, GridSchedule schedule, String model, Map<String, Double> params, int threads, int[][] prompts) throws Exception {
    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 11);
    NodeCapture logits = CompiledModels.sampledLogits(g);
    GenerateResult expected = new Interpreter(InterpreterOptions.defaults(), logits).generate(g, weights, params, prompts, null);

    BundleCompiler.compile(g, List.of(Target.HOST), dir, BundleCompiler.Options.defaults().withSchedule(schedule), dev.fractalgen.passes.StageListener.NONE);
    Bundle bundle = Bundle.open(dir);
    List<int[]> streamed = new ArrayList<>();
    for (int s = 0; s < prompts.length; s++) streamed.add(new int[64]);
    GenerationResult actual;
    try (HostExecutor ex = new HostExecutor(bundle, WeightBlobs.of(bundle.manifest(), weights), threads)) {
      actual = ex.generate(new GenerationRequest(prompts, params), (s, i, t) -> streamed.get(s)[i] = t, 60_000);
    }
    for (int s = 0; s < prompts.length; s++) {
      int[] want = expected.sequence(s).tokens().stream().mapToInt(Integer::intValue).toArray();
      assertArrayEquals(want, actual.sequences().get(s).tokens(), model + " sequence " + s);
      assertEquals(expected.sequence(s).stopReason().name().toLowerCase(), actual.sequences().get(s).stop());
      int[] got = new int[want.length];
      System.arraycopy(streamed.get(s), 0, got, 0, want.length);
      assertArrayEquals(want, got, "streamed tokens of sequence " + s);
      List<HostTensor> steps = logits.values(s);
      float[] ref = steps.get(steps.size() - 1).floats();
      float[] kernel = actual.sequences().get(s).finalLogits();
      assertEquals(ref.length, kernel.length, "final logits of sequence " + s);
      double scale = 1, worst = 0;
      for (int i = 0; i < ref.length; i++) {
        scale = Math.max(scale, Math.abs(ref[i]));
        worst = Math.max(worst, Math.abs(ref[i] - kernel[i]));
      }
      assertTrue(worst <= LOGITS_TOLERANCE * scale, "final logits of sequence " + s + " differ by " + worst);
    }
  }
}
