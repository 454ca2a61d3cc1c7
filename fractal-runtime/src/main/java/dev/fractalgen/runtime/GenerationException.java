package dev.fractalgen.runtime;

/**
 * The compiled loop stopped with a run-time error (an index out of range, a full state), or the
 * device failed; the kernel has stopped and its memory is released.
 */
public final class GenerationException extends FractalException {
  public GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
