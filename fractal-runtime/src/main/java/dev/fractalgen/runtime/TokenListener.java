package dev.fractalgen.runtime;

/**
 * Receives tokens while the kernel runs, in order per sequence, on the thread that called
 * generate. Returning false cancels the whole call: the kernel stops at its next step and the
 * call returns what was generated, the unfinished sequences marked {@link StopReason#CANCELLED}.
 * An exception thrown here also stops the kernel, and is then rethrown by the generate call.
 */
@FunctionalInterface
public interface TokenListener {
  boolean onToken(Token token);
}
