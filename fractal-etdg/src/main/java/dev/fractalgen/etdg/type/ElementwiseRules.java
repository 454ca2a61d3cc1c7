package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Typing of the elementwise nodes: cast, the unary and binary ops, select. */
final class ElementwiseRules {
  private ElementwiseRules() {}

  private static final Set<Op> UNARY = EnumSet.of(Op.NEG, Op.EXP, Op.LOG, Op.SQRT, Op.RSQRT,
      Op.SILU, Op.GELU, Op.TANH, Op.SIN, Op.COS, Op.SIGMOID, Op.ABS, Op.NOT);
  /** Evaluated in double and rounded to a float dtype: an i32 result would have no meaning. */
  private static final Set<Op> FLOAT_ONLY = EnumSet.of(Op.EXP, Op.LOG, Op.SQRT, Op.RSQRT,
      Op.SILU, Op.GELU, Op.TANH, Op.SIN, Op.COS, Op.SIGMOID, Op.POW);
  /** Logic on truth values, which are i32 0 or 1. */
  private static final Set<Op> I32_ONLY = EnumSet.of(Op.NOT, Op.AND, Op.OR);
  private static final Set<Op> BINARY = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MOD, Op.POW,
      Op.MAXIMUM, Op.MINIMUM, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.AND, Op.OR);
  /** Comparisons give i32 0 or 1 whatever their operands' dtype. */
  private static final Set<Op> I32_RESULT = EnumSet.of(Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE);

  static boolean isUnary(Op op) {
    return UNARY.contains(op);
  }

  static boolean isBinary(Op op) {
    return BINARY.contains(op);
  }

  /** cast: x's shape with the declared output's dtype. */
  static List<TensorType> cast(RuleContext cx) {
    if (!cx.expectOperands(1) || !cx.expectInts(0)) return null;
    TensorType t = cx.declared();
    return t == null ? null : List.of(cx.operand(0).withDtype(t.dtype()));
  }

  static List<TensorType> unary(RuleContext cx) {
    if (!cx.expectOperands(1) || !cx.expectInts(0)) return null;
    TensorType x = cx.operand(0);
    if (!dtypeAllowed(cx, x)) return null;
    return List.of(x);
  }

  /** Equal dtypes; equal shapes, or one scalar operand broadcast to the other's shape. */
  static List<TensorType> binary(RuleContext cx) {
    if (!cx.expectOperands(2) || !cx.expectInts(0)) return null;
    TensorType a = cx.operand(0);
    TensorType b = cx.operand(1);
    if (a.dtype() != b.dtype()) {
      cx.problem(cx.opName() + " operands have different dtypes: " + a + " and " + b);
      return null;
    }
    if (!dtypeAllowed(cx, a)) return null;
    TensorType r;
    if (a.shape().equals(b.shape()) || b.isScalar()) r = a;
    else if (a.isScalar()) r = b;
    else {
      cx.problem(cx.opName() + " operand shapes differ and neither is a scalar: " + a + " and " + b);
      return null;
    }
    return List.of(I32_RESULT.contains(cx.node.getOp()) ? r.withDtype(DType.I32) : r);
  }

  private static boolean dtypeAllowed(RuleContext cx, TensorType x) {
    String problem = dtypeProblem(cx.node.getOp(), x.dtype());
    if (problem != null) cx.problem(problem + ", has " + x);
    return problem == null;
  }

  /** Why elementwise {@code op} cannot take operands of dtype {@code d}, or null when it can. */
  static String dtypeProblem(Op op, DType d) {
    String name = op.getLiteral().toLowerCase();
    if (FLOAT_ONLY.contains(op) && d == DType.I32) return name + " needs float operands";
    if (I32_ONLY.contains(op) && d != DType.I32) return name + " needs i32 operands";
    return null;
  }

  /** select c, a, b: c is i32, scalar or of a's shape; a and b have one type, the result's. */
  static List<TensorType> select(RuleContext cx) {
    if (!cx.expectOperands(3) || !cx.expectInts(0)) return null;
    TensorType c = cx.operand(0);
    TensorType a = cx.operand(1);
    TensorType b = cx.operand(2);
    if (c.dtype() != DType.I32) cx.problem("select condition must be i32, is " + c);
    if (!c.isScalar() && !c.shape().equals(a.shape())) {
      cx.problem("select condition " + c + " is neither a scalar nor of the shape of " + a);
    }
    if (!a.equals(b)) cx.problem("select branches differ: " + a + " and " + b);
    return List.of(a);
  }
}
