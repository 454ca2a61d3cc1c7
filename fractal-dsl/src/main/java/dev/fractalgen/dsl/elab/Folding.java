package dev.fractalgen.dsl.elab;

import dev.fractalgen.etdg.interp.ScalarOps;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.type.DimExpr;

/**
 * Compile-time evaluation of scalar operations: the values are the reference interpreter's own
 * ({@link ScalarOps}), so a folded constant equals what the interpreter would compute at run time.
 */
final class Folding {
  private Folding() {}

  static boolean isComparison(Op op) {
    return ScalarOps.givesTruth(op);
  }

  /** @throws ArithmeticException for an i32 division by zero */
  static double binary(Op op, double a, double b, DType dtype) {
    try {
      return ScalarOps.binary(op, a, b, dtype);
    } catch (ArithmeticException e) {
      throw new ArithmeticException("division by zero in a constant expression");
    }
  }

  static double unary(Op op, double v, DType from, DType to) {
    return ScalarOps.unary(op, v, from, to);
  }

  /** The size an i32 operation yields when its operands are sizes, or null when not affine. */
  static DimExpr sizeArithmetic(Op op, DimExpr a, DimExpr b) {
    if (a == null || b == null) return null;
    return switch (op) {
      case ADD -> a.plus(b);
      case SUB -> a.minus(b);
      case MUL -> a.isConstant() ? b.times(a.constant()) : b.isConstant() ? a.times(b.constant()) : null;
      default -> null;
    };
  }
}
