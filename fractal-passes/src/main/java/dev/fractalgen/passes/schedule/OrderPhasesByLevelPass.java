package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contract: each region's phases are reordered, stably, by level: the number of synchronizations
 * (grid barrier or counter) that must lie between the region's start and the phase, so phases
 * that depend on nothing pending share an epoch (a layer's q, k and v matrix rows after the norm;
 * both rotations after them). Synchronization is placed afresh, grid barriers only, for
 * {@code place-synchronization} to refine.
 *
 * <p>A phase reading what another wrote is one level above it, except a serial phase after a
 * serial one (its owner block's own barriers order them) and any reader through a view (a view
 * writes nothing), and a spread phase computed by two warp phases ({@code by}), which is on their
 * level. Values are written once, so any order that keeps these computes the same.
 */
public final class OrderPhasesByLevelPass implements SchedulePass {
  @Override
  public String name() {
    return "order-phases-by-level";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    Region step = s.graph().getGenerate().getStep();
    return new GridSchedule(s.graph(), PlaceSynchronizationPass.gridBarriersOnly().place(step, order(s.step())));
  }

  private static List<Phase> order(List<Phase> phases) {
    List<Phase> kept = new ArrayList<>();
    for (Phase p : phases) {
      if (Phase.isSync(p)) continue;
      kept.add(p instanceof Phase.Loop loop ? new Phase.Loop(loop.node(), order(loop.body())) : p);
    }
    Map<Value, Phase> writer = new HashMap<>();
    Map<Phase, Integer> level = new HashMap<>();
    for (Phase p : kept) {
      Node n = Phase.node(p);
      int l = 0;
      // through views: a view's level is that of what it windows, and its readers see the roots
      for (Value v : p instanceof Phase.View ? n.getOperands().stream().map(u -> u.getValue()).toList() : List.copyOf(Phase.reads(p))) {
        for (Value root : Access.roots(v)) {
          Phase w = writer.get(root);
          if (w == null) continue;
          boolean ordered = p instanceof Phase.View || (w instanceof Phase.Serial && p instanceof Phase.Serial);
          l = Math.max(l, level.get(w) + (ordered ? 0 : 1));
        }
      }
      // a spread phase computed by two warp phases keeps their level, so it stays right after them
      if (p instanceof Phase.Spread sp) for (Node by : sp.by()) l = Math.max(l, level.get(writer.get(by.getOutputs().get(0))));
      level.put(p, l);
      for (Value o : n.getOutputs()) writer.put(o, p);
    }
    List<Phase> out = new ArrayList<>(kept);
    out.sort(Comparator.comparingInt(level::get));
    return out;
  }
}
