package dev.fractalgen.runtime.text;

/**
 * Text to token ids and back, for prompts and streamed output.
 *
 * <p>Implementations are safe for concurrent use once built, except for the {@link Decoder}s they
 * hand out, which belong to one sequence each.
 */
public interface Tokenizer extends AutoCloseable {
  /** How many ids the vocabulary has; every id this tokenizer produces is below it. */
  int vocabSize();

  /**
   * The ids of a prompt, with the special tokens the tokenizer's own convention adds (llama2.c: BOS first).
   *
   * @throws IllegalArgumentException when the tokenizer cannot encode the text (a one-line message naming the file)
   */
  int[] encode(String text);

  /**
   * A streaming decoder for one sequence that continues after {@code context} (its prompt ids):
   * some tokenizers render a token differently depending on what precedes it.
   */
  Decoder decoder(int[] context);

  /** Whether {@code id} is a control token (BOS, EOS, padding) rather than text. */
  boolean isSpecial(int id);

  /** A short description for summaries, such as the file it was read from. */
  String describe();

  /** The whole text of {@code ids} following {@code context}. */
  default String decode(int[] context, int[] ids) {
    Decoder d = decoder(context);
    StringBuilder b = new StringBuilder();
    for (int id : ids) b.append(d.next(id));
    return b.append(d.finish()).toString();
  }

  @Override
  default void close() {}

  /** Turns ids into text one at a time; text that is not yet complete (half a character) is held back. */
  interface Decoder {
    /** The text that {@code id} completes; empty while a character is still incomplete. */
    String next(int id);

    /** Whatever is still held back, with incomplete characters as U+FFFD. */
    String finish();
  }
}
