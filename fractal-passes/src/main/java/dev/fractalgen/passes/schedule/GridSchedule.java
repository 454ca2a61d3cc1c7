package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Graph;
import java.util.List;

/**
 * The schedule of a graph's generate step on a persistent grid: the phases every thread walks,
 * one list per grid region (the step, and the body of every scan run in lockstep).
 */
public record GridSchedule(Graph graph, List<Phase> step) {
  public GridSchedule {
    step = List.copyOf(step);
  }

  /** The readable text form; see {@link GridSchedulePrinter}. */
  public String print() {
    return GridSchedulePrinter.print(this);
  }
}
