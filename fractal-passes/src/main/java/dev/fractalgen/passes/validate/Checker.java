package dev.fractalgen.passes.validate;

import dev.fractalgen.etdg.interp.GenerateResult;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterException;
import dev.fractalgen.etdg.interp.InterpreterOptions;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.InternalCompilerError;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassCheck;
import dev.fractalgen.passes.PassContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The translation validation of one compilation: runs each pass's input and output graph on the
 * same inputs and throws when the outputs differ.
 *
 * <p>A pass's input is the previous pass's output, so the runs of the last output graph are kept
 * (keyed by its text) and reused as the next pass's "before": every graph is interpreted once.
 */
final class Checker implements PassCheck {
  /** A generate loop that never stops is an error of the graph, not worth a million steps here. */
  private static final long MAX_STEPS = 1 << 16;

  private final Map<String, HostTensor> weights;
  private final Map<String, Double> params;
  private final int[][] prompts;
  private final long seed;
  private String lastText;
  private Runs lastRuns;

  Checker(Map<String, HostTensor> weights, Map<String, Double> params, int[][] prompts, long seed) {
    if (prompts.length == 0) throw new IllegalArgumentException("no prompts");
    this.weights = Map.copyOf(weights);
    this.params = Map.copyOf(params);
    this.prompts = prompts.clone();
    this.seed = seed;
  }

  /** A value, or the interpreter's refusal to compute it. */
  record Run<T>(T value, InterpreterException failure) {
    static <T> Run<T> of(Supplier<T> s) {
      try {
        return new Run<>(s.get(), null);
      } catch (InterpreterException e) {
        return new Run<>(null, e);
      }
    }
  }

  /** Everything interpreted of one graph: the generate loop and the step on each random input. */
  private record Runs(Run<GenerateResult> generate, List<StepInputs> inputs, List<Run<List<HostTensor>>> steps) {}

  @Override
  public void afterPass(Pass pass, Graph before, Graph after, PassContext ctx) {
    if (pass.changesOnlyReductionOrders()) before = withOrdersOf(pass, before, after);
    String beforeText = EtdgPrinter.print(before);
    Runs b = beforeText.equals(lastText) ? lastRuns : runs(before, stepInputs(before));
    Runs a = runs(after, b.inputs());
    lastText = EtdgPrinter.print(after);
    lastRuns = a;
    compareGenerate(pass, before, after, b.generate(), a.generate(), ctx);
    for (int t = 0; t < b.steps().size(); t++) {
      compareStep(pass, before, after, b.inputs().get(t), b.steps().get(t), a.steps().get(t), ctx);
    }
  }

  /**
   * A copy of {@code before} with the reduction orders of {@code after}, node by node; a pass that
   * added, removed or reordered nodes changed more than orders and is rejected.
   */
  private static Graph withOrdersOf(Pass pass, Graph before, Graph after) {
    Graph ordered = EcoreUtil.copy(before);
    List<Node> b = IrWalk.nodes(IrWalk.step(ordered));
    List<Node> a = IrWalk.nodes(IrWalk.step(after));
    if (a.size() != b.size()) {
      throw changed(pass, before, after, "a pass that only sets reduction orders changed the number of nodes");
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).getOp() != b.get(i).getOp()) {
        throw changed(pass, before, after, "a pass that only sets reduction orders changed node " + i + "'s op");
      }
      b.get(i).setOrder(a.get(i).getOrder() == null ? null : EcoreUtil.copy(a.get(i).getOrder()));
    }
    return ordered;
  }

  /** Inputs drawn from the same seed for every pass: buffers and states never change across passes. */
  private List<StepInputs> stepInputs(Graph g) {
    Random rnd = new Random(seed);
    List<StepInputs> out = new ArrayList<>();
    for (int t = 0; t < TranslationValidation.STEP_TRIALS; t++) out.add(StepInputs.random(g, prompts, rnd));
    return out;
  }

  private Runs runs(Graph g, List<StepInputs> inputs) {
    List<Run<List<HostTensor>>> steps = new ArrayList<>();
    for (StepInputs in : inputs) {
      steps.add(Run.of(() -> oracle().evalRegion(g.getGenerate().getStep(), in.args(),
          in.buffers(g, weights, params), in.sizes())));
    }
    return new Runs(generate(g), inputs, steps);
  }

  Run<GenerateResult> generate(Graph g) {
    return Run.of(() -> oracle().generate(g, weights, params, prompts, null));
  }

  private static Interpreter oracle() {
    return new Interpreter(InterpreterOptions.defaults().withMaxSteps(MAX_STEPS));
  }

  // Where the input graph fails, the pass may make it run (infer-shapes typing it, a failing
  // dead node removed): nothing is compared. The reverse is an error.
  private static void compareGenerate(Pass pass, Graph before, Graph after, Run<GenerateResult> b,
      Run<GenerateResult> a, PassContext ctx) {
    if (b.failure() != null) return;
    if (a.failure() != null) {
      throw changed(pass, before, after, "the generate loop ran before the pass and fails after it: "
          + a.failure().getMessage());
    }
    if (!a.value().equals(b.value())) {
      throw changed(pass, before, after, "the generate loop's results differ:\n    before: "
          + b.value().sequences() + "\n    after:  " + a.value().sequences());
    }
    ctx.count(pass, "validated-generate", 1);
  }

  private static void compareStep(Pass pass, Graph before, Graph after, StepInputs in, Run<List<HostTensor>> b,
      Run<List<HostTensor>> a, PassContext ctx) {
    if (b.failure() != null) return;
    if (a.failure() != null) {
      throw changed(pass, before, after, "the step ran before the pass and fails after it on " + in + ": "
          + a.failure().getMessage());
    }
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < Math.max(a.value().size(), b.value().size()); i++) {
      HostTensor x = i < b.value().size() ? b.value().get(i) : null;
      HostTensor y = i < a.value().size() ? a.value().get(i) : null;
      if (x == null || !x.equals(y)) diffs.add("result " + i + ": before " + shorten(x) + ", after " + shorten(y));
    }
    if (!diffs.isEmpty()) {
      throw changed(pass, before, after, "the step's results differ on " + in + ":\n    " + String.join("\n    ", diffs));
    }
    ctx.count(pass, "validated-steps", 1);
  }

  private static String shorten(HostTensor t) {
    String s = String.valueOf(t);
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  private static InternalCompilerError changed(Pass pass, Graph before, Graph after, String what) {
    return new InternalCompilerError(pass.name(), "the pass changed what the graph computes (translation"
        + " validation)", List.of(what, "graph before the pass:\n" + EtdgPrinter.print(before)),
        EtdgPrinter.print(after), null);
  }
}
