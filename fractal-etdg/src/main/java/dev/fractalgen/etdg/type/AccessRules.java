package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.List;

/** Typing of the access nodes, which read parts of one tensor: index, slice, gather, window. */
final class AccessRules {
  private AccessRules() {}

  private static final TensorType I32_SCALAR = TensorType.scalar(DType.I32);

  /** index x, i_1..i_k with ints = k ascending axes: x without those axes. */
  static List<TensorType> index(RuleContext cx) {
    int k = cx.node.getInts().size();
    if (k == 0) {
      cx.problem("index needs at least one axis");
      return null;
    }
    if (!cx.expectOperands(1 + k)) return null;
    TensorType x = cx.operand(0);
    List<DimExpr> shape = new ArrayList<>(x.shape());
    for (int j = k - 1; j >= 0; j--) {
      long axis = cx.intAt(j);
      if (cx.axis(axis, x, "index") < 0) return null;
      if (j > 0 && cx.intAt(j - 1) >= axis) {
        cx.problem("index axes must be strictly ascending, are " + cx.node.getInts());
        return null;
      }
      shape.remove((int) axis);
    }
    for (int j = 1; j <= k; j++) cx.expect(cx.operand(j), I32_SCALAR, "index operand " + j);
    return List.of(x.withShape(shape));
  }

  /**
   * slice x, start with ints = [axis]: x with the length at axis taken from the declared output;
   * a static start or length must keep the slice inside x.
   */
  static List<TensorType> slice(RuleContext cx) {
    if (!cx.expectOperands(2) || !cx.expectInts(1)) return null;
    TensorType x = cx.operand(0);
    cx.expect(cx.operand(1), I32_SCALAR, "slice start");
    int axis = cx.axis(cx.intAt(0), x, "slice");
    TensorType declared = cx.declared();
    if (axis < 0 || declared == null) return null;
    if (declared.rank() != x.rank()) {
      cx.problem("slice output " + declared + " must have the rank of " + x);
      return null;
    }
    DimExpr len = declared.dim(axis);
    DimExpr room = x.dim(axis).minus(len);
    if (len.isConstant() && len.constant() < 0) cx.problem("slice length " + len + " is negative");
    if (room.isConstant() && room.constant() < 0) {
      cx.problem("slice length " + len + " exceeds dim " + x.dim(axis) + " of " + x);
    }
    Long start = constantScalar(cx.node, 1);
    if (start != null && (start < 0 || room.isConstant() && start > room.constant())) {
      cx.problem("slice " + start + " .. " + start + "+" + len + " is outside dim " + x.dim(axis)
          + " of " + x);
    }
    List<DimExpr> shape = new ArrayList<>(x.shape());
    shape.set(axis, len);
    return List.of(x.withShape(shape));
  }

  /** gather x, idx: idx.shape ++ x.shape[1:]. */
  static List<TensorType> gather(RuleContext cx) {
    if (!cx.expectOperands(2) || !cx.expectInts(0)) return null;
    TensorType x = cx.operand(0);
    TensorType idx = cx.operand(1);
    if (x.isScalar()) {
      cx.problem("gather needs a tensor of rank >= 1, has " + x);
      return null;
    }
    if (idx.dtype() != DType.I32) {
      cx.problem("gather indices must be i32, are " + idx);
      return null;
    }
    List<DimExpr> shape = new ArrayList<>(idx.shape());
    shape.addAll(x.dropLeading().shape());
    return List.of(x.withShape(shape));
  }

  /** window x with ints = [size, stride]: [(n-size)/stride+1, size] ++ x.shape[1:]. */
  static List<TensorType> window(RuleContext cx) {
    if (!cx.expectOperands(1) || !cx.expectInts(2)) return null;
    TensorType x = cx.operand(0);
    long size = cx.intAt(0);
    long stride = cx.intAt(1);
    if (size < 1 || stride < 1) {
      cx.problem("window size and stride must be >= 1, are " + size + " and " + stride);
      return null;
    }
    if (x.isScalar()) {
      cx.problem("window needs a tensor of rank >= 1, has " + x);
      return null;
    }
    DimExpr n = x.dim(0);
    DimExpr count;
    if (n.isConstant()) {
      if (n.constant() < size) {
        cx.problem("window of size " + size + " is longer than dim " + n + " of " + x);
        return null;
      }
      count = DimExpr.of((n.constant() - size) / stride + 1);
    } else if (stride == 1) {
      count = n.minus(DimExpr.of(size - 1));
    } else {
      // (n-size)/stride+1 is not affine in n: the shape language cannot say it.
      cx.problem("window with stride " + stride + " over symbolic dim " + n + " has no affine size");
      return null;
    }
    return List.of(x.dropLeading().prepend(DimExpr.of(size)).prepend(count));
  }

  /** The value of a scalar operand produced by a const node, else null. */
  static Long constantScalar(Node node, int operand) {
    Value v = node.getOperands().get(operand).getValue();
    if (v instanceof Output o && o.eContainer() instanceof Node producer
        && producer.getOp() == Op.CONST && producer.getData().size() == 1) {
      return (long) (double) producer.getData().get(0);
    }
    return null;
  }
}
