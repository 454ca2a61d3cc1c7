package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a grid schedule: every node of every grid region appears once, after the phases defining
 * what it uses (any such order computes the same values: they are written once), under the kind
 * it needs, and every read of storage written in the same step is ordered after the write by the
 * writer's own order (serial after serial on the owner block), by a grid barrier, or by the wait
 * of a dataflow counter that publishes it (a wait on the owner blocks orders serial readers only).
 * Every counter is arrived on once per region, after its values are written, and read by a wait.
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
    Map<Value, List<Node>> users = FuseElementwiseProducersPass.users(r);
    Set<Node> seen = new HashSet<>();
    Set<Value> written = new HashSet<>();
    // the counters arrived on in this region, and whether some wait reads each
    Map<List<Value>, Boolean> counters = new LinkedHashMap<>();
    int next = 0;
    for (int at = 0; at < phases.size(); at++) {
      Phase p = phases.get(at);
      if (p instanceof Phase.Parallel par && par.early() && !CopyFirstRowsEarlyPass.earlyAllowed(phases, at)) {
        problems.add(where + ": " + describe(par.node()) + " cannot copy its first rows early: only a staged warp phase over a weight's rows"
            + " after an earlier warp phase of its region, with no warp phase or loop between, whose rows are known by that phase's end");
      }
      if (p instanceof Phase.Spread sp && !sp.by().isEmpty()) byRows(sp, phases, at, where);
      if (p instanceof Phase.Barrier) {
        pending.clear();
        continue;
      }
      if (p instanceof Phase.Arrive a) {
        arrive(a, written, counters, where);
        continue;
      }
      if (p instanceof Phase.Wait w) {
        if (counters.replace(w.values(), true) == null) {
          problems.add(where + ": wait " + list(w.values()) + " has no arrive on its counter before it in this region");
        } else if (w.owners()) {
          pending.publishedToOwners(w.values());
        } else {
          pending.published(w.values());
        }
        continue;
      }
      Node n = Phase.node(p);
      List<Node> fused = Phase.fusedSiblings(p);
      if (n.eContainer() != r || !seen.add(n)) {
        problems.add(where + ": " + describe(n) + " is scheduled twice or not of this region");
        continue;
      }
      next++;
      for (Node f : fused) {
        if (f.eContainer() != r || !seen.add(f)) problems.add(where + ": " + describe(f) + " is scheduled twice or not of this region");
        else next++;
      }
      // a fused node is computed where its user reads it: the values it uses are then defined
      List<Node> computed = new ArrayList<>(fused);
      computed.add(n);
      for (Node m : computed) {
        for (Value v : usedFrom(m, r)) {
          if (!written.contains(v) && fused.stream().noneMatch(f -> f.getOutputs().contains(v))) {
            problems.add(where + ": " + describe(m) + " uses " + names.name(v) + " before the phase that defines it");
          }
        }
      }
      checkKind(p, n, users, where);
      boolean serialReader = Phase.ownersOnly(p);
      if (!(p instanceof Phase.View)) {
        List<Value> unordered = pending.conflicts(Phase.reads(p), serialReader);
        if (!unordered.isEmpty()) problems.add(where + ": " + describe(n) + " reads " + list(unordered) + " before a barrier or counter orders the write");
      }
      if (p instanceof Phase.Loop loop) {
        region(n.getRegions().get(0), loop.body(), where + " > scan " + names.name(n.getOutputs().get(0)));
        if (loop.ownerRounds() && !ScanRounds.endWithoutBarrier(loop.body())) {
          problems.add(where + ": " + describe(n) + " ends its rounds on the owner blocks' barrier, but other blocks work at a round's edges"
              + " (before its first barrier, or after its last arrival without a wait for it)");
        }
        pending.clear();
      } else if (!(p instanceof Phase.Serial ser && ser.replicated())) {
        // every block wrote a replicated phase's values itself: nothing is pending for its readers
        pending.wrote(Access.writes(n), serialReader);
      }
      written.addAll(n.getOutputs());
      for (Node f : fused) written.addAll(f.getOutputs());
    }
    if (next != r.getNodes().size()) problems.add(where + ": " + (r.getNodes().size() - next) + " nodes are not scheduled");
    List<Value> unordered = pending.conflicts(Access.results(r), true);
    if (!unordered.isEmpty()) problems.add(where + ": the results read " + list(unordered) + " before a barrier or counter orders the write");
    counters.forEach((values, read) -> {
      if (!read) problems.add(where + ": no wait reads the counter of arrive " + list(values));
    });
  }

  /** A spread phase computed by two warp phases follows them directly, and they can compute it. */
  private void byRows(Phase.Spread sp, List<Phase> phases, int at, String where) {
    List<String> why = new ArrayList<>();
    if (sp.by().size() != 2 || at < 2 || !(phases.get(at - 2) instanceof Phase.Parallel a) || !(phases.get(at - 1) instanceof Phase.Parallel b)
        || a.node() != sp.by().get(0) || b.node() != sp.by().get(1)) {
      why.add("the two phases it names must be the two right before it");
    } else {
      why.addAll(ElementwiseAfterRowsPass.problems(sp, a, b));
    }
    for (String w : why) problems.add(where + ": " + describe(sp.node()) + " cannot be computed by other phases' warps: " + w);
  }

  /** The values of {@code r}'s own nodes that {@code n} uses, its nested regions included. */
  private static Set<Value> usedFrom(Node n, Region r) {
    Set<Value> out = new HashSet<>();
    collectUses(n, r, out);
    return out;
  }

  private static void collectUses(Node n, Region r, Set<Value> out) {
    for (var u : n.getOperands()) if (u.getValue().eContainer() instanceof Node d && d.eContainer() == r) out.add(u.getValue());
    for (Region inner : n.getRegions()) {
      for (Node m : inner.getNodes()) collectUses(m, r, out);
      for (var u : inner.getResults()) if (u.getValue().eContainer() instanceof Node d && d.eContainer() == r) out.add(u.getValue());
    }
  }

  /** A counter publishes values written before its arrive, and one arrive per counter and region keeps the blocks' counts in step. */
  private void arrive(Phase.Arrive a, Set<Value> written, Map<List<Value>, Boolean> counters, String where) {
    if (a.values().isEmpty()) problems.add(where + ": an arrive names no values");
    for (Value v : a.values()) {
      if (!written.contains(v)) problems.add(where + ": arrive " + list(a.values()) + " publishes " + names.name(v) + ", which no earlier phase of this region writes");
    }
    if (counters.putIfAbsent(a.values(), false) != null) problems.add(where + ": a second arrive on the counter " + list(a.values()));
  }

  private String list(List<Value> values) {
    return values.stream().map(names::name).collect(Collectors.joining(", "));
  }

  /** {@code users}: per value of {@code n}'s region, the nodes using it (FuseElementwiseProducersPass.users). */
  private void checkKind(Phase p, Node n, Map<Value, List<Node>> users, String where) {
    boolean ok = switch (p) {
      case Phase.View v -> Access.seenThrough(n);
      case Phase.Parallel par -> n.getOp() == Op.MAP && (par.mapping() != Phase.Mapping.WARP || MapIterationsToWarpsPass.eligible(n));
      case Phase.Spread s -> FuseElementwiseProducersPass.elementwise(n);
      case Phase.Loop l -> n.getOp() == Op.SCAN;
      case Phase.Serial s -> n.getOp() != Op.MAP && n.getOp() != Op.SCAN && !Access.isView(n);
      case Phase.Barrier b -> true;
      case Phase.Arrive a -> true;
      case Phase.Wait w -> true;
    };
    if (!ok) problems.add(where + ": " + describe(n) + " cannot run as " + p.getClass().getSimpleName().toLowerCase());
    if (p instanceof Phase.Parallel par && par.vector() != 0
        && (par.mapping() != Phase.Mapping.WARP || !ok || par.vector() != MapIterationsToWarpsPass.chunk(n))) {
      problems.add(where + ": " + describe(n) + " cannot load vector(" + par.vector() + "): only a warp phase loads vectors, as wide as its sum's chunks");
    }
    if (p instanceof Phase.Parallel par && par.staged() != 0
        && (par.mapping() != Phase.Mapping.WARP || !ok || par.staged() != StageWeightRowsPass.BUFFERS || StageWeightRowsPass.rowBytes(n) == 0)) {
      problems.add(where + ": " + describe(n) + " cannot be staged(" + par.staged() + "): only a warp phase over a weight's rows of at most "
          + StageWeightRowsPass.MAX_ROW_BYTES + " bytes (a multiple of 16) or whole pieces of that size is, with "
          + StageWeightRowsPass.BUFFERS + " buffers");
    }
    if (p instanceof Phase.Parallel par && par.prefetch()
        && (par.mapping() != Phase.Mapping.WARP || !ok || par.staged() != 0 || !StageWeightRowsPass.overWeightRows(n))) {
      problems.add(where + ": " + describe(n) + " cannot prefetch its rows: only a warp phase over a weight's rows that are not staged does");
    }
    if (p instanceof Phase.Parallel par && par.batched() != 0
        && (!ok || par.batched() < 2 || par.batched() > ShareRowsAcrossSequencesPass.MAX_SEQUENCES || !ShareRowsAcrossSequencesPass.sharable(par))) {
      problems.add(where + ": " + describe(n) + " cannot be batched(" + par.batched() + "): only a warp phase over weight rows the same for"
          + " every sequence, its other body nodes fused and its sum over a known whole number of chunks, takes a row for 2 to "
          + ShareRowsAcrossSequencesPass.MAX_SEQUENCES + " sequences");
    }
    if (p instanceof Phase.Parallel par && par.soloRows() != 0
        && (!ok || par.soloRows() < 2 || par.soloRows() > ShareRowsAcrossSequencesPass.MAX_ROWS || !ShareRowsAcrossSequencesPass.sharable(par))) {
      problems.add(where + ": " + describe(n) + " cannot take rows(" + par.soloRows() + "): only a warp phase that could be batched takes 2 to "
          + ShareRowsAcrossSequencesPass.MAX_ROWS + " rows at once for one sequence");
    }
    if (p instanceof Phase.Parallel par && (par.batched() == 0 ? par.rows() != 0
        : par.rows() < 1 || par.rows() > ShareRowsAcrossSequencesPass.MAX_ROWS || par.rows() * par.batched() > ShareRowsAcrossSequencesPass.MAX_SUMS)) {
      problems.add(where + ": " + describe(n) + " cannot take " + par.rows() + " rows at once: a batched phase takes 1 to "
          + ShareRowsAcrossSequencesPass.MAX_ROWS + " rows for its sequences, at most " + ShareRowsAcrossSequencesPass.MAX_SUMS
          + " sums in all; a phase that is not batched, none");
    }
    if (p instanceof Phase.Parallel par) {
      for (Node c : par.columns()) {
        if (par.mapping() != Phase.Mapping.BLOCK || !ok || c.eContainer() != n.getRegions().get(0) || !SumByColumnsPass.byColumns(c)) {
          problems.add(where + ": " + describe(n) + " cannot sum " + describe(c) + " by columns: only a block phase does, and only f32 sums of"
              + " its body in the warp's tree order of one-element chunks over a run-time length, their outputs known and side by side");
        }
      }
    }
    if (p instanceof Phase.Serial ser && ser.replicated() && !ReplicateSerialPhasesPass.valuesOnly(ser)) {
      problems.add(where + ": " + describe(n) + " cannot run on every block: only elementwise nodes and reductions do");
    }
    List<Node> siblings = Phase.fusedSiblings(p);
    // each fused node's one user is the phase's node or another node fused into it
    for (Node f : siblings) {
      Node user = FuseElementwiseProducersPass.fusibleIntoUser(f, users) ? users.get(f.getOutputs().get(0)).get(0) : null;
      if (user == null || (user != n && !siblings.contains(user))) problems.add(where + ": " + describe(f) + " cannot be fused in " + describe(n));
    }
    if (p instanceof Phase.Parallel par && n.getOp() == Op.MAP) {
      List<Node> inner = FuseElementwiseProducersPass.fusible(par);
      List<Node> fusible = par.mapping() == Phase.Mapping.BLOCK ? FuseIntoBlockReadersPass.withBlockNodes(par, inner) : inner;
      for (Node f : par.fused()) {
        if (!fusible.contains(f)) problems.add(where + ": " + describe(f) + " cannot be fused in " + describe(n));
        // a map computed where it is read has no storage for its body: every node of it is fused too
        if (f.getOp() == Op.MAP && !FuseIntoBlockReadersPass.bodyFused(f, par.fused())) {
          problems.add(where + ": " + describe(f) + " is fused in " + describe(n) + " but not every node of its body is");
        }
      }
    }
  }

  private String describe(Node n) {
    return n.getOutputs().isEmpty() ? EtdgPrinter.opName(n) : names.name(n.getOutputs().get(0));
  }
}
