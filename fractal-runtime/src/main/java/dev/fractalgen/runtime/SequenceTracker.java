package dev.fractalgen.runtime;

import dev.fractalgen.runtime.text.Tokenizer;
import java.util.Arrays;
import java.util.List;

/**
 * One sequence's tokens as they stream: its text, and the stop tokens and stop strings the
 * library applies on top of the program's own stop rule. Text that could still become a stop
 * string is held back, so a listener never sees part of a stop string.
 */
final class SequenceTracker {
  private final Tokenizer.Decoder decoder;
  private final Tokenizer tokenizer;
  private final int[] stopTokens;
  private final List<String> stopStrings;
  private final int longestStop;
  private final StringBuilder text = new StringBuilder();
  private int released;
  private int accepted;
  private StopReason stop;

  /** @param tokenizer null when the model has none (then there is no text, and no stop strings) */
  SequenceTracker(Tokenizer tokenizer, int[] prompt, GenerateOptions o) {
    this.tokenizer = tokenizer;
    this.decoder = tokenizer == null ? null : tokenizer.decoder(prompt);
    this.stopTokens = o.stopTokens();
    this.stopStrings = o.stopStrings();
    this.longestStop = stopStrings.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The text the next token {@code id} releases, or null when the sequence has already ended (the token is ignored). */
  String accept(int id) {
    if (stop != null) return null;
    if (Arrays.stream(stopTokens).anyMatch(t -> t == id)) {
      stop = StopReason.STOP_TOKEN;
      return releaseAll();
    }
    accepted++;
    if (decoder == null) return "";
    int before = text.length();
    if (!tokenizer.isSpecial(id)) text.append(decoder.next(id));
    int from = Math.max(0, before - longestStop + 1);
    int at = -1;
    for (String s : stopStrings) {
      int i = text.indexOf(s, from);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at >= 0) {
      text.setLength(at);
      stop = StopReason.STOP_STRING;
      return releaseAll();
    }
    return release(text.length() - heldBack());
  }

  /** The length of the longest end of the text that begins some stop string. */
  private int heldBack() {
    for (int n = Math.min(longestStop - 1, text.length() - released); n > 0; n--) {
      String tail = text.substring(text.length() - n);
      if (stopStrings.stream().anyMatch(s -> s.startsWith(tail))) return n;
    }
    return 0;
  }

  private String releaseAll() {
    return release(text.length());
  }

  private String release(int upTo) {
    String s = text.substring(released, upTo);
    released = upTo;
    return s;
  }

  /** Whether the library ended this sequence (a stop token or string). */
  boolean stopped() {
    return stop != null;
  }

  /** Tokens of the kernel's sequence that belong to the completion. */
  int accepted() {
    return accepted;
  }

  /** The library's stop reason, or null when the program's rule (or the call) ended the sequence. */
  StopReason stop() {
    return stop;
  }

  /** The whole text, held-back and incomplete characters included (null without a tokenizer). */
  String finish() {
    if (decoder == null) return null;
    if (stop != StopReason.STOP_STRING) text.append(decoder.finish());
    return text.toString();
  }
}
