package dev.fractalgen.runtime.exec;

import java.util.Map;

/**
 * One generate call: a batch of prompts (token ids) and the run-time params by name
 * (temperature, top_k, top_p, seed_lo, seed_hi, max_tokens); params left out take their defaults.
 */
public record GenerationRequest(int[][] prompts, Map<String, Double> params) {
}
