package dev.fractalgen.dsl.elab;

import dev.fractalgen.dsl.fractal.Expr;

/**
 * Sees what elaboration infers, for tools that show it (an editor's hover). A function's body is
 * checked once per use, so one expression may be reported with several types.
 */
@FunctionalInterface
public interface ElabObserver {
  ElabObserver NONE = (e, type) -> {};

  /** {@code e} elaborated to a value described by {@code type}, e.g. "f32[6, 288]" or "a function". */
  void inferred(Expr e, String type);
}
