package dev.fractalgen.runtime.tools;

import java.util.List;
import java.util.Map;

/**
 * One generate call of a conformance pack with the tokens it must give.
 *
 * @param name       what the case checks, e.g. "greedy b8"
 * @param reference  which backend produced the expected tokens (reference or host)
 */
public record ConformanceCase(String name, String reference, int[][] prompts, Map<String, Double> params,
    List<int[]> tokens, List<String> stops) {
}
