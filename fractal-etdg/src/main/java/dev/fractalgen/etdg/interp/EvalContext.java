package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import java.util.Map;

/**
 * What stays fixed while one region is evaluated: the run-time sizes that shapes are evaluated
 * under, the buffers' values, the options, the observer and where in a generate call we are.
 */
record EvalContext(
    Map<String, Long> sizes,
    Map<Buffer, HostTensor> buffers,
    InterpreterOptions options,
    NodeObserver observer,
    int seq,
    int step) {

  EvalContext {
    sizes = Map.copyOf(sizes);
    buffers = Map.copyOf(buffers);
  }

  /**
   * The concrete shape of {@code v}'s declared type under {@link #sizes}.
   *
   * @param at the node blamed when a size is unbound or a dim negative; null for a region argument
   *     or buffer outside any node
   */
  long[] shapeOf(Value v, Node at) {
    return shapeOf(v, sizes, at);
  }

  /** The concrete shape of {@code v}'s declared type under {@code sizes}. */
  static long[] shapeOf(Value v, Map<String, Long> sizes, Node at) {
    long[] shape;
    try {
      shape = TensorType.of(v).evaluate(sizes);
    } catch (IllegalStateException e) {
      throw error(at, "shape of %" + v.getName() + ": " + e.getMessage());
    }
    for (long d : shape) {
      if (d < 0) throw error(at, "shape of %" + v.getName() + " has a negative dim under " + sizes);
    }
    return shape;
  }

  static InterpreterException error(Node at, String message) {
    return at == null ? new InterpreterException(message) : new InterpreterException(at, message);
  }
}
