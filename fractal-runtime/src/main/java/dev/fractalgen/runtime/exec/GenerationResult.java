package dev.fractalgen.runtime.exec;

import java.util.List;

/**
 * What a generate call produced: per sequence its emitted tokens and why it stopped, and timing.
 *
 * @param sequences  one entry per prompt, in order
 * @param wallNanos  from launch to the kernel's exit
 * @param firstTokenNanos from launch to the first streamed token (-1 when none)
 * @param profile    per profile point of a profiled kernel, the time of its segment on the grid's
 *                   first thread (GPU: ns, host: cycles), summed over the steps; empty when the
 *                   kernel is not profiled
 * @param profileSlowest per profile point, the most any block's first thread spent in that segment
 *                   (a block that runs a phase's work where the first block only waits shows here)
 */
public record GenerationResult(List<Sequence> sequences, long wallNanos, long firstTokenNanos, long[] profile,
    long[] profileSlowest) {
  /** A result whose profile (if any) has the grid's first thread only. */
  public GenerationResult(List<Sequence> sequences, long wallNanos, long firstTokenNanos, long[] profile) {
    this(sequences, wallNanos, firstTokenNanos, profile, profile);
  }

  /**
   * The tokens of one sequence, its stop reason ("max_tokens" or "eos"), and the logits its last
   * step sampled from (empty when the bundle does not keep them).
   */
  public record Sequence(int[] tokens, String stop, float[] finalLogits) {
    public Sequence(int[] tokens, String stop) {
      this(tokens, stop, new float[0]);
    }
  }

  public long totalTokens() {
    return sequences.stream().mapToLong(s -> s.tokens().length).sum();
  }

  public double tokensPerSecond() {
    return wallNanos == 0 ? 0 : totalTokens() * 1e9 / wallNanos;
  }
}
