package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Assigns phases (the schedule's first stage, "assign-phases"): maps become parallel phases (a
 * thread per iteration, a block when the body nests a map or scan), scans loops run in lockstep,
 * views and data movement read in place cost nothing, everything else runs on the sequence's
 * owner block; a grid barrier goes only where a read could otherwise see a pending write
 * ({@link PlaceSynchronizationPass} without counters). Schedule passes refine it
 * ({@link GridSchedules}).
 */
public final class GridScheduler {
  private GridScheduler() {
  }

  public static GridSchedule schedule(Graph graph) {
    Region step = graph.getGenerate().getStep();
    return new GridSchedule(graph, PlaceSynchronizationPass.gridBarriersOnly().place(step, region(step)));
  }

  private static List<Phase> region(Region r) {
    List<Phase> out = new ArrayList<>();
    for (Node n : r.getNodes()) out.add(phaseOf(n));
    return out;
  }

  /** A body holding a map or scan (attention over keys) gets a block per iteration. */
  private static boolean nested(Node map) {
    return map.getRegions().get(0).getNodes().stream().anyMatch(n -> n.getOp() == Op.MAP || n.getOp() == Op.SCAN);
  }

  private static Phase phaseOf(Node n) {
    if (Access.seenThrough(n)) return new Phase.View(n);
    if (n.getOp() == Op.MAP) return new Phase.Parallel(n, nested(n) ? Phase.Mapping.BLOCK : Phase.Mapping.THREAD);
    if (n.getOp() == Op.SCAN) return new Phase.Loop(n, region(n.getRegions().get(0)));
    return new Phase.Serial(n);
  }
}
