package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Region;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The reference interpreter: evaluates ETDG regions and whole generate loops exactly as
 * docs/etdg.md defines them, the oracle every pass and backend is checked against.
 *
 * <p>It favours being evidently right over speed: values are immutable {@link HostTensor}s, every
 * node output is checked against its declared type, and every run-time error is an
 * {@link InterpreterException} naming the node at fault. An instance holds no state between calls.
 */
public final class Interpreter {
  private final InterpreterOptions options;
  private final NodeObserver observer;

  public Interpreter() {
    this(InterpreterOptions.defaults(), NodeObserver.NONE);
  }

  public Interpreter(InterpreterOptions options) {
    this(options, NodeObserver.NONE);
  }

  /** An interpreter that reports every node's first output to {@code observer}. */
  public Interpreter(InterpreterOptions options, NodeObserver observer) {
    this.options = options;
    this.observer = observer;
  }

  public InterpreterOptions options() {
    return options;
  }

  /**
   * The results of {@code region} applied to {@code args}.
   *
   * @param buffers the values of the graph buffers the region reads (weights, params, sequence
   *     inputs); each is checked against its declared type
   * @param sizes the run-time sizes (e.g. {@code pos}, {@code P}) that symbolic shapes evaluate under
   */
  public List<HostTensor> evalRegion(Region region, List<HostTensor> args, Map<Buffer, HostTensor> buffers,
      Map<String, Long> sizes) {
    for (var e : buffers.entrySet()) {
      Buffer b = e.getKey();
      // A state's value is not of its declared type: an APPEND state's holds several rows.
      if (b.getKind() == BufferKind.STATE) continue;
      long[] shape = EvalContext.shapeOf(b, sizes, null);
      if (e.getValue().dtype() != b.getDtype() || !Arrays.equals(e.getValue().shape(), shape)) {
        throw new InterpreterException("buffer %" + b.getName() + " is declared " + HostTensor.typeString(b.getDtype(), shape)
            + " but was given " + e.getValue().typeString());
      }
    }
    EvalContext ctx = new EvalContext(sizes, buffers, options, observer, -1, -1);
    return new RegionEvaluator(ctx).evaluate(region, args, null, null);
  }

  /**
   * Runs the graph's generate loop for every prompt (sequences are independent).
   *
   * @param weights the WEIGHT buffers' values by buffer name; a tied weight may be left out
   * @param params PARAM values by buffer name; missing ones take the buffer's default
   * @param prompts one non-empty prompt per sequence
   * @param listener receives each emitted token; may be null
   * @throws InterpreterException before any step runs when a prompt is empty, a prompt length plus
   *     max_tokens exceeds an APPEND state's capacity, or a buffer value does not fit its buffer;
   *     while running, for any run-time error
   */
  public GenerateResult generate(Graph graph, Map<String, HostTensor> weights, Map<String, Double> params,
      int[][] prompts, TokenListener listener) {
    return new GenerateLoop(graph, options, observer)
        .run(weights, params, prompts, listener == null ? TokenListener.NONE : listener);
  }
}
