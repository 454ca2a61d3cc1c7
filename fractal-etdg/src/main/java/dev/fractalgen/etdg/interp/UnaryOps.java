package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;

/**
 * {@code cast} and the elementwise unary ops, each in the f32 form that docs/etdg.md gives: the
 * arithmetic in f32, a transcendental function evaluated in double and rounded once to f32.
 */
final class UnaryOps {
  /** sqrt(2/pi) rounded to f32, the constant of the tanh approximation of gelu. */
  static final float GELU_C = (float) Math.sqrt(2 / Math.PI);

  private UnaryOps() {
  }

  /**
   * x converted to the output dtype: float to i32 truncates toward zero (Java's {@code (int)}: NaN
   * gives 0, out-of-range values saturate), i32 to float rounds to f32 first, then the output
   * rounding applies to f16/bf16.
   */
  static HostTensor cast(NodeCall c) {
    c.expectArity(1);
    HostTensor x = c.in(0);
    DType to = c.outDtype(0);
    TensorBuilder b = new TensorBuilder(to, x.shape());
    for (int i = 0; i < x.size(); i++) {
      if (to == DType.I32) b.setInt(i, x.isFloat() ? (int) x.floatAt(i) : x.intAt(i));
      else b.setFloat(i, x.isFloat() ? x.floatAt(i) : (float) x.intAt(i));
    }
    return b.build();
  }

  static HostTensor apply(NodeCall c) {
    c.expectArity(1);
    HostTensor x = c.in(0);
    TensorBuilder b = new TensorBuilder(x.dtype(), x.shape());
    if (x.isFloat()) {
      if (c.op() == Op.NOT) throw c.fail("not needs i32, got %s", x.typeString());
      for (int i = 0; i < x.size(); i++) b.setFloat(i, apply(c.op(), x.floatAt(i)));
    } else {
      for (int i = 0; i < x.size(); i++) b.setInt(i, applyInt(c, x.intAt(i)));
    }
    return b.build();
  }

  /** The f32 value of unary {@code op} at {@code x}. */
  static float apply(Op op, float x) {
    return switch (op) {
      case NEG -> -x;
      case ABS -> Math.abs(x);
      case EXP -> (float) Math.exp(x);
      case LOG -> (float) Math.log(x);
      case SQRT -> (float) Math.sqrt(x);
      case RSQRT -> 1f / (float) Math.sqrt(x);
      case TANH -> (float) Math.tanh(x);
      case SIN -> (float) Math.sin(x);
      case COS -> (float) Math.cos(x);
      case SIGMOID -> 1f / (1f + (float) Math.exp(-x));
      case SILU -> x * (1f / (1f + (float) Math.exp(-x)));
      // f32 arithmetic in the documented order, x^3 as (x*x)*x, tanh in double.
      case GELU -> 0.5f * x * (1f + (float) Math.tanh(GELU_C * (x + 0.044715f * (x * x * x))));
      default -> throw new IllegalArgumentException(op + " is not a unary op");
    };
  }

  /** i32 {@code neg} and {@code abs} wrap (two's complement); {@code not} gives 1 for 0, else 0. */
  private static int applyInt(NodeCall c, int x) {
    try {
      return applyInt(c.op(), x);
    } catch (IllegalArgumentException e) {
      throw c.fail("%s needs a floating dtype, got i32", c.op().getLiteral().toLowerCase());
    }
  }

  /** The i32 value of unary {@code op} at {@code x}; IllegalArgumentException for float-only ops. */
  static int applyInt(Op op, int x) {
    return switch (op) {
      case NEG -> -x;
      case ABS -> Math.abs(x);
      case NOT -> x == 0 ? 1 : 0;
      default -> throw new IllegalArgumentException(op + " on i32");
    };
  }
}
