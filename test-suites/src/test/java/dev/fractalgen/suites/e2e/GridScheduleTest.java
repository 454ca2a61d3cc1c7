package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridScheduleChecker;
import dev.fractalgen.passes.schedule.GridScheduler;
import dev.fractalgen.passes.schedule.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grid schedule of every model is sound by the checker, and every barrier in it is needed:
 * the checker finds a read of an unordered write in each schedule with one barrier removed.
 */
class GridScheduleTest {
  static List<String> models() throws Exception {
    return CompiledModels.names();
  }

  @ParameterizedTest
  @MethodSource("models")
  void scheduleIsSoundAndEveryBarrierIsNeeded(String model) throws Exception {
    Graph g = CompiledModels.lower(model);
    GridSchedule s = GridScheduler.schedule(g);
    assertEquals(List.of(), GridScheduleChecker.problems(s));
    int barriers = count(s.step());
    assertTrue(barriers > 0, "a model with map phases needs barriers");
    for (int k = 0; k < barriers; k++) {
      GridSchedule mutated = new GridSchedule(g, without(s.step(), new int[] {k}));
      assertFalse(GridScheduleChecker.problems(mutated).isEmpty(), model + ": barrier " + k + " was not needed:\n" + s.print());
    }
  }

  private static int count(List<Phase> phases) {
    int n = 0;
    for (Phase p : phases) {
      if (p instanceof Phase.Barrier) n++;
      if (p instanceof Phase.Loop l) n += count(l.body());
    }
    return n;
  }

  /** The phases with the barrier numbered {@code k[0]} (in walk order) left out. */
  private static List<Phase> without(List<Phase> phases, int[] k) {
    List<Phase> out = new ArrayList<>();
    for (Phase p : phases) {
      if (p instanceof Phase.Barrier && k[0]-- == 0) continue;
      out.add(p instanceof Phase.Loop l ? new Phase.Loop(l.node(), without(l.body(), k)) : p);
    }
    return out;
  }
}
