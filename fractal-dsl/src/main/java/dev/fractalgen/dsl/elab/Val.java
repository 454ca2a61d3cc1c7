package dev.fractalgen.dsl.elab;

import dev.fractalgen.dsl.fractal.Function;
import dev.fractalgen.dsl.fractal.Lambda;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;

/** What an expression elaborates to. */
sealed interface Val {

  /**
   * A tensor. {@code value} is its ETDG value, or null for a compile-time constant not yet
   * materialized; {@code constant} is its number when known at compile time; {@code size} is its
   * value as a dimension when it is an i32 scalar known up to run-time sizes (e.g. {@code pos + 1}).
   */
  record TensorVal(TensorType type, Value value, Double constant, DimExpr size) implements Val {
    boolean isConstant() {
      return constant != null;
    }
  }

  record TupleVal(List<Val> elements) implements Val {}

  record LambdaVal(Lambda lambda, Env env) implements Val {}

  record FunctionVal(Function function) implements Val {}
}
