package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Value;
import java.util.List;

/**
 * One entry of a grid region's schedule. Every thread of the persistent grid walks the same list;
 * what a thread does at each entry depends on the entry's kind.
 */
public sealed interface Phase {
  /** The node {@code p} runs, or null for synchronization. */
  static Node node(Phase p) {
    return switch (p) {
      case Serial s -> s.node();
      case Parallel s -> s.node();
      case Spread s -> s.node();
      case View s -> s.node();
      case Loop s -> s.node();
      case Barrier b -> null;
      case Arrive a -> null;
      case Wait w -> null;
    };
  }

  /** Whether {@code p} only orders memory (a barrier or either side of a counter) and runs no node. */
  static boolean isSync(Phase p) {
    return p instanceof Barrier || p instanceof Arrive || p instanceof Wait;
  }

  /** All threads of the grid wait until every thread has arrived; memory written before is visible after. */
  record Barrier() implements Phase {}

  /**
   * A dataflow counter's producer side: once its threads have finished every phase before this
   * one, each block counts itself on the counter named by {@code values} and goes on without
   * waiting. The values name what the counter publishes; each is written by an earlier phase of
   * the same region.
   */
  record Arrive(List<Value> values) implements Phase {
    public Arrive {
      values = List.copyOf(values);
    }
  }

  /**
   * A dataflow counter's consumer side: the blocks wait until every block has arrived on the
   * counter of the same {@code values} in this run of the region, so the values are then visible
   * to them (runs of a region are separated by grid barriers, so no block is a run ahead). With {@code owners} only blocks that own a sequence wait; the others have no
   * serial work to order and go on.
   */
  record Wait(List<Value> values, boolean owners) implements Phase {
    public Wait {
      values = List.copyOf(values);
    }
  }

  /**
   * The node runs once per sequence on the sequence's owner block (owner(b) = b mod blocks); the
   * block's threads share its elements and meet at a block barrier before the next node. The
   * {@code fused} nodes (elementwise, of the same region) are never stored: the node computes each
   * of their elements where it reads it (a norm's scale straight into its scaled vector). With
   * {@code replicated} ({@link ReplicateSerialPhasesPass}) and a batch of one sequence, every block
   * runs it, each writing the same values, so that a block's next phases read what it wrote itself;
   * with more sequences the owners run it and a grid barrier follows a run of such phases (each
   * block computing every sequence in turn was slower than that barrier).
   */
  record Serial(Node node, List<Node> fused, boolean replicated) implements Phase {
    public Serial {
      fused = List.copyOf(fused);
    }

    public Serial(Node node, List<Node> fused) {
      this(node, fused, false);
    }

    public Serial(Node node) {
      this(node, List.of());
    }

    /** This phase run by every block ({@code true}) or by the owners. */
    public Serial withReplicated(boolean all) {
      return new Serial(node, fused, all);
    }
  }

  /** Whether {@code p} runs on the owner blocks alone: a serial phase that is not replicated. */
  static boolean ownersOnly(Phase p) {
    return p instanceof Serial s && !s.replicated();
  }

  /**
   * What {@code p} reads: its node's reads, and those of the nodes fused into it, but no fused value
   * itself, nor a value of the phases a spread phase is computed {@code by} (their warps wrote it).
   */
  static java.util.Set<Value> reads(Phase p) {
    Node n = node(p);
    List<Node> fused = fusedSiblings(p);
    List<Node> by = p instanceof Spread s ? s.by() : List.of();
    if (fused.isEmpty() && by.isEmpty()) return Access.reads(n);
    java.util.Set<Value> out = new java.util.LinkedHashSet<>(Access.reads(n));
    for (Node f : fused) out.addAll(Access.reads(f));
    for (Node f : fused) out.removeAll(f.getOutputs());
    for (Node f : by) out.removeAll(f.getOutputs());
    return out;
  }

  /**
   * The nodes of {@code p}'s own region fused into it (a serial or a spread phase's); a parallel
   * map's fused nodes are of its body, and none here.
   */
  static List<Node> fusedSiblings(Phase p) {
    return switch (p) {
      case Serial s -> s.fused();
      case Spread s -> s.fused();
      default -> List.of();
    };
  }

