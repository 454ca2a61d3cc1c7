package dev.fractalgen.ide;

import org.eclipse.emf.ecore.EObject;

/**
 * A name a program declares: {@code element} declares it; {@code offset} and {@code length} are
 * where the name itself is written; {@code detail} is its type as far as known.
 */
public record Declaration(String name, Kind kind, EObject element, int offset, int length, String detail) {
  public enum Kind {
    CONFIG("config"), WEIGHT("weight"), FUNCTION("function"), SIZE("size parameter"), PARAMETER("parameter"),
    LET("let"), PROMPT("prompt"), STATE("state"), STEP("step variable"), LAMBDA_PARAMETER("lambda parameter");

    public final String label;

    Kind(String label) {
      this.label = label;
    }
  }
}
