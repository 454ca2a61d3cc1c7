package dev.fractalgen.passes.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Contract: says whether a round of a lockstep scan with a given body may end without a grid
 * barrier, because only the sequences' owner blocks work at the round's edges
 * ({@link EndScanRoundsOnOwnersPass} marks such loops, the checker refuses the mark elsewhere).
 *
 * <p>That holds when, from the body's start to its first barrier, only the owners' serial phases
 * (not replicated ones) and views run (other blocks have nothing to do there), and after the
 * body's last barrier or arrival only the owners' serial phases, views and waits do, a wait for
 * that arrival among them. Between the last phase
 * every block takes part in and the next round's first barrier, only an owner then touches its
 * sequence's values, in its own order: the copies of the carries and the stacked rows at the
 * round's end included. The carries alternate between two buffers, so no block still reads the one
 * a round writes. ScratchLiveness counts a body once, so a value of a round's last phases may share
 * bytes with one of the next round's first: the owner writes the latter only after every block's
 * accesses to the former (they came before the barrier, or before the arrival it waited for).
 */
public final class ScanRounds {
  private ScanRounds() {
  }

  public static boolean endWithoutBarrier(List<Phase> body) {
    int first = 0;
    while (first < body.size() && ownerOnly(body.get(first))) first++;
    if (first == body.size() || !(body.get(first) instanceof Phase.Barrier)) return false;
    int last = body.size() - 1;
    List<Phase.Wait> waits = new ArrayList<>();
    while (last > first && (ownerOnly(body.get(last)) || body.get(last) instanceof Phase.Wait)) {
      if (body.get(last) instanceof Phase.Wait w) waits.add(w);
      last--;
    }
    Phase edge = body.get(last);
    if (edge instanceof Phase.Barrier) return true;
    // an arrival orders what its block did before it for those that wait for it
    return edge instanceof Phase.Arrive a && waits.stream().anyMatch(w -> w.values().equals(a.values()));
  }

  private static boolean ownerOnly(Phase p) {
    return Phase.ownersOnly(p) || p instanceof Phase.View;
  }
}
