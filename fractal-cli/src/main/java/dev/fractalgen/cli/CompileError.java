package dev.fractalgen.cli;

/**
 * The compiler refused a program that passed the front end (a backend limit, an LLVM or ptxas
 * failure): one line with its code, exit status 1. Commands translate the backend's exception into
 * this one so that the command line's error handling names no compiler class (a cached run never
 * loads the compiler).
 */
final class CompileError extends RuntimeException {
  private final String code;

  CompileError(String code, String message, Throwable cause) {
    super(message, cause, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }
}
