package dev.fractalgen.dsl.elab;

import org.eclipse.emf.ecore.EObject;

/** A problem found while elaborating a program, attached to the element it is about. */
public record Diagnostic(Severity severity, EObject where, String code, String message) {
  public enum Severity { ERROR, WARNING }

  public static Diagnostic error(EObject where, String code, String message) {
    return new Diagnostic(Severity.ERROR, where, code, message);
  }
}
