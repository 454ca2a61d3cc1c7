package dev.fractalgen.runtime.exec;

/** Receives tokens while the kernel runs, in order per sequence. */
@FunctionalInterface
public interface TokenCallback {
  void onToken(int sequence, int index, int token);
}