  /**
   * A map node whose iterations (times the batch) are spread over the grid, one iteration per
   * thread, warp or block as {@code mapping} says. The {@code fused} nodes of its body are never
   * stored: each element is computed where its one user reads it. With {@code vector} W > 0 (warp
   * phases only), the lanes read each W-element chunk of the body's sum as one vector load where
   * the chunk is whole; 0: element by element. With {@code staged} B > 0 (warp phases over a
   * weight's rows only), a machine that copies memory asynchronously gives each warp B row
   * buffers in shared memory and copies its next row there while the lanes read the current one;
   * 0, or a machine without such copies: the lanes load the rows themselves; {@code early} (a staged
   * phase only): each warp starts copying its first row once it is done with the region's previous
   * warp phase, so the row travels during the synchronization between them
   * ({@link CopyFirstRowsEarlyPass}). With {@code prefetch}
   * (warp phases over a weight's rows that are not staged), a warp asks L2 for its next item's row
   * ({@link PrefetchNextRowsPass}). With {@code soloRows} R > 1 (text {@code rows(R)}; warp phases
   * that could be batched; {@link TakeRowsTogetherPass}), a kernel that does not run the phase
   * batched has a warp take R consecutive rows for one sequence at once, loaded by its lanes (a
   * {@code staged} or {@code early} mark then does not apply), each chunk of the sequence's
   * activations loaded once for the R rows. With {@code batched} G > 0 (warp phases over rows the same for
   * every sequence), the bundle's kernel for batches of at least G has a warp take a row for G
   * sequences at once, each chunk of the row loaded once for all of them
   * ({@link ShareRowsAcrossSequencesPass}), or, with {@code rows} R > 1, R consecutive rows for
   * them, each chunk of a sequence's activations loaded once for all R rows; its other kernel runs
   * the phase item by item. The {@code columns} sums of a block
   * phase's body are summed by its threads in columns ({@link SumByColumnsPass}).
   */
  record Parallel(Node node, Mapping mapping, List<Node> fused, int vector, int staged, boolean early, boolean prefetch, int soloRows,
      int batched, int rows, List<Node> columns)
      implements Phase {
    public Parallel {
      fused = List.copyOf(fused);
      columns = List.copyOf(columns);
    }

    public Parallel(Node node, Mapping mapping) {
      this(node, mapping, List.of(), 0, 0, false, false, 0, 0, 0, List.of());
    }

    public Parallel withMapping(Mapping m) {
      return new Parallel(node, m, fused, vector, staged, early, prefetch, soloRows, batched, rows, columns);
    }

    public Parallel withFused(List<Node> f) {
      return new Parallel(node, mapping, f, vector, staged, early, prefetch, soloRows, batched, rows, columns);
    }

    public Parallel withVector(int w) {
      return new Parallel(node, mapping, fused, w, staged, early, prefetch, soloRows, batched, rows, columns);
    }

    public Parallel withStaged(int buffers) {
      return new Parallel(node, mapping, fused, vector, buffers, early, prefetch, soloRows, batched, rows, columns);
    }

    public Parallel withEarly(boolean first) {
      return new Parallel(node, mapping, fused, vector, staged, first, prefetch, soloRows, batched, rows, columns);
    }

    public Parallel withPrefetch(boolean next) {
      return new Parallel(node, mapping, fused, vector, staged, early, next, soloRows, batched, rows, columns);
    }

    /** Batched over {@code sequences} sequences and {@code n} rows at once (0, 0: not batched). */
    public Parallel withBatched(int sequences, int n) {
      return new Parallel(node, mapping, fused, vector, staged, early, prefetch, soloRows, sequences, n, columns);
    }

    /** With {@code n} rows at once for one sequence in the kernel for every batch (0: one at a time). */
    public Parallel withSoloRows(int n) {
      return new Parallel(node, mapping, fused, vector, staged, early, prefetch, n, batched, rows, columns);
    }

    public Parallel withColumns(List<Node> sums) {
      return new Parallel(node, mapping, fused, vector, staged, early, prefetch, soloRows, batched, rows, sums);
    }
  }

  /**
   * An elementwise node whose (sequence, element) items are spread over the grid's threads, one
   * element per thread. The {@code fused} nodes (elementwise, of the same region) are computed
   * where it reads them, as a serial phase's. With {@code by} two warp phases (text
   * {@code by(%a, %b)}; {@link ElementwiseAfterRowsPass}), the two phases right before it, whose
   * items go to the same warps, compute its elements instead: after each item of the second, the
   * warp computes the elements at the item's rows, reading the two phases' values there, which it
   * wrote itself.
   */
  record Spread(Node node, List<Node> fused, List<Node> by) implements Phase {
    public Spread {
      fused = List.copyOf(fused);
      by = List.copyOf(by);
    }

    public Spread(Node node, List<Node> fused) {
      this(node, fused, List.of());
    }
  }

  /** What runs one iteration of a parallel map. */
  enum Mapping {
    /** One thread runs the whole body. */
    THREAD,
    /**
     * The threads of a warp run the body together: its one sum (in a tree order of as many lanes
     * as the warp has) is split over them, everything else each of them computes alike. Targets
     * without warp shuffles run such an iteration on one thread, in the same order.
     */
    WARP,
    /** A block runs the body: its nodes are shared by the block's threads, inner maps spread over them. */
    BLOCK
  }

  /** A zero-copy node (reshape, leading-axis index): it only names part of another value's storage. */
  record View(Node node) implements Phase {}

  /**
   * A scan run by every thread in lockstep: each iteration runs {@code body}, then its owner blocks
   * copy the new carries into the carries' other buffers (a carry has two, taken in turn) and a
   * barrier follows; a barrier also follows the initial carry. With {@code ownerRounds}
   * ({@link EndScanRoundsOnOwnersPass}) that barrier is the owner blocks' own, and a grid barrier
   * follows the loop instead.
   */
  record Loop(Node node, List<Phase> body, boolean ownerRounds) implements Phase {
    public Loop(Node node, List<Phase> body) {
      this(node, body, false);
    }

    /** This loop with {@code phases} as its body. */
    public Loop withBody(List<Phase> phases) {
      return new Loop(node, phases, ownerRounds);
    }
  }
}
