package dev.fractalgen.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.dsl.FractalFrontEnd.Problem;
import java.util.List;
import java.util.Map;

/** Checks test programs and asserts on their problems: code, line and column, nothing else reported. */
final class Expect {
  private Expect() {}

  /** One front end for all tests: creating its injector costs about a second. */
  static final FractalFrontEnd FE = new FractalFrontEnd();

  /** The problems of checking {@code text} as t.fractal. */
  static List<Problem> problems(String text) {
    return FE.check(text, "t.fractal").problems();
  }

  /**
   * Asserts that checking {@code text} reports exactly one problem, an error with {@code code} at
   * {@code line}:{@code column} (1-based), and returns it. "Exactly one" also asserts that the
   * error does not cascade into others.
   */
  static Problem onlyError(String text, String code, int line, int column) {
    return only(problems(text), code, line, column);
  }

  /** As {@link #onlyError}, for a program that checks clean but fails to lower with {@code overrides}. */
  static Problem onlyLoweringError(String text, Map<String, String> overrides, String code, int line, int column) {
    var checked = FE.check(text, "t.fractal");
    assertEquals(List.of(), checked.problems(), "the program itself must check clean");
    return only(FE.lower(checked.program(), "t.fractal", overrides).problems(), code, line, column);
  }

  /** Asserts that {@code text} checks with no problem at all. */
  static void clean(String text) {
    assertEquals(List.of(), problems(text));
  }

  /** Asserts that the message of {@code p} names every one of {@code parts} (types, shapes, names). */
  static void mentions(Problem p, String... parts) {
    for (String s : parts) assertTrue(p.message().contains(s), "message '" + p.message() + "' should contain '" + s + "'");
  }

  private static Problem only(List<Problem> problems, String code, int line, int column) {
    assertEquals(1, problems.size(), () -> "expected one problem, found " + problems);
    Problem p = problems.get(0);
    assertTrue(p.error(), p::toString);
    assertEquals(code + "@" + line + ":" + column, p.code() + "@" + p.line() + ":" + p.column(), p::toString);
    assertFalse(p.message().isBlank());
    return p;
  }
}
