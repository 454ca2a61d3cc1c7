package dev.fractalgen.runtime;

/**
 * One generated token as it streams.
 *
 * @param sequence which prompt of the call it continues (0 for a single prompt)
 * @param index    its position among that sequence's generated tokens
 * @param id       the token id
 * @param text     the text this token releases: empty without a tokenizer, while a character is
 *                 incomplete, or while the text could still be the start of a stop string (it is
 *                 then released with a later token)
 */
public record Token(int sequence, int index, int id, String text) {}
