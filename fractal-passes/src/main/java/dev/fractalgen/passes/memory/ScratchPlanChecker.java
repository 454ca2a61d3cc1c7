package dev.fractalgen.passes.memory;

import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.schedule.GridSchedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a memory plan's scratch against the schedule it was made for, re-deriving each grid
 * value's live epochs: every grid value has a 16-byte aligned place of its bytes inside the
 * scratch, and no two values live in a common epoch share a byte (so a write never lands on
 * bytes another value's readers may still read: a grid barrier lies between).
 */
public final class ScratchPlanChecker {
  private ScratchPlanChecker() {
  }

  /** Every problem found, empty for a sound plan. */
  public static List<String> problems(GridSchedule s, MemoryPlan plan) {
    List<String> problems = new ArrayList<>();
    EtdgPrinter names = new EtdgPrinter(s.graph());
    Bounds bounds = new Bounds(plan.maxPositions());
    Map<String, MemoryPlan.Scratch> byName = new HashMap<>();
    for (MemoryPlan.Scratch x : plan.scratch()) byName.put(x.name(), x);
    List<MemoryPlan.Scratch> placed = new ArrayList<>();
    List<ScratchLiveness.Interval> live = new ArrayList<>();
    for (Map.Entry<Value, ScratchLiveness.Interval> e : ScratchLiveness.of(s).entrySet()) {
      String name = names.name(e.getKey()).substring(1);
      MemoryPlan.Scratch x = byName.get(name);
      if (x == null) {
        problems.add("%" + name + " has no place in the scratch");
        continue;
      }
      ScratchLiveness.Interval i = e.getValue();
      if (x.bytes() < bounds.bytes(e.getKey())) problems.add("%" + name + " needs " + bounds.bytes(e.getKey()) + " bytes, not " + x.bytes());
      if (x.offset() % 16 != 0 || x.offset() + x.bytes() > plan.scratchBytes()) {
        problems.add("%" + name + " at " + x.offset() + " is not 16-byte aligned inside the " + plan.scratchBytes() + " scratch bytes");
      }
      if (x.def() != i.def() || x.last() != i.last()) {
        problems.add("%" + name + " is live in epochs " + i.def() + ".." + i.last() + ", not " + x.def() + ".." + x.last());
      }
      for (int k = 0; k < placed.size(); k++) {
        MemoryPlan.Scratch y = placed.get(k);
        boolean overlap = x.offset() < y.offset() + y.bytes() && y.offset() < x.offset() + x.bytes();
        if (overlap && i.meets(live.get(k))) {
          problems.add("%" + name + " and %" + y.name() + " share bytes while both are live in epoch " + Math.max(i.def(), live.get(k).def()));
        }
      }
      placed.add(x);
      live.add(i);
    }
    return problems;
  }
}
