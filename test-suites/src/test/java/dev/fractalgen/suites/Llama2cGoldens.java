package dev.fractalgen.suites;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The greedy runs of llama2.c's run.c on the published stories260K (golden/stories260K_llama2c.jsonl;
 * provenance in golden/README.md): prompt text and the ids llama2.c encoded it to, its step
 * count, the new ids it generated, why it stopped, and exactly what it printed.
 */
public final class Llama2cGoldens {
  private Llama2cGoldens() {}

  /**
   * One greedy run.
   *
   * @param steps llama2.c's -n: forward passes, counting the prompt's
   * @param ids   the new tokens after the forced prompt, the final BOS excluded
   * @param stop  "steps" or "bos" (llama2.c stops when the model produces BOS)
   * @param text  run.c's whole stdout: the prompt after BOS, the continuation, a newline
   */
  public record Golden(String name, String prompt, int steps, int[] promptIds, int[] ids, String stop, String text) {
    /** The new-token budget that reproduces llama2.c's -n: its first P-1 steps only force the prompt. */
    public int maxTokens() {
      return steps - (promptIds.length - 1);
    }

    /** Whether run.c printed every byte: it drops unprintable single-byte pieces, such as halves of a UTF-8 character. */
    public boolean printedWhole() {
      return Arrays.stream(promptIds).noneMatch(Golden::dropped) && Arrays.stream(ids).noneMatch(Golden::dropped);
    }

    /** A byte-fallback token (ids 3..258 are bytes 0..255) whose byte is neither printable nor space in C. */
    private static boolean dropped(int id) {
      int b = id - 3;
      return b >= 0 && b < 256 && !(b >= 0x20 && b < 0x7F) && !(b >= 0x09 && b <= 0x0D);
    }
  }

  /** Every greedy case (the sampled documentation entry, which uses llama2.c's own RNG, is left out). */
  public static List<Golden> greedy() {
    List<Golden> out = new ArrayList<>();
    Gson gson = new Gson();
    for (String line : Repo.resource("/golden/stories260K_llama2c.jsonl").split("\n")) {
      if (line.isBlank()) continue;
      JsonObject o = gson.fromJson(line, JsonObject.class);
      if (!o.has("ids")) continue;
      out.add(new Golden(o.get("name").getAsString(), o.get("prompt").getAsString(), o.get("steps").getAsInt(),
          gson.fromJson(o.get("prompt_ids"), int[].class), gson.fromJson(o.get("ids"), int[].class),
          o.get("stop").getAsString(), o.get("text").getAsString()));
    }
    return out;
  }

  public static Golden named(String name) {
    return greedy().stream().filter(g -> g.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no golden case " + name));
  }
}
