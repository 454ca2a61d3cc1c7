package dev.fractalgen.passes.validate;

import dev.fractalgen.etdg.interp.GenerateResult;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterException;
import dev.fractalgen.etdg.interp.InterpreterOptions;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.passes.InternalCompilerError;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassCheck;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.PassManager;
import dev.fractalgen.passes.Pipelines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Checks that passes keep what a graph computes: the reference interpreter runs the graph before
 * and after every pass, and the outputs must be identical, floats bit for bit ({@link
 * HostTensor#equals}: NaN equals NaN, -0 differs from 0).
 *
 * <p>Two runs per pass: the whole generate loop on the given prompts (tokens, stop reasons and
 * step counts compared), and the step region alone on {@link #STEP_TRIALS} seeded random inputs
 * (every result compared: next token, status and the f32 state values). Where the graph before
 * the pass fails on an input, a pass may make it run (infer-shapes typing it, a dead failing node
 * removed); the reverse is an error.
 */
public final class TranslationValidation {
  /** Random step evaluations per pass. */
  public static final int STEP_TRIALS = 8;
  /** A generate loop that never stops is an error of the graph, not worth a million steps here. */
  private static final long MAX_STEPS = 1 << 16;

  private TranslationValidation() {}

  /**
   * Runs {@link Pipelines#standard()} on a copy of {@code graph}, verifying and validating after
   * every pass, and returns the optimized copy.
   *
   * @param weights WEIGHT buffer values by name (see {@link #randomWeights} when there is no checkpoint)
   * @param params PARAM values by name; missing ones take their defaults
   * @param prompts non-empty prompts, one per sequence
   * @throws InternalCompilerError naming the first pass that breaks the graph or its meaning
   * @throws IllegalArgumentException when the optimized graph does not run on these inputs, so
   *     that nothing would have been compared
   */
  public static Graph check(Graph graph, Map<String, HostTensor> weights, Map<String, Double> params,
      int[][] prompts) {
    return check(graph, Pipelines.standard(), weights, params, prompts, 0x5eed);
  }

  /** As {@link #check(Graph, Map, Map, int[][])} with any pipeline and seed of the random step inputs. */
  public static Graph check(Graph graph, PassManager pipeline, Map<String, HostTensor> weights,
      Map<String, Double> params, int[][] prompts, long seed) {
    Graph work = EcoreUtil.copy(graph);
    PassContext ctx = PassContext.verifying().withCheck(checker(weights, params, prompts, seed));
    pipeline.run(work, ctx);
    Run<GenerateResult> end = generate(work, weights, params, prompts);
    if (end.failure() != null) {
      throw new IllegalArgumentException("the optimized graph does not run on these inputs, so no pass"
          + " was validated: " + end.failure().getMessage());
    }
    return work;
  }

  /** The check to put in a {@link PassContext}: compares each pass's input and output graph. */
  public static PassCheck checker(Map<String, HostTensor> weights, Map<String, Double> params, int[][] prompts,
      long seed) {
    if (prompts.length == 0) throw new IllegalArgumentException("no prompts");
    Map<String, HostTensor> w = Map.copyOf(weights);
    Map<String, Double> p = Map.copyOf(params);
    int[][] pr = prompts.clone();
    return (pass, before, after, ctx) -> {
      compareGenerate(pass, before, after, w, p, pr, ctx);
      compareSteps(pass, before, after, w, p, pr, seed, ctx);
    };
  }

  /** Standard normal values times 0.1 for every untied weight of {@code g}, by buffer name. */
  public static Map<String, HostTensor> randomWeights(Graph g, long seed) {
    Random rnd = new Random(seed);
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (Buffer b : g.getBuffers()) {
      if (b.getKind() != BufferKind.WEIGHT || b.getTiedTo() != null) continue;
      HostTensor t = StepInputs.randomTensor(b.getDtype(), TensorType.of(b).evaluate(Map.of()), rnd);
      if (t.isFloat()) {
        float[] f = t.floats();
        for (int i = 0; i < f.length; i++) f[i] *= 0.1f;
        t = HostTensor.ofFloats(b.getDtype(), t.shape(), f);
      }
      out.put(b.getName(), t);
    }
    return out;
  }

  private static Interpreter oracle() {
    return new Interpreter(InterpreterOptions.defaults().withMaxSteps(MAX_STEPS));
  }

  /** A value, or the interpreter's refusal to compute it. */
  private record Run<T>(T value, InterpreterException failure) {
    static <T> Run<T> of(Supplier<T> s) {
      try {
        return new Run<>(s.get(), null);
      } catch (InterpreterException e) {
        return new Run<>(null, e);
      }
    }
  }

  private static Run<GenerateResult> generate(Graph g, Map<String, HostTensor> weights, Map<String, Double> params,
      int[][] prompts) {
    return Run.of(() -> oracle().generate(g, weights, params, prompts, null));
  }

  private static void compareGenerate(Pass pass, Graph before, Graph after, Map<String, HostTensor> weights,
      Map<String, Double> params, int[][] prompts, PassContext ctx) {
    Run<GenerateResult> b = generate(before, weights, params, prompts);
    if (b.failure() != null) return;
    Run<GenerateResult> a = generate(after, weights, params, prompts);
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

  private static void compareSteps(Pass pass, Graph before, Graph after, Map<String, HostTensor> weights,
      Map<String, Double> params, int[][] prompts, long seed, PassContext ctx) {
    Random rnd = new Random(seed);
    for (int t = 0; t < STEP_TRIALS; t++) {
      StepInputs in = StepInputs.random(before, prompts, rnd);
      Run<List<HostTensor>> b = step(before, in, weights, params);
      if (b.failure() != null) continue;
      Run<List<HostTensor>> a = step(after, in, weights, params);
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
  }

  private static Run<List<HostTensor>> step(Graph g, StepInputs in, Map<String, HostTensor> weights,
      Map<String, Double> params) {
    return Run.of(() -> oracle().evalRegion(g.getGenerate().getStep(), in.args(), in.buffers(g, weights, params),
        in.sizes()));
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
