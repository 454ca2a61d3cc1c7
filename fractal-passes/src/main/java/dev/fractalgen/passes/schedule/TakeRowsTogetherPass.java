package dev.fractalgen.passes.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Contract: in a run of parallel phases, views and arrivals (which no warp waits at) between two
 * phases of another kind (a barrier, a wait, a serial or spread phase, a loop), whose warp phases' rows together
 * number {@link #RUN_ROWS_FROM} to {@link #RUN_ROWS_TO}, each warp phase that could be batched
 * ({@link ShareRowsAcrossSequencesPass#sharable}) takes rows({@link #ROWS_AT_ONCE}): in the kernel
 * for every batch a warp takes that many consecutive rows at once for its sequence, its lanes
 * loading them (not staged: the phase prefetches instead, as {@link PrefetchNextRowsPass} marks
 * unstaged rows) and each chunk of the activations once for all of them, every row's sum in its
 * own order. Thread and block phases in a run add no rows; a warp phase whose rows are not known
 * when compiling leaves its run as it is. A loop's body is a list of its own.
 *
 * <p>Why: with four to eight rows a warp (on the H200's grid of 132 blocks of 16 warps), staged
 * rows one at a time spend much of such a run filling each warp's two buffers; four rows at once
 * put a warp's whole first item in flight at the start and its second in L2. Measured on the
 * Llama-3.2-1B shape at batch 1 (its gate and up rows, 16384 in one run; H200, 2026-12-03,
 * docs/benchmarks.md "Four rows at once at batch 1"): 1491 to 1403 us a step; two, three and eight
 * rows at once measured 1517, 1474 and 1499. Runs with more rows a warp reach the staged rows'
 * steady state: the classifier's 128256 rows lose (1447 against 1406); 32000 rows (15 a warp)
 * gained 1.7% at the stories15M shape and lost 0.8% at the stories110M shape, so they stay out. Runs
 * with two or fewer rows a warp leave warps idle (the stories15M and 110M hidden rows: +3.1%,
 * +3.4%). What each row sums, and in which order, is unchanged. Only batch 1 was measured: the
 * kernel for every batch also runs batches 2 and 3, where a warp has two or three times the items.
 * The bounds assume the H200's grid; a GPU with fewer multiprocessors has more rows a warp.
 */
public final class TakeRowsTogetherPass implements SchedulePass {
  /** The rows a warp takes at once. */
  public static final int ROWS_AT_ONCE = 4;
  /** The fewest rows of a run that takes {@link #ROWS_AT_ONCE} at once: about four a warp on the H200's grid. */
  public static final long RUN_ROWS_FROM = 8192;
  /** The most rows of a run that takes {@link #ROWS_AT_ONCE} at once: about eight a warp on the H200's grid. */
  public static final long RUN_ROWS_TO = 16384;

  @Override
  public String name() {
    return "take-rows-together";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), mark(s.step()));
  }

  private static List<Phase> mark(List<Phase> phases) {
    List<Phase> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= phases.size(); i++) {
      if (i < phases.size() && inRun(phases.get(i))) continue;
      out.addAll(markRun(phases.subList(start, i)));
      if (i < phases.size()) {
        Phase p = phases.get(i);
        out.add(p instanceof Phase.Loop loop ? loop.withBody(mark(loop.body())) : p);
      }
      start = i + 1;
    }
    return out;
  }

  /** Whether {@code p} may stand within a run of warp phases: a parallel phase, a view, or an arrival (its warps go on to the next phase). */
  private static boolean inRun(Phase p) {
    return p instanceof Phase.Parallel || p instanceof Phase.View || p instanceof Phase.Arrive;
  }

  private static List<Phase> markRun(List<Phase> run) {
    long rows = 0;
    for (Phase p : run) {
      if (p instanceof Phase.Parallel par && par.mapping() == Phase.Mapping.WARP) {
        long r = ShareRowsAcrossSequencesPass.knownRows(par.node());
        if (r < 0) return run;
        rows += r;
      }
    }
    if (rows < RUN_ROWS_FROM || rows > RUN_ROWS_TO) return run;
    List<Phase> out = new ArrayList<>();
    for (Phase p : run) {
      out.add(p instanceof Phase.Parallel par && ShareRowsAcrossSequencesPass.sharable(par)
          ? par.withSoloRows(ROWS_AT_ONCE).withStaged(0).withEarly(false).withPrefetch(true) : p);
    }
    return out;
  }
}
