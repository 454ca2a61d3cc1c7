package dev.fractalgen.passes.schedule;

import java.util.ArrayList;
import dev.fractalgen.etdg.model.Node;
import java.util.List;
import java.util.function.Predicate;
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
      if (p instanceof Phase.Loop loop) p = loop.withBody(rewrite(loop.body(), f));
      out.add(f.apply(p));
    }
    return out;
  }

  /** {@code s} with every thread-mapped parallel map that {@code eligible} accepts replaced by {@code remap} of its phase. */
  static GridSchedule remapThreadMaps(GridSchedule s, Predicate<Node> eligible, UnaryOperator<Phase.Parallel> remap) {
    return new GridSchedule(s.graph(), rewrite(s.step(), p ->
        p instanceof Phase.Parallel par && par.mapping() == Phase.Mapping.THREAD && eligible.test(par.node()) ? remap.apply(par) : p));
  }
}
