package dev.fractalgen.passes.validate;

import dev.fractalgen.etdg.interp.GenerateResult;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.passes.InternalCompilerError;
import dev.fractalgen.passes.PassCheck;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.PassManager;
import dev.fractalgen.passes.Pipelines;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Checks that passes keep what a graph computes: the reference interpreter runs the graph before
 * and after every pass, and the outputs must be identical, floats bit for bit ({@link
 * HostTensor#equals}: NaN equals NaN, -0 differs from 0).
 *
 * <p>Two comparisons per pass: the whole generate loop on the given prompts (tokens, stop reasons
 * and step counts), and the step region alone on {@link #STEP_TRIALS} seeded random inputs (every
 * result: next token, status and the state values). Where the graph before a pass fails on an
 * input, the pass may make it run (infer-shapes typing it); the reverse is an error.
 */
public final class TranslationValidation {
  /** Random step evaluations per pass. */
  public static final int STEP_TRIALS = 8;

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
    Checker checker = new Checker(weights, params, prompts, seed);
    pipeline.run(work, PassContext.verifying().withCheck(checker));
    Checker.Run<GenerateResult> end = checker.generate(work);
    if (end.failure() != null) {
      throw new IllegalArgumentException("the optimized graph does not run on these inputs, so no pass"
          + " was validated: " + end.failure().getMessage(), end.failure());
    }
    return work;
  }

  /** The check to put in a {@link PassContext} of one compilation: compares each pass's input and output. */
  public static PassCheck checker(Map<String, HostTensor> weights, Map<String, Double> params, int[][] prompts,
      long seed) {
    return new Checker(weights, params, prompts, seed);
  }

  /** Standard normal values times 0.1 (i32: values in [0, 4)) for every untied weight of {@code g}, by name. */
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
}
