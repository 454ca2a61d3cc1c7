package dev.fractalgen.dsl.elab;

/** Aborts elaboration of the current expression after its diagnostic has been recorded. */
final class ElabError extends RuntimeException {
  final Diagnostic diagnostic;

  ElabError(Diagnostic diagnostic) {
    super(diagnostic == null ? "(reported)" : diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }
}
