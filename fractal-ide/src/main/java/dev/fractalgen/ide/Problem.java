package dev.fractalgen.ide;

/**
 * A problem of an edited program with its range: {@code offset} and {@code length} in the text's
 * chars, {@code line} and {@code column} 1-based as the command line prints them.
 */
public record Problem(int offset, int length, int line, int column, boolean error, String message, String code) {}
