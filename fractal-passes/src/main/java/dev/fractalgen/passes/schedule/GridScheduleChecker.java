package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a grid schedule: every node of every grid region appears once, in order, under the kind
 * it needs, and every read of storage written in the same step is ordered after the write by the
 * writer's own order (serial after serial on the owner block) or by a grid barrier.
 */
public final class GridScheduleChecker {
  private final EtdgPrinter names;
  private final List<String> problems = new ArrayList<>();

  private GridScheduleChecker(GridSchedule s) {
    this.names = new EtdgPrinter(s.graph());
  }

  /** Every problem found, empty for a sound schedule. */
  public static List<String> problems(GridSchedule s) {
    GridScheduleChecker c = new GridScheduleChecker(s);
    c.region(s.graph().getGenerate().getStep(), s.step(), "step");
    return c.problems;
  }

  private void region(Region r, List<Phase> phases, String where) {
    Hazards pending = new Hazards();
    Set<Node> seen = new HashSet<>();
    int next = 0;
    for (Phase p : phases) {
      if (p instanceof Phase.Barrier) {
        pending.clear();
        continue;
      }
      Node n = node(p);
      if (next >= r.getNodes().size() || r.getNodes().get(next) != n || !seen.add(n)) {
        problems.add(where + ": " + describe(n) + " is out of order or not of this region");
        continue;
      }
      next++;
      checkKind(p, n, where);
      boolean serialReader = p instanceof Phase.Serial;
      if (!(p instanceof Phase.View)) {
        Value v = pending.conflict(Access.reads(n), serialReader);
        if (v != null) problems.add(where + ": " + describe(n) + " reads " + names.name(v) + " before a barrier orders its write");
      }
      if (p instanceof Phase.Loop loop) {
        region(n.getRegions().get(0), loop.body(), where + " > scan " + names.name(n.getOutputs().get(0)));
        pending.clear();
      } else {
        pending.wrote(Access.writes(n), serialReader);
      }
    }
    if (next != r.getNodes().size()) problems.add(where + ": " + (r.getNodes().size() - next) + " nodes are not scheduled");
    Value v = pending.conflict(Access.results(r), true);
    if (v != null) problems.add(where + ": the results read " + names.name(v) + " before a barrier orders its write");
  }

  private void checkKind(Phase p, Node n, String where) {
    boolean ok = switch (p) {
      case Phase.View v -> Access.isView(n);
      case Phase.Parallel par -> n.getOp() == Op.MAP
          && (par.mapping() != Phase.Mapping.WARP || MapIterationsToWarpsPass.eligible(n));
      case Phase.Loop l -> n.getOp() == Op.SCAN;
      case Phase.Serial s -> n.getOp() != Op.MAP && n.getOp() != Op.SCAN && !Access.isView(n);
      case Phase.Barrier b -> true;
    };
    if (!ok) problems.add(where + ": " + describe(n) + " cannot run as " + p.getClass().getSimpleName().toLowerCase());
    if (p instanceof Phase.Parallel par) {
      List<Node> fusible = FuseElementwiseProducersPass.fusible(par);
      for (Node f : par.fused()) {
        if (!fusible.contains(f)) problems.add(where + ": " + describe(f) + " cannot be fused in " + describe(n));
      }
    }
  }

  private String describe(Node n) {
    return n.getOutputs().isEmpty() ? EtdgPrinter.opName(n) : names.name(n.getOutputs().get(0));
  }

  static Node node(Phase p) {
    return switch (p) {
      case Phase.Serial s -> s.node();
      case Phase.Parallel s -> s.node();
      case Phase.View s -> s.node();
      case Phase.Loop s -> s.node();
      case Phase.Barrier b -> null;
    };
  }
}
