package dev.fractalgen.runtime;

import dev.fractalgen.runtime.bundle.Manifest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generate call checked against the compiled loop before anything is launched: prompt ids
 * inside the vocabulary, prompt plus new tokens within the positions the kernel has, and only
 * settings the program has; the options turned into the loop's run-time params.
 */
final class LoopRequest {
  private LoopRequest() {}

  static Map<String, Double> params(Manifest m, int[][] prompts, GenerateOptions o) {
    if (prompts.length == 0) throw new InvalidRequestException("no prompts given");
    Map<String, Double> defaults = new LinkedHashMap<>();
    for (Manifest.ParamEntry p : m.params()) defaults.put(p.name(), p.defaultValue());
    Map<String, Double> params = new LinkedHashMap<>();
    o.temperature().ifPresent(t -> put(params, defaults, "temperature", "temperature", t));
    o.topK().ifPresent(k -> put(params, defaults, "top_k", "topK", k));
    o.topP().ifPresent(p -> put(params, defaults, "top_p", "topP", p));
    o.maxTokens().ifPresent(n -> put(params, defaults, "max_tokens", "maxTokens", n));
    o.seed().ifPresent(s -> {
      put(params, defaults, "seed_lo", "seed", (int) s);
      put(params, defaults, "seed_hi", "seed", (int) (s >>> 32));
    });
    long maxTokens = (long) (double) params.getOrDefault("max_tokens", defaults.getOrDefault("max_tokens", 0.0));
    long capacity = Math.max(0, m.appendCapacity());
    for (int s = 0; s < prompts.length; s++) check(prompts[s], s, prompts.length, m.vocab(), capacity, maxTokens);
    return params;
  }

  private static void put(Map<String, Double> params, Map<String, Double> defaults, String param, String option, double v) {
    if (!defaults.containsKey(param)) {
      throw new InvalidRequestException("the program has no " + param + " setting, so " + option + " cannot be set (it has " + defaults.keySet() + ")");
    }
    params.put(param, v);
  }

  private static void check(int[] ids, int s, int batch, long vocab, long capacity, long maxTokens) {
    String which = batch == 1 ? "the prompt" : "prompt " + s;
    if (ids == null || ids.length == 0) throw new InvalidRequestException(which + " has no tokens; the loop needs at least one to start from");
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < 0 || ids[i] >= vocab) {
        throw new InvalidRequestException(which + ": token " + ids[i] + " at position " + i + " is outside the vocabulary [0, " + vocab + ")");
      }
    }
    // the last new token is never fed back, so it needs no position
    if (capacity > 0 && ids.length + maxTokens - 1 > capacity) {
      throw new InvalidRequestException(which + " of " + ids.length + " tokens plus " + maxTokens + " new ones exceeds the model's capacity of "
          + capacity + " positions");
    }
  }
}
