package dev.fractalgen.runtime.exec;

/** A generate call needs more memory than the machine (or the GPU) has; nothing was launched. */
public final class OutOfMemoryException extends ExecutionException {
  public OutOfMemoryException(String message) {
    super(message);
  }
}
