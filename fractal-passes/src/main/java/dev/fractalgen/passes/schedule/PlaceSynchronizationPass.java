package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contract: every read is ordered after the writes it could see: a serial reader (and a region's
 * results) of values that parallel phases wrote waits on a counter that the blocks arrive on right
 * after the last of those writers, on the owner blocks only (on every block for a replicated
 * serial phase, whose own writes are never pending); any other reader of a pending write
 * (a parallel phase, a loop) follows a grid barrier, which orders every pending write. The
 * synchronization found is replaced.
 */
public final class PlaceSynchronizationPass implements SchedulePass {
  private final boolean counters;

  public PlaceSynchronizationPass() {
    this(true);
  }

  private PlaceSynchronizationPass(boolean counters) {
    this.counters = counters;
  }

  /** The same placement with grid barriers only: how phases are first synchronized ({@link GridScheduler}). */
  static PlaceSynchronizationPass gridBarriersOnly() {
    return new PlaceSynchronizationPass(false);
  }

  @Override
  public String name() {
    return "place-synchronization";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), place(s.graph().getGenerate().getStep(), s.step()));
  }

  List<Phase> place(Region r, List<Phase> phases) {
    List<Phase> out = new ArrayList<>();
    Hazards pending = new Hazards();
    Map<Value, Phase> writer = new HashMap<>();
    for (Phase p : phases) {
      if (Phase.isSync(p)) continue;
      Node n = Phase.node(p);
      boolean serialReader = Phase.ownersOnly(p);
      boolean replicated = p instanceof Phase.Serial && !serialReader;
      if (!(p instanceof Phase.View)) order(out, pending, writer, pending.conflicts(Phase.reads(p), serialReader), serialReader, replicated);
      if (p instanceof Phase.Loop loop) {
        out.add(loop.withBody(place(n.getRegions().get(0), loop.body())));
        pending.clear(); // the loop ends with barriers
        continue;
      }
      out.add(p);
      // a replicated phase's writes are its own block's to read: none is pending for another
      if (!replicated) pending.wrote(Access.writes(n), serialReader);
      for (Value v : Access.writes(n)) writer.put(v, p);
    }
    // the region's results are read serially (state update, carry update, token handling)
    order(out, pending, writer, pending.conflicts(Access.results(r), true), true, false);
    return out;
  }

  /**
   * Appends to {@code out} what orders a reader of {@code conflicts} after their writes: a counter
   * for a serial reader (waited for by the owners, or by every block for a {@code replicated}
   * phase, whose conflicts must then all be parallel writes), else a grid barrier.
   */
  private void order(List<Phase> out, Hazards pending, Map<Value, Phase> writer, List<Value> conflicts, boolean serialReader, boolean replicated) {
    if (conflicts.isEmpty()) return;
    if (!counters || !(serialReader || replicated) || (replicated && conflicts.stream().anyMatch(pending::ownersOnly))) {
      out.add(new Phase.Barrier());
      pending.clear();
      return;
    }
    int after = 0;
    for (Value v : conflicts) after = Math.max(after, indexOf(out, writer.get(v)) + 1);
    out.add(after, new Phase.Arrive(conflicts));
    out.add(new Phase.Wait(conflicts, !replicated));
    if (replicated) pending.published(conflicts);
    else pending.publishedToOwners(conflicts);
  }

  private static int indexOf(List<Phase> phases, Phase p) {
    for (int i = 0; i < phases.size(); i++) if (phases.get(i) == p) return i;
    throw new IllegalStateException("the writer of a pending value is not in its region");
  }
}
