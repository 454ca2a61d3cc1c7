package dev.fractalgen.tools;

import java.util.List;
import java.util.Map;

/**
 * One generate call of a conformance pack with the tokens it must give.
 *
 * @param name       what the case checks, e.g. "greedy b8"
 * @param reference  which backend produced the expected tokens (reference or host)
 * @param logits     per sequence, the logits its last step sampled from, per the reference; null when not checked
 */
public record ConformanceCase(String name, String reference, int[][] prompts, Map<String, Double> params,
    List<int[]> tokens, List<String> stops, List<float[]> logits) {
  /** Largest difference of final logits allowed, relative to their largest magnitude (at least 1). */
  public static final double LOGITS_TOLERANCE = 1e-4;
}
