package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.ReduceKind;
import java.util.ArrayList;
import java.util.List;

/** Typing of the nodes that join, regroup or fold whole tensors: concat, stack, reshape, reduce. */
final class LayoutRules {
  private LayoutRules() {}

  /** concat a_1..a_k with ints = [axis]: dims at axis summed, all other dims equal. */
  static List<TensorType> concat(RuleContext cx) {
    if (!cx.expectOperandsAtLeast(1) || !cx.expectInts(1)) return null;
    TensorType first = cx.operand(0);
    int axis = cx.axis(cx.intAt(0), first, "concat");
    if (axis < 0) return null;
    DimExpr total = first.dim(axis);
    boolean ok = true;
    for (int i = 1; i < cx.operandCount(); i++) {
      TensorType a = cx.operand(i);
      List<DimExpr> expected = new ArrayList<>(first.shape());
      if (a.rank() == first.rank()) expected.set(axis, a.dim(axis));
      if (a.dtype() != first.dtype() || !a.shape().equals(expected)) {
        cx.problem("concat operand " + i + " is " + a + ", which does not join " + first
            + " on axis " + axis);
        ok = false;
      } else {
        total = total.plus(a.dim(axis));
      }
    }
    if (!ok) return null;
    List<DimExpr> shape = new ArrayList<>(first.shape());
    shape.set(axis, total);
    return List.of(first.withShape(shape));
  }

  /** stack a_1..a_k of one type: [k] ++ a.shape. */
  static List<TensorType> stack(RuleContext cx) {
    if (!cx.expectOperandsAtLeast(1) || !cx.expectInts(0)) return null;
    TensorType first = cx.operand(0);
    boolean ok = true;
    for (int i = 1; i < cx.operandCount(); i++) {
      ok &= cx.expect(cx.operand(i), first, "stack operand " + i);
    }
    return ok ? List.of(first.prepend(DimExpr.of(cx.operandCount()))) : null;
  }

  /** reshape x: the declared shape, with x's dtype and element count. */
  static List<TensorType> reshape(RuleContext cx) {
    if (!cx.expectOperands(1) || !cx.expectInts(0)) return null;
    TensorType x = cx.operand(0);
    TensorType t = cx.declared();
    if (t == null) return null;
    ElementCount from = ElementCount.of(x);
    ElementCount to = ElementCount.of(t);
    if (!from.equals(to)) {
      cx.problem("reshape of " + x + " (" + from + " elements) to " + t + " (" + to + " elements)");
      return null;
    }
    return List.of(t.withDtype(x.dtype()));
  }

  /** reduce.kind x with ints = [axis]: x without the axis; argmax gives i32 indices. */
  static List<TensorType> reduce(RuleContext cx) {
    if (!cx.expectOperands(1) || !cx.expectInts(1)) return null;
    TensorType x = cx.operand(0);
    int axis = cx.axis(cx.intAt(0), x, "reduce");
    if (axis < 0) return null;
    List<DimExpr> shape = new ArrayList<>(x.shape());
    shape.remove(axis);
    DType dtype = cx.node.getReduce() == ReduceKind.ARGMAX ? DType.I32 : x.dtype();
    return List.of(new TensorType(dtype, shape));
  }
}
