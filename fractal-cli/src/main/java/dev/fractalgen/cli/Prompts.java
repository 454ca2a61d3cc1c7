package dev.fractalgen.cli;

import dev.fractalgen.runtime.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/** The prompts of a run as token ids, from text (through the tokenizer) or from ids, checked against the loop. */
final class Prompts {
  private Prompts() {}

  /** One prompt: the text it was encoded from (null for ids) and its ids. */
  record Prompt(String text, int[] ids) {}

  static List<Prompt> resolve(List<String> texts, List<String> idLists, Tokenizer tokenizer, LoopFacts facts, long maxTokens) {
    if (!texts.isEmpty() && !idLists.isEmpty()) {
      throw new UserError("give the batch either as --prompt texts or as --prompt-ids, not both");
    }
    List<Prompt> out = new ArrayList<>();
    if (idLists.isEmpty()) {
      if (tokenizer == null) {
        throw new UserError("no tokenizer was found beside the checkpoint, so prompts must be token ids: use --prompt-ids, "
            + "or name a tokenizer with --tokenizer FILE");
      }
      // no prompt at all: generate from the tokenizer's start (llama2.c: BOS alone)
      for (String t : texts.isEmpty() ? List.of("") : texts) {
        try {
          out.add(new Prompt(t, tokenizer.encode(t)));
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage());
        }
      }
    } else {
      for (String s : idLists) out.add(new Prompt(null, parseIds(s)));
    }
    for (Prompt p : out) check(p, facts, maxTokens);
    return out;
  }

  private static int[] parseIds(String s) {
    String[] parts = s.split(",");
    int[] ids = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        ids[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new UserError("--prompt-ids takes comma-separated integers, found '" + s + "'");
      }
    }
    return ids;
  }

  private static void check(Prompt p, LoopFacts facts, long maxTokens) {
    String which = p.text() == null ? "prompt" : "prompt \"" + abbreviate(p.text()) + "\"";
    if (p.ids().length == 0) {
      throw new UserError((p.text() != null && p.text().isEmpty() ? "with no prompt, the tokenizer gives no start token (it adds no BOS)"
          : which + " encodes to no tokens") + "; the loop needs at least one to start from: give --prompt TEXT");
    }
    for (int id : p.ids()) {
      if (id < 0 || id >= facts.vocab()) {
        throw new UserError(which + ": token " + id + " is outside the vocabulary [0, " + facts.vocab() + ")");
      }
    }
    // the last emitted token is never fed back, so it needs no position
    if (facts.capacity() > 0 && p.ids().length + maxTokens - 1 > facts.capacity()) {
      throw new UserError(which + " of " + p.ids().length + " tokens plus --max-tokens " + maxTokens
          + " exceeds the model's capacity of " + facts.capacity() + " positions");
    }
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\p{Cntrl}", " ");
    return one.length() <= 40 ? one : one.substring(0, 37) + "...";
  }
}
