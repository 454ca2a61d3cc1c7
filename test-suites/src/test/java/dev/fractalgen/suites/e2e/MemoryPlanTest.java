package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.memory.MemoryPlan;
import dev.fractalgen.passes.memory.PlanMemory;
import dev.fractalgen.passes.memory.ScratchPlanChecker;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridSchedules;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.bundle.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model's memory plan reads back from its text, places weights and states without overlap
 * at their alignments, shares scratch bytes between values live in different epochs (soundly, by
 * the checker), and is what the compiled bundle's manifest and step.memory say.
 */
class MemoryPlanTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @MethodSource("dev.fractalgen.suites.e2e.CompiledModels#names")
  void planIsSoundReadsBackAndIsWhatTheBundleUses(String model) throws Exception {
    Graph g = CompiledModels.lower(model);
    GridSchedule schedule = GridSchedules.standard(g);
    MemoryPlan plan = PlanMemory.plan(schedule, BundleCompiler.DEFAULT_MAX_POSITIONS);
    assertEquals(plan, MemoryPlan.parse(plan.print()));
    assertEquals(List.of(), ScratchPlanChecker.problems(schedule, plan));
    // values whose epochs do not meet share bytes: the plan is smaller than the values laid end to end
    long laidOut = plan.scratch().stream().mapToLong(x -> (Math.max(1, x.bytes()) + 15) & ~15L).sum();
    assertTrue(plan.scratchBytes() < laidOut, model + ": " + plan.scratchBytes() + " scratch bytes for " + laidOut + " of values");
    long end = 0;
    for (MemoryPlan.Weight w : plan.weights()) {
      if (w.tiedTo() != null) {
        assertEquals(null, plan.weight(w.tiedTo()).tiedTo(), "a tie to a tied weight");
        continue;
      }
      assertEquals(0, w.offset() % 256, w.name());
      assertTrue(w.offset() >= end, w.name() + " overlaps the weight before it");
      end = w.offset() + w.bytes();
    }
    assertTrue(end <= plan.weightsBytes());
    end = 0;
    for (MemoryPlan.State s : plan.states()) {
      assertEquals(0, s.offset() % 16, s.name());
      assertTrue(s.offset() >= end, s.name() + " overlaps the state before it");
      end = s.offset() + s.bytes();
    }
    assertTrue(end <= plan.stateStride());
    for (int i = 0; i < plan.params().size(); i++) assertEquals(i, plan.params().get(i).slot());

    Path dir = tmp.resolve(model);
    BundleCompiler.compile(g, List.of(Target.HOST), dir, false);
    assertEquals(plan.print(), Files.readString(dir.resolve("step.memory")));
    Manifest m = Bundle.open(dir).manifest();
    assertEquals(plan.weightsBytes(), m.weightsBytes());
    assertEquals(plan.stateStride(), m.stateStride());
    assertEquals(plan.maxPositions(), m.maxPositions());
    for (Manifest.WeightEntry w : m.weights()) {
      MemoryPlan.Weight p = plan.weight(w.name());
      MemoryPlan.Weight placed = p.tiedTo() == null ? p : plan.weight(p.tiedTo());
      assertEquals(placed.offset(), w.offset(), w.name());
      assertEquals(placed.bytes(), w.bytes(), w.name());
    }
    for (Manifest.StateEntry s : m.states()) {
      assertEquals(plan.state(s.name()).offset(), s.offset(), s.name());
      assertEquals(plan.state(s.name()).bytes(), s.bytes(), s.name());
    }
  }

  @Test
  void aLayerBodysResultsLiveUntilTheIterationEnds() throws Exception {
    Graph g = CompiledModels.lower("llama2c.fractal");
    MemoryPlan plan = PlanMemory.plan(GridSchedules.standard(g), BundleCompiler.DEFAULT_MAX_POSITIONS);
    java.util.function.Function<String, MemoryPlan.Scratch> at = name -> plan.scratch().stream().filter(x -> x.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(name + " not planned:\n" + plan.print()));
    // the body yields the new residual %add.3, the key row (a view of %rotated.2) and the value row
    // %v.1: the iteration's stage reads all three, in the epoch after the body's last barrier
    long stage = at.apply("add.3").last();
    assertEquals(stage, at.apply("rotated.2").last(), plan.print());
    assertEquals(stage, at.apply("v.1").last(), plan.print());
    // the sampled logits are kept past the step's last epoch
    assertTrue(at.apply("map.6").last() > at.apply("sampled").last(), plan.print());
  }

  @Test
  void unreadableTextNamesTheEntry() throws Exception {
    Graph g = CompiledModels.lower("llama2c.fractal");
    String text = PlanMemory.plan(GridSchedules.standard(g), BundleCompiler.DEFAULT_MAX_POSITIONS).print();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MemoryPlan.parse(text.replace("%wq at", "%wq near")));
    assertTrue(e.getMessage().contains("entry 6") && e.getMessage().contains("expected '%name at OFFSET"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MemoryPlan.parse(text.substring(0, text.indexOf("params"))));
  }
}
