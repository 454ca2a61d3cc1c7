package dev.fractalgen.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.cleanup.EliminateDeadNodesPass;
import dev.fractalgen.passes.fold.FoldConstantsPass;
import dev.fractalgen.passes.types.InferShapesPass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassManagerTest {
  private static final String SMALL = """
      etdg small
      generate {
        step(%token : i32[], %pos : i32[]) {
          %a = add %token, %pos : i32[]
          %two = const [2.0] : i32[]
          %b = mul %a, %two : i32[]
          yield %b, %two
        }
      }
      """;

  @Test
  void refusesAPassWhoseRequiredPropertyNoEarlierPassEstablishes() {
    PipelineOrderException e = assertThrows(PipelineOrderException.class,
        () -> PassManager.of(new FoldConstantsPass(), new InferShapesPass()));
    assertEquals("fold-constants", e.passName());
    assertEquals(IrProperty.TYPES_INFERRED, e.property());
    assertTrue(e.getMessage().contains("pass 'fold-constants' (number 1 of the pipeline) requires TYPES_INFERRED,"
        + " which no earlier pass establishes"), e.getMessage());
  }

  @Test
  void refusesAPassWhoseRequiredPropertyAnEarlierPassInvalidated() {
    Pass needsClean = TestPasses.requiring("needs-clean", IrProperty.NO_DEAD_NODES);
    PipelineOrderException e = assertThrows(PipelineOrderException.class, () -> PassManager.of(
        new InferShapesPass(), new EliminateDeadNodesPass(), new FoldConstantsPass(), needsClean));
    assertEquals("needs-clean", e.passName());
    assertTrue(e.getMessage().contains("requires NO_DEAD_NODES, which the earlier pass 'fold-constants' invalidates"),
        e.getMessage());
  }

  @Test
  void acceptsAPipelineWhenTheInputIsKnownToHaveTheProperty() {
    PassManager pm = new PassManager(EnumSet.of(IrProperty.TYPES_INFERRED), List.of(new FoldConstantsPass()));
    assertEquals(EnumSet.of(IrProperty.TYPES_INFERRED, IrProperty.CONSTANTS_FOLDED), pm.established());
  }

  @Test
  void thePipelinesEstablishEveryProperty() {
    assertEquals(EnumSet.complementOf(EnumSet.of(IrProperty.REDUCTION_ORDERS_ASSIGNED)), Pipelines.standard().established());
    assertEquals(List.of("infer-shapes", "fold-constants", "hoist-scan-invariants", "eliminate-common-subexpressions", "eliminate-dead-nodes"),
        Pipelines.standard().passes().stream().map(Pass::name).toList());
    assertEquals(EnumSet.allOf(IrProperty.class), Pipelines.warpOrders().established());
  }

  @Test
  void reportsVerifierErrorsAfterAPassThatBreaksTypes() throws Exception {
    Graph g = EtdgParser.parse(SMALL);
    PassManager pm = PassManager.of(new InferShapesPass(), TestPasses.breakTypes(), new EliminateDeadNodesPass());
    InternalCompilerError e = assertThrows(InternalCompilerError.class, () -> pm.run(g, PassContext.verifying()));
    assertEquals("break-types", e.passName());
    assertTrue(e.getMessage().startsWith("internal compiler error in pass 'break-types': the graph is invalid after"
        + " the pass"), e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("OUTPUT_TYPE at `%a = add %token, %pos : f16[]`")),
        e.problems().toString());
    assertTrue(e.graphText().contains("    %a = add %token, %pos : f16[]\n"), e.graphText());
    assertTrue(e.getMessage().contains("--- graph ---\netdg small\n"), e.getMessage());
  }

  @Test
  void reportsAUseOfARemovedNode() throws Exception {
    Graph g = EtdgParser.parse(SMALL);
    InternalCompilerError e = assertThrows(InternalCompilerError.class,
        () -> PassManager.of(TestPasses.dropFirstNode()).run(g, PassContext.verifying()));
    assertEquals("drop-first-node", e.passName());
    assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("NOT_VISIBLE at `%b = mul %a, %two : i32[]`")),
        e.problems().toString());
  }

  @Test
  void withoutVerificationABrokenGraphPassesThrough() throws Exception {
    Graph g = EtdgParser.parse(SMALL);
    PassManager.of(TestPasses.breakTypes()).run(g, new PassContext(false, null));
    assertTrue(EtdgPrinter.print(g).contains("%a = add %token, %pos : f16[]"));
  }

  @Test
  void wrapsAnExceptionOfAPassWithItsNameAndTheGraph() throws Exception {
    Graph g = EtdgParser.parse(SMALL);
    Pass boom = TestPasses.of("boom", Set.of(), Set.of(), Set.of(), (graph, ctx) -> {
      throw new IllegalStateException("kaput");
    });
    InternalCompilerError e = assertThrows(InternalCompilerError.class,
        () -> PassManager.of(boom).run(g, PassContext.verifying()));
    assertEquals("boom", e.passName());
    assertTrue(e.getMessage().contains("the pass threw java.lang.IllegalStateException: kaput"), e.getMessage());
    assertTrue(e.getCause() instanceof IllegalStateException);
    assertTrue(e.graphText().startsWith("etdg small\n"));
  }

  @Test
  void runsTheCheckAfterEachPassOnACopyOfTheInputAndTheOutput() throws Exception {
    Graph g = EtdgParser.parse(SMALL);
    String input = EtdgPrinter.print(g);
    List<String> seen = new ArrayList<>();
    PassContext ctx = PassContext.verifying().withCheck((pass, before, after, c) -> {
      assertNotSame(before, after);
      assertTrue(after == g);
      seen.add(pass.name() + ": " + EtdgPrinter.print(before).equals(input));
    });
    Pipelines.standard().run(g, ctx);
    assertEquals(List.of("infer-shapes: true", "fold-constants: true", "hoist-scan-invariants: true",
        "eliminate-common-subexpressions: true", "eliminate-dead-nodes: true"), seen);
  }

  @Test
  void passesCountWhatTheyDidInTheContext() throws Exception {
    Graph g = EtdgParser.parse(Decoders.TINY);
    PassContext ctx = PassContext.verifying();
    Pipelines.standard().run(g, ctx);
    // quarter and six fold; one_b merges into one, hn2 into hn; dead and the folded six go.
    assertEquals(2, ctx.statistic("fold-constants.folded"));
    assertEquals(2, ctx.statistic("eliminate-common-subexpressions.merged"));
    assertEquals(2, ctx.statistic("eliminate-dead-nodes.removed"), ctx.statistics().toString());
    assertEquals(0, ctx.statistic("infer-shapes.filled"));
  }
}
