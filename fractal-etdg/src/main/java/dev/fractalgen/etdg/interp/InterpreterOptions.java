package dev.fractalgen.etdg.interp;

/**
 * How the reference interpreter evaluates what docs/etdg.md leaves open to it.
 *
 * @param f64Accumulation reduce sum/prod of floating values accumulate in double and round once
 *     at the end, instead of the documented f32 accumulator in increasing index order
 * @param maxSteps the most steps one sequence may run; a guard against a step region whose status
 *     never stops (a graph with an APPEND state is stopped by its capacity anyway)
 */
public record InterpreterOptions(boolean f64Accumulation, long maxSteps) {

  public InterpreterOptions {
    if (maxSteps < 1) throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
  }

  /** f32 sequential accumulation exactly as documented, at most a million steps per sequence. */
  public static InterpreterOptions defaults() {
    return new InterpreterOptions(false, 1_000_000);
  }

  public InterpreterOptions withF64Accumulation(boolean on) {
    return new InterpreterOptions(on, maxSteps);
  }

  public InterpreterOptions withMaxSteps(long steps) {
    return new InterpreterOptions(f64Accumulation, steps);
  }
}
