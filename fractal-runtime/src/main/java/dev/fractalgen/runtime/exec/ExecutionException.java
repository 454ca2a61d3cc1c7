package dev.fractalgen.runtime.exec;

/** A generate call that could not run or failed while running; the message says why. */
public class ExecutionException extends RuntimeException {
  public ExecutionException(String message) {
    super(message);
  }
}
