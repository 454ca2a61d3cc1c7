package dev.fractalgen.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.verify.Verifier;
import dev.fractalgen.passes.types.InferShapesPass;
import dev.fractalgen.passes.validate.TranslationValidation;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class TranslationValidationTest {
  private static final int[][] PROMPTS = {{1, 2, 3}, {5}, {0, 6}};

  @Test
  void theStandardPipelineKeepsWhatTheTinyDecoderComputes() throws Exception {
    Graph g = EtdgParser.parse(Decoders.TINY);
    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 42);
    PassContext ctx = PassContext.verifying()
        .withCheck(TranslationValidation.checker(weights, Map.of(), PROMPTS, 3));
    Graph work = EcoreUtil.copy(g);
    Pipelines.standard().run(work, ctx);
    for (Pass p : Pipelines.standard().passes()) {
      // Every pass was compared on the whole loop and on random steps, not skipped.
      assertEquals(1, ctx.statistic(p.name() + ".validated-generate"), p.name());
      assertEquals(TranslationValidation.STEP_TRIALS, ctx.statistic(p.name() + ".validated-steps"), p.name());
    }
    String out = EtdgPrinter.print(work);
    assertTrue(out.contains("%quarter = const [0.25] : f32[]"), out);
    assertTrue(!out.contains("%dead") && !out.contains("%hn2") && !out.contains("%one_b"), out);
  }

  @Test
  void checkRunsTheStandardPipelineAndReturnsTheOptimizedCopy() throws Exception {
    Graph g = EtdgParser.parse(Decoders.TINY);
    String input = EtdgPrinter.print(g);
    Map<String, Double> params = Map.of("temperature", 0.7, "seed_lo", 99.0, "max_tokens", 4.0);
    Graph out = TranslationValidation.check(g, TranslationValidation.randomWeights(g, 5), params, PROMPTS);
    assertEquals(input, EtdgPrinter.print(g), "the input graph is left alone");
    assertTrue(Verifier.verify(out).isEmpty());
    assertTrue(EtdgPrinter.print(out).length() < input.length());
  }

  @Test
  void catchesAPassThatChangesAValueUsedForTheLogits() throws Exception {
    Graph g = EtdgParser.parse(Decoders.TINY);
    PassManager pm = PassManager.of(new InferShapesPass(), TestPasses.perturbConst("half", 0.25));
    InternalCompilerError e = assertThrows(InternalCompilerError.class, () -> TranslationValidation.check(g, pm,
        TranslationValidation.randomWeights(g, 42), Map.of(), PROMPTS, 3));
    assertEquals("perturb-half", e.passName());
    assertTrue(e.getMessage().contains("the pass changed what the graph computes (translation validation)"),
        e.getMessage());
    assertTrue(e.getMessage().contains("graph before the pass:\netdg tiny"), e.getMessage());
  }

  @Test
  void catchesAOneUlpChangeOfAStateBitForBit() throws Exception {
    // One ulp of %half reaches the REPLACE state %h through the history term; no token needs to
    // change for the bit-for-bit comparison of the step's results to see it.
    Graph g = EtdgParser.parse(Decoders.TINY);
    PassManager pm = PassManager.of(TestPasses.perturbConst("half", Math.ulp(0.5f)));
    InternalCompilerError e = assertThrows(InternalCompilerError.class, () -> TranslationValidation.check(g, pm,
        TranslationValidation.randomWeights(g, 42), Map.of(), PROMPTS, 3));
    assertTrue(e.getMessage().contains("the step's results differ"), e.getMessage());
  }

  @Test
  void validatesAnUntypedGraphFromTheBuilderOnceInferShapesHasTypedIt() {
    TensorType untyped = TensorType.scalar(DType.F32);
    GraphBuilder b = new GraphBuilder("untyped");
    Buffer w = b.weight("w", TensorType.of(DType.F32, 7, 3), "w", false);
    RegionBuilder step = b.generate(List.of());
    Value token = step.region().getArgs().get(0);
    Output row = step.node(Op.INDEX).operands(w, token).ints(0).output("row", untyped);
    Output e = step.op(Op.EXP, "e", untyped, row);
    Output s = step.op(Op.ADD, "s", untyped, e, row);
    Output s2 = step.op(Op.ADD, "s2", untyped, e, row);
    Output d = step.op(Op.SUB, "d", untyped, s, s2);
    Output best = step.node(Op.REDUCE).operands(d).reduce(ReduceKind.ARGMAX).ints(0).output("best", untyped);
    Output two = step.node(Op.CONST).data(2).output("two", TensorType.scalar(DType.I32));
    step.results(best, two);
    Graph g = b.graph();
    assertTrue(!Verifier.verify(g).isEmpty(), "untyped outputs do not verify");

    Graph out = TranslationValidation.check(g, TranslationValidation.randomWeights(g, 1), Map.of(), PROMPTS);
    String text = EtdgPrinter.print(out);
    assertTrue(text.contains("%row = index[0] %w, %token : f32[3]"), text);
    assertTrue(text.contains("%d = sub %s, %s : f32[3]"), text);
    assertTrue(text.contains("%best = reduce.argmax[0] %d : i32[]"), text);
  }
}
