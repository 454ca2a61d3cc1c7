package dev.fractalgen.passes.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One rewrite of a grid schedule. The schedule checker runs after every pass
 * ({@link GridSchedules#standard}), so a pass only has to keep its own contract.
 */
public interface SchedulePass {
  /** The name RUN lines and --dump-after use, in kebab case. */
  String name();

  /** The schedule with this pass's rewrite applied; the input is not changed. */
  GridSchedule run(GridSchedule schedule);

  /** {@code phases} with {@code f} applied to every phase, loop bodies included (a loop's own phase after its body). */
  static List<Phase> rewrite(List<Phase> phases, UnaryOperator<Phase> f) {
    List<Phase> out = new ArrayList<>();
    for (Phase p : phases) {
      if (p instanceof Phase.Loop loop) p = new Phase.Loop(loop.node(), rewrite(loop.body(), f));
      out.add(f.apply(p));
    }
    return out;
  }
}
