package dev.fractalgen.etdg.interp;

import java.util.Arrays;

/** The ops that rearrange whole operands: {@code concat}, {@code stack} and {@code reshape}. */
final class ShapeOps {
  private ShapeOps() {
  }

  /** a_1..a_k joined along the axis; their dtypes and other dims must be equal. */
  static HostTensor concat(NodeCall c) {
    if (c.arity() < 1) throw c.fail("needs at least one operand");
    c.expectAttrs(1);
    HostTensor first = c.in(0);
    int axis = c.axis(0, first.rank());
    long[] outShape = first.shape();
    outShape[axis] = 0;
    for (HostTensor t : c.inputs()) {
      long[] s = t.shape();
      if (t.dtype() != first.dtype() || s.length != first.rank()) {
        throw c.fail("cannot concat %s with %s", first.typeString(), t.typeString());
      }
      for (int a = 0; a < s.length; a++) {
        if (a != axis && s[a] != outShape[a]) {
          throw c.fail("cannot concat %s with %s on axis %d", first.typeString(), t.typeString(), axis);
        }
      }
      outShape[axis] += s[axis];
    }
    TensorBuilder b = new TensorBuilder(first.dtype(), outShape);
    for (int o = 0; o < b.size(); o++) {
      int[] oi = Layout.unravel(o, outShape);
      // Walk the operands, taking off each one's extent until the index falls inside one.
      int p = 0;
      while (oi[axis] >= c.in(p).dim(axis)) oi[axis] -= (int) c.in(p++).dim(axis);
      b.copy(o, c.in(p), Layout.ravel(oi, c.in(p).shape()));
    }
    return b.build();
  }

  /** {@code [k] ++ a.shape}: the operands, which share one type, one after another. */
  static HostTensor stack(NodeCall c) {
    if (c.arity() < 1) throw c.fail("needs at least one operand");
    HostTensor first = c.in(0);
    for (HostTensor t : c.inputs()) c.requireSameType(first, t, "stacked operands");
    long[] outShape = Layout.concat(new long[] {c.arity()}, first.shape());
    TensorBuilder b = new TensorBuilder(first.dtype(), outShape);
    int per = first.size();
    for (int o = 0; o < b.size(); o++) b.copy(o, c.in(o / per), o % per);
    return b.build();
  }

  /** x under the declared output shape, which must have as many elements. */
  static HostTensor reshape(NodeCall c) {
    c.expectArity(1);
    HostTensor x = c.in(0);
    long[] outShape = c.outShape(0);
    if (HostTensor.elementCount(outShape) != x.size()) {
      throw c.fail("cannot reshape %s to %s", x.typeString(), Arrays.toString(outShape));
    }
    return x.reshape(outShape);
  }
}
