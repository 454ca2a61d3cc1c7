package dev.fractalgen.runtime;

import java.time.Duration;
import java.util.List;

/**
 * The result of one generate call.
 *
 * @param completions one per prompt, in order
 * @param elapsed     from the launch to the kernel's exit
 * @param firstToken  from the launch to the first token (null when none was generated)
 * @param device      where it ran, such as "CPU, 2 threads" or "NVIDIA H200"
 */
public record Generation(List<Completion> completions, Duration elapsed, Duration firstToken, String device) {
  /** The text of the only sequence; for a batch use {@link #completions()}. */
  public String text() {
    return single().text();
  }

  /** The completion of the only sequence. */
  public Completion single() {
    if (completions.size() != 1) throw new IllegalStateException("the call generated " + completions.size() + " sequences, not one");
    return completions.get(0);
  }

  /** Generated tokens per second over all sequences. */
  public double tokensPerSecond() {
    long n = completions.stream().mapToLong(c -> c.tokens().length).sum();
    return elapsed.isZero() ? 0 : n * 1e9 / elapsed.toNanos();
  }
}
