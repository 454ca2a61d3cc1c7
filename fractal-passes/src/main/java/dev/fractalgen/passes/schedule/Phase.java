package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import java.util.List;

/**
 * One entry of a grid region's schedule. Every thread of the persistent grid walks the same list;
 * what a thread does at each entry depends on the entry's kind.
 */
public sealed interface Phase {
  /** All threads of the grid wait until every thread has arrived; memory written before is visible after. */
  record Barrier() implements Phase {}

  /**
   * The node runs once per sequence on the sequence's owner block (owner(b) = b mod blocks); the
   * block's threads share its elements and meet at a block barrier before the next node.
   */
  record Serial(Node node) implements Phase {}

  /** A map node whose iterations (times the batch) are spread over every thread of the grid. */
  record Parallel(Node node) implements Phase {}

  /** A zero-copy node (reshape, leading-axis index): it only names part of another value's storage. */
  record View(Node node) implements Phase {}

  /**
   * A scan run by every thread in lockstep: each iteration runs {@code body}; the carry update
   * between iterations is serial and framed by two barriers, and a barrier follows the initial carry.
   */
  record Loop(Node node, List<Phase> body) implements Phase {}
}
