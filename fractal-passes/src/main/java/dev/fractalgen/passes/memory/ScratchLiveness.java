package dev.fractalgen.passes.memory;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.schedule.Access;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.Phase;
import dev.fractalgen.passes.schedule.ReadInPlace;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each grid value of a schedule (an output of a node of the step or of a lockstep scan's
 * body) is written and last read, counted in grid barriers: epoch e is what runs between the e-th
 * and the (e+1)-th barrier of one step, loop bodies counted once. Two values whose epochs never
 * meet are separated by a barrier that every thread passes after reading the first and before
 * writing the second, so they may share storage. Counters do not separate epochs: a counter
 * orders only the writes it names, not other blocks' reads.
 *
 * <p>Inside one iteration of a parallel phase's map ({@link #ofBody}) the steps are the body's
 * nodes instead: one thread (or each lane of a warp) runs them in order, and a block meets at a
 * block barrier after each node it stores, so a value last read by node i may give its bytes to
 * one written by node j > i. A fused node is read where its reader computes it, with all it reads.
 * The body's results are read after its last node.
 */
public final class ScratchLiveness {
  /** Written in epoch {@code def}, last read in epoch {@code last}. */
  public record Interval(long def, long last) {
    /** Whether the two are live in a common epoch (then they may not share storage). */
    public boolean meets(Interval o) {
      return def <= o.last && o.def <= last;
    }
  }

  private final Map<Value, long[]> live = new LinkedHashMap<>();
  /** Nodes never stored (read in place, {@link ReadInPlace}; fused into their user): reading one reads its operands. */
  private final Set<Node> unstored;
  private long epoch;

  private ScratchLiveness(Set<Node> unstored) {
    this.unstored = unstored;
  }

  /** Every grid value of {@code s} in the order written, with its interval; {@code inPlace}: {@link ReadInPlace#of} of its graph. */
  public static Map<Value, Interval> of(GridSchedule s, Set<Node> inPlace) {
    Set<Node> unstored = new HashSet<>(inPlace);
    addFusedSiblings(s.step(), unstored);
    ScratchLiveness l = new ScratchLiveness(unstored);
    Region step = s.graph().getGenerate().getStep();
    l.region(s.step());
    // the step's results are read at its end (tokens, states); the sampled logits stay there after
    // a sequence's last step, for a caller that reads them back
    for (Use u : step.getResults()) l.read(u.getValue(), l.epoch);
    for (Node n : step.getNodes()) {
      if (n.getOp() == Op.SAMPLE) l.read(n.getOperands().get(0).getValue(), l.epoch + 1);
    }
    return l.intervals();
  }

  private static void addFusedSiblings(List<Phase> phases, Set<Node> out) {
    for (Phase p : phases) {
      out.addAll(Phase.fusedSiblings(p));
      if (p instanceof Phase.Loop loop) addFusedSiblings(loop.body(), out);
    }
  }

  /** Every stored value of one iteration of {@code p}'s map body, in the order written, with the body positions it is live in. */
  public static Map<Value, Interval> ofBody(Phase.Parallel p, Set<Node> inPlace) {
    Set<Node> unstored = new HashSet<>(inPlace);
    unstored.addAll(p.fused());
    ScratchLiveness l = new ScratchLiveness(unstored);
    Region body = p.node().getRegions().get(0);
    for (Node n : body.getNodes()) {
      for (Value v : Access.reads(n)) l.read(v, l.epoch);
      if (!Access.isView(n) && !unstored.contains(n)) for (Value o : n.getOutputs()) l.write(o);
      l.epoch++;
    }
    for (Use u : body.getResults()) l.read(u.getValue(), l.epoch);
    return l.intervals();
  }

  private Map<Value, Interval> intervals() {
    Map<Value, Interval> out = new LinkedHashMap<>();
    live.forEach((v, e) -> out.put(v, new Interval(e[0], e[1])));
    return out;
  }

  private void region(List<Phase> phases) {
    for (Phase p : phases) {
      if (p instanceof Phase.Barrier) {
        epoch++;
        continue;
      }
      if (Phase.isSync(p) || p instanceof Phase.View) continue;
      Node n = Phase.node(p);
      for (Value v : Access.reads(n)) read(v, epoch);
      if (p instanceof Phase.Loop loop) {
        // the carries are set before the barrier that starts the loop; the stacked rows are
        // written at each iteration's end: all are live through the whole loop
        for (Value o : n.getOutputs()) write(o);
        epoch++;
        region(loop.body());
        for (Use u : n.getRegions().get(0).getResults()) read(u.getValue(), epoch);
        // the iteration's barrier after the carries' copy (a block barrier where ScanRounds allows:
        // at a round's end only the owners work), and the one after the loop (always where
        // ScanRounds allows, else after an odd number of rounds, the last round's serving otherwise)
        epoch += 2;
        // what the body reads from outside is read again by every iteration
        for (Value v : Access.reads(n)) read(v, epoch);
        for (Value o : n.getOutputs()) read(o, epoch);
      } else if (!unstored.contains(n)) {
        for (Value o : n.getOutputs()) write(o);
      }
    }
  }

  private void write(Value v) {
    live.put(v, new long[] {epoch, epoch});
  }

  /** {@code v} is read in epoch {@code at}: through views, the storage they window; through a value read in place, its operands. */
  private void read(Value v, long at) {
    for (Value r : Access.roots(v)) {
      Node d = IrWalk.definingNode(r);
      if (d != null && unstored.contains(d)) {
        // its operands and what its body reads from around it (a fused map's body may read the block's values)
        for (Value o : Access.reads(d)) read(o, at);
        continue;
      }
      long[] e = live.get(r);
      if (e != null) e[1] = Math.max(e[1], at); // else a buffer, a state or a region argument: not scratch
    }
  }
}
