package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.verify.Verifier;
import dev.fractalgen.passes.InternalCompilerError;
import dev.fractalgen.passes.IrProperty;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.PassManager;
import dev.fractalgen.passes.Pipelines;
import dev.fractalgen.passes.order.AssignReductionOrdersPass;
import dev.fractalgen.passes.types.InferShapesPass;
import dev.fractalgen.passes.validate.TranslationValidation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model program lowers to a graph the verifier accepts, and the standard pass pipeline
 * keeps its generate loop's results identical (seeded random weights, a batch of 3 prompts of
 * different lengths; the interpreter runs before and after every pass).
 */
class ModelTranslationValidationTest {
  @ParameterizedTest
  @MethodSource("dev.fractalgen.suites.e2e.CompiledModels#names")
  void passesPreserveTheGenerateLoop(String model) throws Exception {
    FractalFrontEnd fe = new FractalFrontEnd();
    var checked = fe.check(Cli.root().resolve("models").resolve(model));
    assertFalse(checked.hasErrors(), checked.problems().toString());
    var lowered = fe.lower(checked.program(), model, CompiledModels.smallShape(model));
    assertFalse(lowered.hasErrors(), lowered.problems().toString());
    Graph g = lowered.graph();
    Verifier.check(g);
    Map<String, Double> params = Map.of("max_tokens", 6.0, "temperature", 0.8, "top_k", 5.0);
    int[][] prompts = {{1}, {1, 2, 3}, {4, 5}};
    Graph optimized = TranslationValidation.check(g, TranslationValidation.randomWeights(g, 7), params, prompts);
    assertNotNull(optimized);
    Verifier.check(optimized);
    // the default pipeline too: its order pass is validated with the orders given to the graph before it
    Graph ordered = TranslationValidation.check(g, Pipelines.warpOrders(), TranslationValidation.randomWeights(g, 7), params,
        prompts, 0x5eed);
    Verifier.check(ordered);
  }

  /**
   * Without declaring that it only changes orders, the order pass is rejected (the sums' last bits
   * change, so the results do); declaring it while changing anything else is rejected too.
   */
  @Test
  void orderPassesAreValidatedOnlyForOrders() throws Exception {
    FractalFrontEnd fe = new FractalFrontEnd();
    Graph g = fe.lower(fe.check(Cli.root().resolve("models/llama2c.fractal")).program(), "llama2c", Map.of()).graph();
    Map<String, Double> params = Map.of("max_tokens", 4.0, "temperature", 0.0);
    int[][] prompts = {{1, 2}};
    AssignReductionOrdersPass real = new AssignReductionOrdersPass();
    Pass undeclared = new Pass() {
      @Override public String name() { return "orders-undeclared"; }
      @Override public Set<IrProperty> requires() { return real.requires(); }
      @Override public Set<IrProperty> establishes() { return real.establishes(); }
      @Override public Set<IrProperty> invalidates() { return real.invalidates(); }
      @Override public void run(Graph graph, PassContext ctx) { real.run(graph, ctx); }
    };
    Pass sneaky = new Pass() {
      @Override public String name() { return "orders-and-more"; }
      @Override public Set<IrProperty> requires() { return real.requires(); }
      @Override public Set<IrProperty> establishes() { return real.establishes(); }
      @Override public Set<IrProperty> invalidates() { return real.invalidates(); }
      @Override public boolean changesOnlyReductionOrders() { return true; }
      @Override public void run(Graph graph, PassContext ctx) {
        real.run(graph, ctx);
        Node c = IrWalk.nodes(IrWalk.step(graph)).stream().filter(n -> n.getOp() == Op.CONST && !n.getData().isEmpty()
            && n.getOutputs().get(0).getDtype() == DType.F32).findFirst().orElseThrow();
        c.getData().set(0, c.getData().get(0) * 2 + 1);
      }
    };
    for (Pass p : List.of(undeclared, sneaky)) {
      InternalCompilerError e = assertThrows(InternalCompilerError.class, () -> TranslationValidation.check(g,
          PassManager.of(new InferShapesPass(), p), TranslationValidation.randomWeights(g, 7), params, prompts, 0x5eed));
      assertTrue(e.getMessage().contains(p.name()), e.getMessage());
    }
    TranslationValidation.check(g, PassManager.of(new InferShapesPass(), real), TranslationValidation.randomWeights(g, 7), params,
        prompts, 0x5eed);
  }
}
