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
import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceOrder;
import dev.fractalgen.etdg.verify.Verifier;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.Pipelines;
import dev.fractalgen.passes.schedule.GridSchedules;
import dev.fractalgen.passes.validate.TranslationValidation;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.checkpoint.Checkpoints;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.HostExecutor;
import dev.fractalgen.runtime.exec.WeightImage;
import dev.fractalgen.suites.Llama2cGoldens.Golden;
import dev.fractalgen.suites.Llama2cGoldens;
import dev.fractalgen.suites.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With the warp tree order chosen for long sums (the warp-orders pipeline), every model's compiled
 * host kernel still computes exactly what the interpreter computes: the same tokens and
 * bit-identical final logits, although the sums now add in another order than the program text's.
 */
class ReductionOrderConformanceTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.fractalgen.suites.e2e.CompiledModels#names")
  void treeOrderedSumsAreBitIdenticalOnTheHostKernel(String model) throws Exception {
    Graph g = CompiledModels.lower(model);
    Pipelines.warpOrders().run(g, PassContext.verifying());
    Verifier.check(g);
    long ordered = IrWalk.nodes(IrWalk.step(g)).stream().filter(n -> n.getOrder() != null).count();
    assertTrue(ordered > 0, model + ": the pass chose no tree order");
    if (model.equals("llama2c.fractal")) {
      // its matrix rows now run one per warp on GPUs (here, on the host, one per thread in the same order)
      assertTrue(GridSchedules.standard(g).print().contains("parallel[warp] %map.1 = map"), GridSchedules.standard(g).print());
    }

    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 17);
    Map<String, Double> params = Map.of("max_tokens", 12.0, "temperature", 0.0);
    int[][] prompts = {{1}, {1, 2, 3}};
    NodeCapture logits = CompiledModels.sampledLogits(g);
    GenerateResult expected = new Interpreter(InterpreterOptions.defaults(), logits).generate(g, weights, params, prompts, null);

    // the orders matter: the program's own sequential sums give other bits (so equality below is evidence)
    Graph sequential = CompiledModels.lower(model);
    NodeCapture seqLogits = CompiledModels.sampledLogits(sequential);
    new Interpreter(InterpreterOptions.defaults(), seqLogits).generate(sequential, weights, params, prompts, null);
    assertTrue(!Arrays.equals(seqLogits.values(0).get(0).floats(), logits.values(0).get(0).floats()),
        model + ": tree and sequential sums gave identical first-step logits");

    // sm_90 too: ptxas checks the PTX of the lane accumulators
    BundleCompiler.compile(g, List.of(Target.HOST, Target.SM_90), dir, false);
    Bundle bundle = Bundle.open(dir);
    GenerationResult actual;
    try (HostExecutor ex = new HostExecutor(bundle, WeightBlobs.of(bundle.manifest(), weights), 2)) {
      actual = ex.generate(new GenerationRequest(prompts, params), null, 60_000);
    }
    for (int s = 0; s < prompts.length; s++) {
      int[] want = expected.sequence(s).tokens().stream().mapToInt(Integer::intValue).toArray();
      assertArrayEquals(want, actual.sequences().get(s).tokens(), model + " sequence " + s);
      List<HostTensor> steps = logits.values(s);
      float[] ref = steps.get(steps.size() - 1).floats();
      CompiledModels.assertBitIdentical(ref, actual.sequences().get(s).finalLogits(), model + " logits of sequence " + s);
    }
  }

  /** On the published stories260K, the warp-ordered sums still give llama2.c's greedy tokens. */
  @Test
  void llama2cGoldensHoldWithTreeOrderedSums() throws Exception {
    Graph g = CompiledModels.lower("llama2c.fractal");
    Pipelines.warpOrders().run(g, PassContext.verifying());
    BundleCompiler.compile(g, List.of(Target.HOST), dir, false);
    Bundle bundle = Bundle.open(dir);
    try (HostExecutor ex = new HostExecutor(bundle, WeightImage.build(bundle.manifest(), Checkpoints.open(Repo.stories260K())), 2)) {
      for (Golden golden : Llama2cGoldens.greedy()) {
        GenerationResult r = ex.generate(new GenerationRequest(new int[][] {golden.promptIds()},
            Map.of("max_tokens", (double) golden.maxTokens(), "temperature", 0.0)), null, 120_000);
        assertArrayEquals(golden.ids(), r.sequences().get(0).tokens(), golden.name());
      }
    }
  }

  /**
   * The orders' corners on the compiled host kernel, bit for bit against the interpreter: fewer
   * elements than lanes, a chunk tail, a width that does not divide the length, a product, an order
   * too wide to unroll (lanes in memory), and -0.0 inputs (every lane starts at +0).
   */
  @Test
  void orderCornersAreBitIdentical() throws Exception {
    Path program = dir.resolve("edges.fractal");
    Files.writeString(program, Repo.resource("/programs/tree-order-edges.fractal"));
    FractalFrontEnd fe = new FractalFrontEnd();
    Graph g = fe.lower(fe.check(program).program(), "edges", Map.of()).graph();
    int[][] orders = {{32, 4}, {8, 3}, {1024, 1}, {4, 2}, {2, 5}};
    List<Node> reduces = IrWalk.nodes(IrWalk.step(g)).stream().filter(n -> n.getOp() == Op.REDUCE).toList();
    assertEquals(orders.length, reduces.size());
    for (int k = 0; k < orders.length; k++) {
      ReduceOrder o = EtdgFactory.eINSTANCE.createReduceOrder();
      o.setLanes(orders[k][0]);
      o.setWidth(orders[k][1]);
      reduces.get(k).setOrder(o);
    }
    Verifier.check(g);
    Map<String, HostTensor> weights = new java.util.HashMap<>(TranslationValidation.randomWeights(g, 23));
    float[] negZero = new float[40];
    Arrays.fill(negZero, -0.0f);
    weights.put("z", HostTensor.f32(new long[] {40}, negZero));
    Map<String, Double> params = Map.of("temperature", 0.0);
    int[][] prompts = {{0}};
    NodeCapture logits = CompiledModels.sampledLogits(g);
    new Interpreter(InterpreterOptions.defaults(), logits).generate(g, weights, params, prompts, null);
    BundleCompiler.compile(g, List.of(Target.HOST, Target.SM_90), dir.resolve("bundle"), false);
    Bundle bundle = Bundle.open(dir.resolve("bundle"));
    GenerationResult actual;
    try (HostExecutor ex = new HostExecutor(bundle, WeightBlobs.of(bundle.manifest(), weights), 1)) {
      actual = ex.generate(new GenerationRequest(prompts, params), null, 60_000);
    }
    List<HostTensor> steps = logits.values(0);
    float[] ref = steps.get(steps.size() - 1).floats();
    assertEquals(0, Float.floatToRawIntBits(ref[4]), "a sum of -0.0 values in a tree order is +0");
    CompiledModels.assertBitIdentical(ref, actual.sequences().get(0).finalLogits(), "sums in orders " + Arrays.deepToString(orders));
  }
}
