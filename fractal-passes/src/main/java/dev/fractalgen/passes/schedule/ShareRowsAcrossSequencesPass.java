package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrWalk;

/**
 * Contract: a warp phase over the same weight rows for every sequence ({@link #sharable}) is
 * batched({@link #SEQUENCES}x{@link #ROWS}), or x{@link #ROWS_OF_MANY} with {@link #MANY_ROWS} rows
 * or more: in the kernel a bundle has for batches of at least that many sequences, a warp takes
 * that many consecutive rows for that many sequences at once, loading and widening each chunk of
 * a row once for all the sequences and each chunk of a sequence's activations once for all the
 * rows, and folding them into every (row, sequence) sum, each sum in its own order.
 *
 * <p>Why: with a warp per (row, sequence), a batch of eight loads, widens and multiplies every row
 * eight times; at batch 8 the Llama-3.2-1B step was bound by those instructions (Nsight Compute:
 * the bf16 conversions of weights were the hottest instructions), not by memory. What each
 * sequence's sum adds, and in which order, is unchanged. Four sequences at once measured faster
 * than eight (their registers: H200, 2026-12-03, docs/benchmarks.md). A row at a time, each
 * (row, sequence) pair still loaded that sequence's activations for every row, from L1 or L2:
 * eight times the row's own bytes; two rows at once (four for Llama's 8192 gate and up rows and
 * the classifier's) took the 1B step at batch 8 from 4211 to 2668 us and at batch 32 from 14903
 * to 8115 (docs/benchmarks.md, "Several rows at once").
 */
public final class ShareRowsAcrossSequencesPass implements SchedulePass {
  /** The sequences a warp takes a row for at once: each holds an accumulator and a chunk of activations in registers. */
  public static final int SEQUENCES = 4;
  /** The most sequences a schedule may batch (the checker's bound): their registers grow with them. */
  public static final int MAX_SEQUENCES = 16;
  /**
   * The consecutive rows a warp takes for its sequences at once: each chunk of a sequence's
   * activations is then loaded once for all of them, and a lane's loads of a chunk of the rows
   * and of the activations feed rows times sequences products instead of sequences.
   */
  public static final int ROWS = 2;
  /** The rows at once of a phase of at least {@link #MANY_ROWS} rows. */
  public static final int ROWS_OF_MANY = 4;
  /**
   * Rows from which a phase takes {@link #ROWS_OF_MANY} at once. With fewer, four at a time leave
   * too few items for the grid's warps at batch 8 (Llama-3.2-1B's 2048 q or o rows: 512 groups of
   * four rows, 1024 items for two groups of sequences, on 2112 warps).
   */
  public static final long MANY_ROWS = 8192;
  /** The most rows a schedule may take at once (the checker's bound). */
  public static final int MAX_ROWS = 8;
  /** The most sums (rows times sequences) a warp may fold at once: each holds an accumulator in every lane. */
  public static final int MAX_SUMS = 32;

  @Override
  public String name() {
    return "share-rows-across-sequences";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), SchedulePass.rewrite(s.step(), p ->
        p instanceof Phase.Parallel par && sharable(par) ? par.withBatched(SEQUENCES, rowsAtOnce(par.node())) : p));
  }

  /** The rows a warp takes at once for its sequences in {@code map}'s batched phase. */
  static int rowsAtOnce(Node map) {
    return knownRows(map) >= MANY_ROWS ? ROWS_OF_MANY : ROWS;
  }

  /** The rows of {@code map}'s first iterated operand, -1 when not known when compiling (or it has none). */
  static long knownRows(Node map) {
    Value rows = IrWalk.firstIterated(map);
    if (rows == null) return -1;
    Dim d = rows.getShape().get(0);
    return d.getTerms().isEmpty() ? d.getConstant() : -1;
  }

  /**
   * The smallest batch a batched kernel serves: the largest group of {@code s}'s batched warp
   * phases, 0 when it has none (then no batched kernel is worth compiling).
   */
  public static int batchedFrom(GridSchedule s) {
    return batchedFrom(s.step());
  }

  private static int batchedFrom(java.util.List<Phase> phases) {
    int g = 0;
    for (Phase p : phases) {
      if (p instanceof Phase.Parallel par) g = Math.max(g, par.batched());
      if (p instanceof Phase.Loop l) g = Math.max(g, batchedFrom(l.body()));
    }
    return g;
  }

  /**
   * Whether {@code par} may be batched: a warp phase loading its sum's chunks as vectors, whose
   * first iterated operand is a weight's rows chosen by values the same for every sequence
   * ({@link #sameForEverySequence}), whose body's other nodes are views or fused into it, and
   * whose sum runs over a one-dimensional value of a length known when compiling, a whole number of
   * chunks.
   */
  public static boolean sharable(Phase.Parallel par) {
    Node map = par.node();
    if (par.mapping() != Phase.Mapping.WARP || par.vector() == 0 || !MapIterationsToWarpsPass.eligible(map)) return false;
    if (!StageWeightRowsPass.overWeightRows(map) || !sameForEverySequence(IrWalk.firstIterated(map))) return false;
    Region body = map.getRegions().get(0);
    Node sum = body.getNodes().get(body.getNodes().size() - 1);
    for (Node n : body.getNodes()) {
      if (n != sum && !Access.isView(n) && !par.fused().contains(n)) return false;
    }
    Value x = sum.getOperands().get(0).getValue();
    return x.getShape().size() == 1 && x.getShape().get(0).getTerms().isEmpty() && x.getShape().get(0).getConstant() % par.vector() == 0;
  }

  /**
   * Whether {@code v} has the same value for every sequence of a batch at any moment of a step: a
   * weight, a param, a constant, an iota, a view or an elementwise node of such values, or the
   * iterated argument of a scan over such a value (the grid runs a scan's rounds in lockstep, so
   * every sequence is in the same round). Sequence inputs, states and scan carries may differ.
   */
  public static boolean sameForEverySequence(Value v) {
    if (v instanceof Buffer b) return b.getKind() == BufferKind.WEIGHT || b.getKind() == BufferKind.PARAM;
    if (v instanceof Arg a) {
      Node owner = a.eContainer() instanceof Region r && r.eContainer() instanceof Node n ? n : null;
      if (owner == null || owner.getOp() != Op.SCAN || !a.isIterated()) return false;
      int k = ((Region) a.eContainer()).getArgs().indexOf(a);
      return sameForEverySequence(owner.getOperands().get(k).getValue());
    }
    Node d = IrWalk.definingNode(v);
    if (d == null) return false;
    if (d.getOp() == Op.CONST || d.getOp() == Op.IOTA) return true;
    if (!Access.isView(d) && !FuseElementwiseProducersPass.elementwise(d)) return false;
    for (Use u : d.getOperands()) {
      if (!sameForEverySequence(u.getValue())) return false;
    }
    return true;
  }
}
