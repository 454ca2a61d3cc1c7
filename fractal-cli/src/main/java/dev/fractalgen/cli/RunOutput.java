package dev.fractalgen.cli;

import dev.fractalgen.runtime.text.Tokenizer;
import java.io.PrintWriter;
import java.util.List;

/** Where a run's tokens go while they are generated and once the run is over; one per --output format. */
interface RunOutput {
  /** Formats of --output. */
  enum Format { text, ids, json, jsonl }

  /** Called once before the loop starts. */
  void start(List<Prompts.Prompt> prompts);

  /** A token as the loop emits it (in order per sequence; called from one thread). */
  void token(int seq, int index, int id);

  /** Called once after the loop ends. */
  void finish(RunReport report);

  /** @param logits json/jsonl: also write each sequence's last-step logits */
  static RunOutput of(Format f, PrintWriter out, Tokenizer tokenizer, boolean logits) {
    return switch (f) {
      case text -> new TextOutput(out, tokenizer);
      case ids -> new IdsOutput(out);
      case json -> new JsonOutput(out, tokenizer, false, logits);
      case jsonl -> new JsonOutput(out, tokenizer, true, logits);
    };
  }
}
