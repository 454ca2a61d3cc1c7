package dev.fractalgen.passes.schedule;

import java.util.List;

/** The schedule pipeline: phases assigned by {@link GridScheduler}, then each schedule pass, the checker after every step. */
public final class GridSchedules {
  private GridSchedules() {
  }

  /** The schedule passes the compiler runs, in order. */
  public static List<SchedulePass> standardPasses() {
    return List.of(new MapIterationsToWarpsPass());
  }

  /** The graph's schedule after the standard passes. */
  public static GridSchedule standard(dev.fractalgen.etdg.model.Graph graph) {
    return run(GridScheduler.schedule(graph), standardPasses());
  }

  /**
   * {@code s} after each of {@code passes}.
   *
   * @throws IllegalStateException when {@code s} or a pass's result is unsound, naming the pass
   */
  public static GridSchedule run(GridSchedule s, List<SchedulePass> passes) {
    checked(s, "assign-phases");
    for (SchedulePass p : passes) s = checked(p.run(s), p.name());
    return s;
  }

  private static GridSchedule checked(GridSchedule s, String after) {
    List<String> problems = GridScheduleChecker.problems(s);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("unsound grid schedule after " + after + ":\n  " + String.join("\n  ", problems));
    }
    return s;
  }

  /** The schedule pass named {@code name}. */
  public static SchedulePass byName(String name) {
    return standardPasses().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new java.util.NoSuchElementException("no schedule pass named '" + name + "'"));
  }
}
