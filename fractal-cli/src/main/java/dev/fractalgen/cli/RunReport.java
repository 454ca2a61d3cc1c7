package dev.fractalgen.cli;

import dev.fractalgen.runtime.exec.GenerationResult;
import java.util.List;

/**
 * Everything a finished run reports: what ran where, with which settings, where its kernel came
 * from, how long each stage took, and the tokens.
 *
 * @param bundle      where the kernel came from: "cache hit", "compiled", "compiled (not cached)",
 *                    "bundle DIR", or "none" for the reference interpreter
 * @param compileMillis front end and compilation (0 on a cache hit or a given bundle)
 * @param loadMillis  reading the checkpoint into the weights image and preparing the executor
 */
record RunReport(String model, String backend, String device, SamplingOptions.Settings sampling, String bundle,
    long compileMillis, long loadMillis, String tokenizer, List<Prompts.Prompt> prompts, GenerationResult result) {

  /** One line for stderr. */
  String summary() {
    long n = result.totalTokens();
    StringBuilder b = new StringBuilder("fractal: ").append(n).append(n == 1 ? " token" : " tokens");
    b.append(String.format(" in %.3f s (%.1f tok/s", result.wallNanos() / 1e9, result.tokensPerSecond()));
    if (result.firstTokenNanos() >= 0) b.append(String.format(", first token after %.1f ms", result.firstTokenNanos() / 1e6));
    b.append("); ").append(backend).append(" on ").append(device);
    b.append("; kernel: ").append(bundle);
    if (compileMillis > 0) b.append(" in ").append(compileMillis).append(" ms");
    if (sampling.temperature() > 0 && sampling.seed() != null) {
      b.append("; seed ").append(sampling.seed()).append(sampling.freshSeed() ? " (fresh)" : "");
    }
    return b.toString();
  }
}
