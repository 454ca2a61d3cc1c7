package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrWalk;
import java.util.ArrayList;
import java.util.List;

/**
 * Contract: a staged warp phase gets {@code early} where its region has an earlier warp phase
 * with neither a warp phase nor a loop between them, and its rows' addresses are known by that
 * phase's end ({@link #earlyAllowed}): each warp starts copying its first row into its buffers
 * once it is done with that phase's items, instead of when the phase itself starts.
 *
 * <p>Why: a phase's first rows cost a whole DRAM round trip before its lanes have anything to sum,
 * and a barrier or a counter, the owners' serial work (a norm) and other blocks' phases (attention)
 * usually stand between two warp phases. Weight rows do not depend on what those compute, so they
 * travel meanwhile. The copy goes to the buffers of the warp itself, which no other phase uses in
 * between, and the rows summed and their order are unchanged.
 */
public final class CopyFirstRowsEarlyPass implements SchedulePass {
  @Override
  public String name() {
    return "copy-first-rows-early";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), mark(s.step()));
  }

  private static List<Phase> mark(List<Phase> phases) {
    List<Phase> out = new ArrayList<>();
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      if (p instanceof Phase.Loop loop) p = loop.withBody(mark(loop.body()));
      if (p instanceof Phase.Parallel par && earlyAllowed(phases, i)) p = par.withEarly(true);
      out.add(p);
    }
    return out;
  }

  /**
   * Whether {@code phases.get(i)} may copy its first rows early: a staged warp phase over a weight's
   * rows after an earlier warp phase of the same list, with no warp phase or loop between (its warps'
   * first items follow from where that phase's left off), whose rows' addresses are known when
   * that phase ends ({@link #knownBy}).
   */
  public static boolean earlyAllowed(List<Phase> phases, int i) {
    if (!(phases.get(i) instanceof Phase.Parallel par) || !isWarp(par) || par.staged() == 0
        || !StageWeightRowsPass.overWeightRows(par.node())) {
      return false;
    }
    int previous = previousWarp(phases, i);
    if (previous < 0) return false;
    // the views named by then (a view's phase binds it where it stands)
    List<Node> viewsBefore = new ArrayList<>();
    for (int j = 0; j < previous; j++) if (phases.get(j) instanceof Phase.View v) viewsBefore.add(v.node());
    return knownBy(IrWalk.firstIterated(par.node()), (Region) par.node().eContainer(), viewsBefore);
  }

  /**
   * The index of the warp phase of {@code phases} before {@code phases.get(i)}, whose end starts its
   * early copies: the nearest earlier one with no loop after it; -1 for none.
   */
  public static int previousWarp(List<Phase> phases, int i) {
    int previous = -1;
    for (int j = 0; j < i; j++) {
      if (phases.get(j) instanceof Phase.Loop) previous = -1;
      if (isWarp(phases.get(j))) previous = j;
    }
    return previous;
  }

  /** Whether {@code p} is a parallel phase run a warp an item. */
  public static boolean isWarp(Phase p) {
    return p instanceof Phase.Parallel w && w.mapping() == Phase.Mapping.WARP;
  }

  /**
   * Whether {@code v} is known wherever its region's phases run once {@code views} are: a weight,
   * param or argument (a scan's round, or a carry: ordered before a round's phases run, by the
   * round's barrier, or with owner rounds because no block but an owner works before the round's
   * first synchronization, {@link ScanRounds}), a value of an enclosing region (ordered before the
   * loop), or one of {@code views} over such values. Anything the region computes itself may still
   * be in flight.
   */
  static boolean knownBy(Value v, Region r, List<Node> views) {
    Node d = IrWalk.definingNode(v);
    if (d == null || d.eContainer() != r) return true;
    if (!Access.isView(d) || !views.contains(d)) return false;
    for (Use u : d.getOperands()) {
      if (!knownBy(u.getValue(), r, views)) return false;
    }
    return true;
  }
}
