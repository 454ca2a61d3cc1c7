package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.passes.memory.Bounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contract: in a lockstep scan's body, a serial phase of elementwise nodes and reductions is
 * replicated (at batch 1, run by every block) when every value of the body it reads was
 * written by a parallel or spread phase or by another replicated phase, and some value it writes
 * is read by a parallel or spread phase or by another replicated phase, and the run of replicated
 * phases it belongs to writes at most {@link #MAX_BYTES} a sequence.
 *
 * <p>A carry is visible to every block there: a round's values are copied into it at the end of the
 * round before, and a grid barrier follows, the round's end or its first barrier
 * ({@link ScanRounds}). Serial phases before the body's first parallel or spread phase stay the
 * owners' (see {@link #body}).
 *
 * <p>Why: such a phase (a residual add and the norm after it, SwiGLU's product) waits for the
 * parallel phase before it and feeds the one after. Run by the owners, it needs a counter's wait on
 * the owners and then a grid barrier that hands its result to every block: two synchronizations
 * in a row. Replicated, every block waits for the counter and computes the same values itself, and
 * its next phases read what the block wrote: one synchronization, a grid barrier fewer. The values
 * are the same on every block (the same code on the same inputs), so their writes to the same
 * places agree. Run before {@link PlaceSynchronizationPass}, which then orders a replicated phase's
 * reads by a counter that every block waits for.
 */
public final class ReplicateSerialPhasesPass implements SchedulePass {
  @Override
  public String name() {
    return "replicate-serial-phases";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), s.step().stream().map(p -> p instanceof Phase.Loop loop ? loop.withBody(body(loop.body())) : p).toList());
  }

  /** {@code phases} (a loop body) with the contract's serial phases replicated. */
  private static List<Phase> body(List<Phase> phases) {
    // what a phase reads is named by its roots (Access: a view stands for what it views), and a
    // fused node's value is read only inside its own phase
    Map<Value, Phase> writer = new HashMap<>();
    for (Phase p : phases) {
      if (Phase.isSync(p) || p instanceof Phase.View) continue;
      for (Value v : Access.writes(Phase.node(p))) writer.put(v, p);
    }
    // the phases before the first that every block runs stay the owners': replicated there, they
    // would have every block work at a round's start, and each round end on a grid barrier again
    // (EndScanRoundsOnOwnersPass) instead of one fewer
    Set<Phase> chosen = new HashSet<>();
    boolean started = false;
    for (Phase p : phases) {
      started |= p instanceof Phase.Parallel || p instanceof Phase.Spread;
      if (started && p instanceof Phase.Serial s && valuesOnly(s) && bytes(s) >= 0) chosen.add(p);
    }
    // drop the phases that fail a condition until none does: each drop may fail another
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Phase p : List.copyOf(chosen)) {
        if (!readsOnlyAll(p, writer, chosen) || !feedsAll(p, phases, chosen)) {
          chosen.remove(p);
          changed = true;
        }
      }
      for (List<Phase> run : runs(phases, chosen)) {
        if (run.stream().mapToLong(ReplicateSerialPhasesPass::bytes).sum() > MAX_BYTES) {
          run.forEach(chosen::remove);
          changed = true;
        }
      }
    }
    List<Phase> out = new ArrayList<>();
    for (Phase p : phases) out.add(chosen.contains(p) ? ((Phase.Serial) p).withReplicated(true) : p);
    return out;
  }

  /**
   * The most bytes a run of replicated phases (those between two other phases) may write for a
   * sequence: every block writes them to the same places, in place of the one grid barrier the run
   * saves. Measured on an H200 (docs/benchmarks.md, "Serial phases on every block"): runs of 2.3
   * and 3 KiB (the stories15M shape's norm, its SwiGLU product) were faster than the barrier, runs
   * of 6 and 16 KiB (the stories110M and Llama-3.2-1B shapes' norms) slower.
   */
  public static final long MAX_BYTES = 4096;

  /**
   * Whether {@code s} and its fused nodes compute values only (elementwise nodes and reductions),
   * each output stored once from registers, so that every block writes the same bits: what a
   * replicated phase may run (the checker asks it too). A sample, say, sorts in scratch shared by
   * the blocks that would run it.
   */
  public static boolean valuesOnly(Phase.Serial s) {
    List<Node> nodes = new ArrayList<>(s.fused());
    nodes.add(s.node());
    return nodes.stream().allMatch(n -> FuseElementwiseProducersPass.elementwise(n) || n.getOp() == Op.REDUCE);
  }

  /** The bytes {@code p}'s node writes for a sequence, -1 when a shape is known only at run time. */
  private static long bytes(Phase p) {
    long total = 0;
    for (Value v : Phase.node(p).getOutputs()) {
      long elements = Bounds.elementBytes(v.getDtype());
      for (DimExpr d : TensorType.of(v).shape()) {
        if (!d.isConstant()) return -1;
        elements *= d.constant();
      }
      total += elements;
    }
    return total;
  }

  /** The runs of consecutive {@code chosen} phases of {@code phases} (views do not break a run). */
  private static List<List<Phase>> runs(List<Phase> phases, Set<Phase> chosen) {
    List<List<Phase>> out = new ArrayList<>();
    List<Phase> run = new ArrayList<>();
    for (Phase p : phases) {
      if (p instanceof Phase.View) continue;
      if (chosen.contains(p)) {
        run.add(p);
        continue;
      }
      if (!run.isEmpty()) out.add(run);
      run = new ArrayList<>();
    }
    if (!run.isEmpty()) out.add(run);
    return out;
  }

  /** Whether each value of the body that {@code p} reads is written by a phase every block runs. */
  private static boolean readsOnlyAll(Phase p, Map<Value, Phase> writer, Set<Phase> chosen) {
    for (Value v : Phase.reads(p)) {
      Phase w = writer.get(v);
      if (w != null && !everyBlock(w, chosen)) return false;
    }
    return true;
  }

  /** Whether some phase every block runs, other than {@code p}, reads a value {@code p} writes. */
  private static boolean feedsAll(Phase p, List<Phase> phases, Set<Phase> chosen) {
    Set<Value> written = new HashSet<>(Access.writes(Phase.node(p)));
    for (Phase q : phases) {
      if (q == p || Phase.isSync(q) || !everyBlock(q, chosen)) continue;
      for (Value v : Phase.reads(q)) if (written.contains(v)) return true;
    }
    return false;
  }

  private static boolean everyBlock(Phase p, Set<Phase> chosen) {
    return p instanceof Phase.Parallel || p instanceof Phase.Spread || chosen.contains(p);
  }
}
