package dev.fractalgen.cli;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The sampling and stopping options of {@code run}, with the aliases llama.cpp users type; an
 * option left out takes the program's own value (its sample and stop blocks), except the seed: a
 * sampled run without --seed gets a fresh one (reported, so the run can be repeated), as llama.cpp
 * and llama2.c do; the program's seed is the default of callers that pass none (the runtime API).
 */
final class SamplingOptions {
  @Option(names = {"-n", "--max-tokens"}, paramLabel = "N",
      description = "most new tokens per sequence (default: max_tokens of the program's stop block)")
  Integer maxTokens;

  @Option(names = {"--temp", "--temperature"}, paramLabel = "T",
      description = "0 picks the most likely token (greedy); default: the program's sample block")
  Double temperature;

  @Option(names = "--top-k", paramLabel = "K", description = "sample among the K most likely tokens, 0: all (default: the program's sample block)")
  Integer topK;

  @Option(names = "--top-p", paramLabel = "P", description = "nucleus sampling mass in (0, 1] (default: the program's sample block)")
  Double topP;

  @Option(names = {"-s", "--seed"}, paramLabel = "S",
      description = "seed of the sampler's random stream; -1 or none with temperature > 0: a fresh seed, printed in the summary")
  Long seed;

  /** The settings a run used, for the summary and the JSON output. */
  record Settings(double temperature, int topK, double topP, Long seed, int maxTokens, boolean freshSeed) {
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("temperature", temperature);
      m.put("top_k", topK);
      m.put("top_p", topP);
      m.put("seed", seed);
      m.put("max_tokens", maxTokens);
      return m;
    }
  }

  /** The run-time params to pass the loop (only those given or chosen here) and the settings in effect. */
  record Resolved(Map<String, Double> params, Settings settings) {}

  Resolved resolve(LoopFacts facts) {
    Map<String, Double> p = new LinkedHashMap<>();
    if (temperature != null) {
      if (!(temperature >= 0) || temperature.isInfinite()) throw new UserError("--temperature must be a finite number >= 0, got " + temperature);
      p.put("temperature", temperature);
    }
    if (topK != null) {
      if (topK < 0) throw new UserError("--top-k must be >= 0 (0 turns it off), got " + topK);
      p.put("top_k", (double) topK);
    }
    if (topP != null) {
      if (!(topP > 0 && topP <= 1)) throw new UserError("--top-p must be in (0, 1], got " + topP);
      p.put("top_p", topP);
    }
    if (maxTokens != null) {
      if (maxTokens < 1) throw new UserError("--max-tokens must be at least 1, got " + maxTokens);
      p.put("max_tokens", (double) maxTokens);
    }
    if (seed != null && seed < -1) throw new UserError("--seed must be >= 0, or -1 for a fresh one; got " + seed);
    double temp = p.getOrDefault("temperature", facts.defaults().getOrDefault("temperature", 0.0));
    boolean fresh = temp > 0 && (seed == null || seed == -1);
    Long used = null;
    // 53 bits: the seed stays exact in JSON readers that hold numbers as doubles
    if (fresh) used = new SecureRandom().nextLong() >>> 11;
    else if (seed != null && seed >= 0) used = seed;
    if (used != null) {
      p.put("seed_lo", (double) (int) (long) used);
      p.put("seed_hi", (double) (int) (used >>> 32));
    } else if (facts.defaults().containsKey("seed_lo")) {
      used = (long) facts.defaultParam("seed_lo") & 0xFFFFFFFFL | (long) facts.defaultParam("seed_hi") << 32;
    }
    Settings s = new Settings(temp, (int) (double) p.getOrDefault("top_k", facts.defaults().getOrDefault("top_k", 0.0)),
        p.getOrDefault("top_p", facts.defaults().getOrDefault("top_p", 1.0)), used,
        (int) (double) p.getOrDefault("max_tokens", facts.defaults().getOrDefault("max_tokens", 0.0)), fresh);
    return new Resolved(p, s);
  }
}
