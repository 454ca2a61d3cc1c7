package dev.fractalgen.passes.memory;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.Phase;
import dev.fractalgen.passes.schedule.ReadInPlace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a memory plan's scratch against the schedule it was made for, re-deriving each value's
 * liveness: every grid value has a 16-byte aligned place of its bytes inside a sequence's
 * scratch, and no two values live in a common epoch share a byte (so a write never lands on bytes
 * another value's readers may still read: a grid barrier lies between); the same for every
 * parallel phase's body values in its slot or block scratch, by body position.
 */
public final class ScratchPlanChecker {
  private ScratchPlanChecker() {
  }

  /** Every problem found, empty for a sound plan. */
  public static List<String> problems(GridSchedule s, MemoryPlan plan) {
    List<String> problems = new ArrayList<>();
    EtdgPrinter names = new EtdgPrinter(s.graph());
    Bounds bounds = new Bounds(plan.maxPositions());
    Set<Node> inPlace = ReadInPlace.of(s.graph());
    check(ScratchLiveness.of(s, inPlace), plan.scratch(), plan.scratchBytes(), "the scratch", names, bounds, problems);
    Map<String, MemoryPlan.PhaseScratch> phases = new HashMap<>();
    for (MemoryPlan.PhaseScratch p : plan.phases()) phases.put(p.map(), p);
    for (Phase.Parallel p : PlanMemory.parallelPhases(s.step(), new ArrayList<>())) {
      String map = MemoryPlan.nameOf(names, p.node().getOutputs().get(0));
      MemoryPlan.PhaseScratch x = phases.get(map);
      String arena = p.mapping() == Phase.Mapping.BLOCK ? "block" : "slot";
      if (x == null || !x.arena().equals(arena)) {
        problems.add("the phase of %" + map + " has no " + arena + " scratch in the plan");
        continue;
      }
      check(ScratchLiveness.ofBody(p, inPlace), x.values(), x.bytes(), "the " + arena + " scratch of %" + map, names, bounds, problems);
    }
    return problems;
  }

  private static void check(Map<Value, ScratchLiveness.Interval> liveness, List<MemoryPlan.Scratch> entries, long total, String where,
      EtdgPrinter names, Bounds bounds, List<String> problems) {
    Map<String, MemoryPlan.Scratch> byName = new HashMap<>();
    for (MemoryPlan.Scratch x : entries) byName.put(x.name(), x);
    List<MemoryPlan.Scratch> placed = new ArrayList<>();
    List<ScratchLiveness.Interval> live = new ArrayList<>();
    for (Map.Entry<Value, ScratchLiveness.Interval> e : liveness.entrySet()) {
      String name = MemoryPlan.nameOf(names, e.getKey());
      MemoryPlan.Scratch x = byName.get(name);
      if (x == null) {
        problems.add("%" + name + " has no place in " + where);
        continue;
      }
      ScratchLiveness.Interval i = e.getValue();
      if (x.bytes() < bounds.bytes(e.getKey())) problems.add("%" + name + " needs " + bounds.bytes(e.getKey()) + " bytes, not " + x.bytes());
      if (x.offset() % 16 != 0 || x.offset() + x.bytes() > total) {
        problems.add("%" + name + " at " + x.offset() + " is not 16-byte aligned inside the " + total + " bytes of " + where);
      }
      if (x.def() != i.def() || x.last() != i.last()) {
        problems.add("%" + name + " is live in " + i.def() + ".." + i.last() + ", not " + x.def() + ".." + x.last());
      }
      for (int k = 0; k < placed.size(); k++) {
        MemoryPlan.Scratch y = placed.get(k);
        boolean overlap = x.offset() < y.offset() + y.bytes() && y.offset() < x.offset() + x.bytes();
        if (overlap && i.meets(live.get(k))) {
          problems.add("%" + name + " and %" + y.name() + " share bytes of " + where + " while both are live in "
              + Math.max(i.def(), live.get(k).def()));
        }
      }
      placed.add(x);
      live.add(i);
    }
  }
}
