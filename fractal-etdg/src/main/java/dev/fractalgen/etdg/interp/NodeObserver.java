package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Node;

/**
 * Sees the first output of every node the interpreter evaluates, right after its evaluation: the
 * way tests read intermediate values (a step's logits, a state's length) without changing the graph.
 *
 * <p>A node inside a map or scan region is reported once per iteration.
 */
@FunctionalInterface
public interface NodeObserver {
  /** Does nothing. */
  NodeObserver NONE = (seq, step, node, firstOutput) -> { };

  /**
   * @param seq the sequence's index in the batch; -1 under {@link Interpreter#evalRegion}
   * @param step the step's position {@code pos}; -1 under {@link Interpreter#evalRegion}
   */
  void onNode(int seq, int step, Node node, HostTensor firstOutput);

  /** This observer, then {@code next}, on every node. */
  default NodeObserver andThen(NodeObserver next) {
    return (seq, step, node, value) -> {
      onNode(seq, step, node, value);
      next.onNode(seq, step, node, value);
    };
  }
}
