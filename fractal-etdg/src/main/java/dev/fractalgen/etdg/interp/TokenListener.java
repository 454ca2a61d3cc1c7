package dev.fractalgen.etdg.interp;

/** Receives the generated tokens as the interpreter emits them, in order per sequence. */
@FunctionalInterface
public interface TokenListener {
  /** Ignores every token. */
  TokenListener NONE = (seq, index, token) -> { };

  /**
   * @param seq the sequence's index in the batch
   * @param index the token's index among the sequence's generated tokens (0 for the first)
   * @param token the token id
   */
  void onToken(int seq, int index, int token);
}
