package dev.fractalgen.cli;

/** Bad input from the user: reported as one line with exit status 2, never a stack trace. */
final class UserError extends RuntimeException {
  UserError(String message) {
    super(message, null, false, false);
  }
}
