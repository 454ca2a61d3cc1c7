package dev.fractalgen.passes.schedule;

import dev.fractalgen.passes.StageListener;
import java.util.List;

/** The schedule pipeline: phases assigned by {@link GridScheduler}, then each schedule pass, the checker after every step. */
public final class GridSchedules {
  private GridSchedules() {
  }

  /** The schedule passes the compiler runs, in order. */
  public static List<SchedulePass> standardPasses() {
    return List.of(new MapIterationsToWarpsPass(), new MapWideBodiesToBlocksPass(), new FuseElementwiseProducersPass(), new FuseIntoBlockReadersPass(),
        new SpreadWideElementwisePass(), new StageWeightRowsPass(), new PrefetchNextRowsPass(), new ShareRowsAcrossSequencesPass(), new SumByColumnsPass(),
        new OrderPhasesByLevelPass(),
        // after the phases are ordered (it reads which phases are neighbours), before serial phases are replicated
        new ElementwiseAfterRowsPass(),
        // before the synchronization is placed: it orders a replicated phase's reads for every block
        new ReplicateSerialPhasesPass(), new PlaceSynchronizationPass(),
        // after the synchronization is placed: it reads where the rounds' barriers and arrivals are
        new EndScanRoundsOnOwnersPass(),
        // after the synchronization is placed (it reads where a run of warp phases ends), before
        // copy-first-rows-early (the phases it unstages start nothing early)
        new TakeRowsTogetherPass(),
        // last: it reads which phases stand between two warp phases
        new CopyFirstRowsEarlyPass());
  }

  /** The graph's schedule after the standard passes. */
  public static GridSchedule standard(dev.fractalgen.etdg.model.Graph graph) {
    return standard(graph, StageListener.NONE);
  }

  /** As {@link #standard(dev.fractalgen.etdg.model.Graph)}, telling {@code l} the schedule after each stage. */
  public static GridSchedule standard(dev.fractalgen.etdg.model.Graph graph, StageListener l) {
    return run(GridScheduler.schedule(graph), standardPasses(), l);
  }

  /**
   * {@code s} after each of {@code passes}.
   *
   * @throws IllegalStateException when {@code s} or a pass's result is unsound, naming the pass
   */
  public static GridSchedule run(GridSchedule s, List<SchedulePass> passes) {
    return run(s, passes, StageListener.NONE);
  }

  private static GridSchedule run(GridSchedule s, List<SchedulePass> passes, StageListener l) {
    GridSchedule first = checked(s, "assign-phases");
    l.after("assign-phases", first::print);
    for (SchedulePass p : passes) {
      GridSchedule next = checked(p.run(s), p.name());
      l.after(p.name(), next::print);
      s = next;
    }
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
