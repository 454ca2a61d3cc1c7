package dev.fractalgen.dsl.elab;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.type.DimExpr;

/** Compile-time evaluation of scalar operations with the interpreter's semantics (docs/etdg.md). */
final class Folding {
  private Folding() {}

  static boolean isComparison(Op op) {
    return switch (op) {
      case EQ, NE, LT, LE, GT, GE, AND, OR -> true;
      default -> false;
    };
  }

  static double binary(Op op, double a, double b, DType dtype) {
    if (dtype == DType.I32) return intBinary(op, (int) a, (int) b);
    float x = (float) a;
    float y = (float) b;
    return switch (op) {
      case ADD -> x + y;
      case SUB -> x - y;
      case MUL -> x * y;
      case DIV -> x / y;
      case MOD -> x % y;
      case POW -> (float) Math.pow(x, y);
      case MAXIMUM -> Math.max(x, y);
      case MINIMUM -> Math.min(x, y);
      case EQ -> x == y ? 1 : 0;
      case NE -> x != y ? 1 : 0;
      case LT -> x < y ? 1 : 0;
      case LE -> x <= y ? 1 : 0;
      case GT -> x > y ? 1 : 0;
      case GE -> x >= y ? 1 : 0;
      case AND -> x != 0 && y != 0 ? 1 : 0;
      case OR -> x != 0 || y != 0 ? 1 : 0;
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  private static double intBinary(Op op, int x, int y) {
    if ((op == Op.DIV || op == Op.MOD) && y == 0) {
      throw new ArithmeticException("division by zero in a constant expression");
    }
    return switch (op) {
      case ADD -> x + y;
      case SUB -> x - y;
      case MUL -> x * y;
      case DIV -> x / y;
      case MOD -> x % y;
      case POW -> (int) Math.pow(x, y);
      case MAXIMUM -> Math.max(x, y);
      case MINIMUM -> Math.min(x, y);
      case EQ -> x == y ? 1 : 0;
      case NE -> x != y ? 1 : 0;
      case LT -> x < y ? 1 : 0;
      case LE -> x <= y ? 1 : 0;
      case GT -> x > y ? 1 : 0;
      case GE -> x >= y ? 1 : 0;
      case AND -> x != 0 && y != 0 ? 1 : 0;
      case OR -> x != 0 || y != 0 ? 1 : 0;
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  static double unary(Op op, double v, DType from, DType to) {
    if (op == Op.CAST) return to == DType.I32 ? (double) (int) v : (double) (float) v;
    if (from == DType.I32) {
      int x = (int) v;
      return switch (op) {
        case NEG -> -x;
        case ABS -> Math.abs(x);
        case NOT -> x == 0 ? 1 : 0;
        default -> throw new IllegalArgumentException(op.toString());
      };
    }
    float x = (float) v;
    return switch (op) {
      case NEG -> -x;
      case EXP -> (float) Math.exp(x);
      case LOG -> (float) Math.log(x);
      case SQRT -> (float) Math.sqrt(x);
      case RSQRT -> 1f / (float) Math.sqrt(x);
      case SILU -> x * (1f / (1f + (float) Math.exp(-x)));
      case SIGMOID -> 1f / (1f + (float) Math.exp(-x));
      case TANH -> (float) Math.tanh(x);
      case SIN -> (float) Math.sin(x);
      case COS -> (float) Math.cos(x);
      case ABS -> Math.abs(x);
      case GELU -> gelu(x);
      case NOT -> x == 0 ? 1 : 0;
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  private static float gelu(float x) {
    float inner = (float) Math.sqrt(2.0 / Math.PI) * (x + 0.044715f * x * x * x);
    return 0.5f * x * (1f + (float) Math.tanh(inner));
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
