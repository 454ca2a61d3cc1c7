package dev.fractalgen.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.passes.memory.MemoryPlan;
import dev.fractalgen.passes.memory.PlanMemory;
import dev.fractalgen.passes.memory.ScratchPlanChecker;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridSchedules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scratch plan of the graph in schedules/place-synchronization.test, against epochs worked out
 * by hand from its schedule: %a, %b and %h are written before the one grid barrier (epoch 0), %g
 * and %s after it (epoch 1); %h is read by %g, %b by %s, both in epoch 1; %s is sampled, so it is
 * kept past the step (epoch 2). Only %a's bytes are free by the time %g is written.
 */
class ScratchPlanTest {
  private static GridSchedule schedule() throws Exception {
    PassTestCase c = PassTestCase.all("schedules").filter(t -> t.input().contains("etdg counters")).findFirst().orElseThrow();
    Graph g = EtdgParser.parse(c.input());
    return GridSchedules.standard(g);
  }

  @Test
  void epochsAndSharingAreTheHandWorkedOnes() throws Exception {
    GridSchedule s = schedule();
    MemoryPlan plan = PlanMemory.plan(s, 64);
    Map<String, MemoryPlan.Scratch> x = plan.scratch().stream().collect(Collectors.toMap(MemoryPlan.Scratch::name, Function.identity()));
    assertEquals(List.of(0L, 0L), live(x.get("a")));
    assertEquals(List.of(0L, 1L), live(x.get("b")));
    assertEquals(List.of(0L, 1L), live(x.get("h")));
    assertEquals(List.of(1L, 1L), live(x.get("g")));
    assertEquals(List.of(1L, 2L), live(x.get("s")));
    assertEquals(x.get("a").offset(), x.get("g").offset(), plan.print());
    assertEquals(32, x.get("a").bytes());
    for (String other : List.of("b", "h", "s")) assertNotEquals(x.get("a").offset(), x.get(other).offset(), plan.print());
    assertEquals(List.of(), ScratchPlanChecker.problems(s, plan));
    assertEquals(plan, MemoryPlan.parse(plan.print()));
    // one iteration of %a's map: the products are fused into the sum, so only the sum is stored,
    // written by the body's second node and read as its result after the last
    MemoryPlan.PhaseScratch a = plan.phases().stream().filter(p -> p.map().equals("a")).findFirst().orElseThrow();
    assertEquals("slot", a.arena());
    assertEquals(List.of(new MemoryPlan.Scratch("sum.1", 0, 4, 1, 2)), a.values());
    assertEquals(16, a.bytes());
  }

  @Test
  void valuesLiveTogetherMayNotShareBytes() throws Exception {
    GridSchedule s = schedule();
    MemoryPlan plan = PlanMemory.plan(s, 64);
    // %h moved onto %a's bytes: both are live in epoch 0
    List<MemoryPlan.Scratch> moved = new ArrayList<>();
    long aAt = plan.scratch().stream().filter(v -> v.name().equals("a")).findFirst().orElseThrow().offset();
    for (MemoryPlan.Scratch v : plan.scratch()) {
      moved.add(v.name().equals("h") ? new MemoryPlan.Scratch("h", aAt, v.bytes(), v.def(), v.last()) : v);
    }
    MemoryPlan bad = new MemoryPlan(plan.graph(), plan.maxPositions(), plan.weights(), plan.weightsBytes(), plan.params(), plan.states(),
        plan.stateStride(), moved, plan.scratchBytes(), plan.phases());
    List<String> problems = ScratchPlanChecker.problems(s, bad);
    assertTrue(problems.stream().anyMatch(p -> p.contains("%h and %a share bytes of the scratch while both are live in 0")), problems.toString());
    // a value claimed dead earlier than it is
    List<MemoryPlan.Scratch> early = new ArrayList<>();
    for (MemoryPlan.Scratch v : plan.scratch()) early.add(v.name().equals("b") ? new MemoryPlan.Scratch("b", v.offset(), v.bytes(), 0, 0) : v);
    problems = ScratchPlanChecker.problems(s, new MemoryPlan(plan.graph(), plan.maxPositions(), plan.weights(), plan.weightsBytes(),
        plan.params(), plan.states(), plan.stateStride(), early, plan.scratchBytes(), plan.phases()));
    assertTrue(problems.stream().anyMatch(p -> p.contains("%b is live in 0..1, not 0..0")), problems.toString());
  }

  /**
   * The block-run map %d of schedules/fuse-elementwise-producers.test: its inner map, fused into
   * %neg and that into %sum.4, reads %twice from inside its body, so %twice (written by body node
   * 1) is read where the sum computes the map's elements (node 4), not only where the map stands.
   */
  @Test
  void aFusedMapKeepsWhatItsBodyReadsLiveUntilItsReader() throws Exception {
    PassTestCase c = PassTestCase.all("schedules").filter(t -> t.input().contains("etdg rows")).findFirst().orElseThrow();
    GridSchedule s = GridSchedules.standard(EtdgParser.parse(c.input()));
    MemoryPlan plan = PlanMemory.plan(s, 64);
    MemoryPlan.PhaseScratch d = plan.phases().stream().filter(p -> p.map().equals("d")).findFirst().orElseThrow();
    MemoryPlan.Scratch twice = d.values().stream().filter(v -> v.name().equals("twice")).findFirst().orElseThrow();
    assertEquals(List.of(1L, 4L), live(twice), plan.print());
    assertTrue(d.values().stream().noneMatch(v -> v.name().equals("map") || v.name().equals("neg")), plan.print());
    assertEquals(List.of(), ScratchPlanChecker.problems(s, plan));
  }

  private static List<Long> live(MemoryPlan.Scratch s) {
    return List.of(s.def(), s.last());
  }
}
