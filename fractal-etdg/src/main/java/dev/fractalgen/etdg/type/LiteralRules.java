package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.DType;
import java.util.List;

/** Typing of the nodes without operands, whose type is the declared one: const and iota. */
final class LiteralRules {
  private LiteralRules() {}

  /** const: the declared type; the data holds one value per element (integers for i32). */
  static List<TensorType> constant(RuleContext cx) {
    if (!cx.expectOperands(0) || !cx.expectInts(0)) return null;
    TensorType t = cx.declared();
    if (t == null) return null;
    long count = 1;
    for (DimExpr d : t.shape()) {
      if (!d.isConstant()) {
        cx.problem("const needs a static shape, has " + t);
        return null;
      }
      count *= d.constant();
    }
    List<Double> data = cx.node.getData();
    if (data.size() != count) {
      cx.problem("const of type " + t + " needs " + count + " data values, has " + data.size());
    }
    if (t.dtype() == DType.I32) {
      for (int i = 0; i < data.size(); i++) {
        double v = data.get(i);
        if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
          cx.problem("const of type " + t + " has a non-i32 value " + v + " at " + i);
          break;
        }
      }
    }
    return List.of(t);
  }

  /** iota: {@code i32[n]}, n read from the declared (rank-1) output. */
  static List<TensorType> iota(RuleContext cx) {
    if (!cx.expectOperands(0) || !cx.expectInts(0)) return null;
    TensorType t = cx.declared();
    if (t == null) return null;
    if (t.rank() != 1) {
      cx.problem("iota's output must have rank 1, is " + t);
      return null;
    }
    return List.of(new TensorType(DType.I32, t.shape()));
  }
}
