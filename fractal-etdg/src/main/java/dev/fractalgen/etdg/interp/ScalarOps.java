package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;

/**
 * The interpreter's scalar arithmetic for compile-time evaluation (front-end constant folding):
 * one definition of every op's value, the one {@link Interpreter} uses. Values travel as doubles
 * holding an f32 or an i32 exactly.
 */
public final class ScalarOps {
  private ScalarOps() {
  }

  /** True for the ops whose result is an i32 0 or 1 whatever the operands' dtype. */
  public static boolean givesTruth(Op op) {
    return BinaryOps.givesTruth(op);
  }

  /**
   * {@code op} on scalars of {@code dtype}.
   *
   * @throws ArithmeticException for i32 division by zero
   * @throws IllegalArgumentException for an op the dtype does not have
   */
  public static double binary(Op op, double a, double b, DType dtype) {
    if (dtype == DType.I32) {
      if ((op == Op.DIV || op == Op.MOD) && (int) b == 0) throw new ArithmeticException("i32 division by zero");
      return BinaryOps.applyInt(op, (int) a, (int) b);
    }
    float x = (float) a, y = (float) b;
    return givesTruth(op) && op != Op.AND && op != Op.OR ? (BinaryOps.compare(op, x, y) ? 1 : 0) : BinaryOps.applyFloat(op, x, y);
  }

  /** Unary {@code op} (or {@code cast} to {@code to}) on a scalar of dtype {@code from}. */
  public static double unary(Op op, double v, DType from, DType to) {
    if (op == Op.CAST) {
      if (to == DType.I32) return from == DType.I32 ? (int) v : (int) (float) v;
      return from == DType.I32 ? (float) (int) v : (float) v;
    }
    return from == DType.I32 ? UnaryOps.applyInt(op, (int) v) : UnaryOps.apply(op, (float) v);
  }
}
