package dev.fractalgen.runtime;

/** Something the library refused or could not do; the message says what and where, in one line. */
public class FractalException extends RuntimeException {
  public FractalException(String message) {
    super(message);
  }

  public FractalException(String message, Throwable cause) {
    super(message, cause);
  }
}
