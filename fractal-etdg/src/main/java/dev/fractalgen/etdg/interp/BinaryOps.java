package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import java.util.Arrays;

/**
 * The elementwise binary ops (shapes equal, or one operand a scalar broadcast to the other) and
 * {@code select}.
 */
final class BinaryOps {
  private BinaryOps() {
  }

  static HostTensor apply(NodeCall c) {
    c.expectArity(2);
    HostTensor a = c.in(0);
    HostTensor b = c.in(1);
    if (a.dtype() != b.dtype()) throw c.fail("operand dtypes differ: %s and %s", a.typeString(), b.typeString());
    long[] shape = broadcastShape(c, a, b);
    if (a.isFloat() && (c.op() == Op.AND || c.op() == Op.OR)) {
      throw c.fail("%s needs i32 operands, got %s", c.op().getLiteral().toLowerCase(), a.typeString());
    }
    boolean compare = givesTruth(c.op());
    TensorBuilder out = new TensorBuilder(compare ? DType.I32 : a.dtype(), shape);
    for (int i = 0; i < out.size(); i++) {
      // A scalar operand contributes its only element to every output element.
      int ia = a.rank() == 0 ? 0 : i;
      int ib = b.rank() == 0 ? 0 : i;
      if (a.isFloat() && compare) out.setInt(i, compare(c.op(), a.floatAt(ia), b.floatAt(ib)) ? 1 : 0);
      else if (a.isFloat()) out.setFloat(i, applyFloat(c, a.floatAt(ia), b.floatAt(ib)));
      else out.setInt(i, applyInt(c, a.intAt(ia), b.intAt(ib)));
    }
    return out.build();
  }

  /** c ? a : b elementwise; c is i32, a scalar or of a's shape; a and b have one type. */
  static HostTensor select(NodeCall c) {
    c.expectArity(3);
    HostTensor cond = c.in(0);
    HostTensor a = c.in(1);
    HostTensor b = c.in(2);
    c.requireSameType(a, b, "select branches");
    if (cond.dtype() != DType.I32) throw c.fail("condition must be i32, got %s", cond.typeString());
    if (cond.rank() != 0 && !Arrays.equals(cond.shape(), a.shape())) {
      throw c.fail("condition %s is neither a scalar nor of shape %s", cond.typeString(), a.typeString());
    }
    TensorBuilder out = new TensorBuilder(a.dtype(), a.shape());
    for (int i = 0; i < out.size(); i++) {
      boolean pick = cond.intAt(cond.rank() == 0 ? 0 : i) != 0;
      out.copy(i, pick ? a : b, i);
    }
    return out.build();
  }

  private static long[] broadcastShape(NodeCall c, HostTensor a, HostTensor b) {
    if (Arrays.equals(a.shape(), b.shape()) || b.rank() == 0) return a.shape();
    if (a.rank() == 0) return b.shape();
    throw c.fail("shapes %s and %s are neither equal nor one a scalar", a.typeString(), b.typeString());
  }

  /** The ops whose result is an i32 0 or 1 whatever the operand dtype. */
  static boolean givesTruth(Op op) {
    return switch (op) {
      case EQ, NE, LT, LE, GT, GE, AND, OR -> true;
      default -> false;
    };
  }

  /** Java's float comparisons: every comparison with NaN is false except {@code ne}. */
  static boolean compare(Op op, float a, float b) {
    return switch (op) {
      case EQ -> a == b;
      case NE -> a != b;
      case LT -> a < b;
      case LE -> a <= b;
      case GT -> a > b;
      case GE -> a >= b;
      default -> throw new IllegalArgumentException(op + " on floats");
    };
  }

  /**
   * f32 arithmetic; {@code mod} is C's fmod (sign of the dividend, Java's float {@code %});
   * {@code pow} is evaluated in double; maximum/minimum propagate NaN ({@link Math#max}).
   */
  private static float applyFloat(NodeCall c, float a, float b) {
    try {
      return applyFloat(c.op(), a, b);
    } catch (IllegalArgumentException e) {
      throw c.fail("%s needs i32 operands", c.op().getLiteral().toLowerCase());
    }
  }

  /** f32 {@code op}; IllegalArgumentException for ops that need i32. */
  static float applyFloat(Op op, float a, float b) {
    return switch (op) {
      case ADD -> a + b;
      case SUB -> a - b;
      case MUL -> a * b;
      case DIV -> a / b;
      case MOD -> a % b;
      case POW -> (float) Math.pow(a, b);
      case MAXIMUM -> Math.max(a, b);
      case MINIMUM -> Math.min(a, b);
      default -> throw new IllegalArgumentException(op + " on f32");
    };
  }

  /**
   * Two's complement i32 arithmetic; Java's {@code /} and {@code %} are C's (truncation toward
   * zero, remainder with the dividend's sign). Division by zero is a run-time error.
   */
  private static int applyInt(NodeCall c, int a, int b) {
    if ((c.op() == Op.DIV || c.op() == Op.MOD) && b == 0) throw c.fail("i32 %s by zero", c.op().getLiteral().toLowerCase());
    try {
      return applyInt(c.op(), a, b);
    } catch (IllegalArgumentException e) {
      throw c.fail("%s needs floating operands", c.op().getLiteral().toLowerCase());
    }
  }

  /** i32 {@code op}; ArithmeticException for division by zero, IllegalArgumentException for float-only ops. */
  static int applyInt(Op op, int a, int b) {
    return switch (op) {
      case ADD -> a + b;
      case SUB -> a - b;
      case MUL -> a * b;
      case DIV -> a / b;
      case MOD -> a % b;
      case MAXIMUM -> Math.max(a, b);
      case MINIMUM -> Math.min(a, b);
      case EQ -> a == b ? 1 : 0;
      case NE -> a != b ? 1 : 0;
      case LT -> a < b ? 1 : 0;
      case LE -> a <= b ? 1 : 0;
      case GT -> a > b ? 1 : 0;
      case GE -> a >= b ? 1 : 0;
      case AND -> a != 0 && b != 0 ? 1 : 0;
      case OR -> a != 0 || b != 0 ? 1 : 0;
      default -> throw new IllegalArgumentException(op + " on i32");
    };
  }
}
