package dev.fractalgen.runtime;

/**
 * What one sequence generated.
 *
 * @param prompt the prompt's token ids
 * @param tokens the generated ids, up to and including the one that ended it (a stop token is left
 *               out; so is any token after a stop string completed)
 * @param text   the generated text (null without a tokenizer), ending before a stop string
 * @param stop   why it ended
 */
public record Completion(int[] prompt, int[] tokens, String text, StopReason stop) {}
