package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;

/** The nodes without operands: {@code const} and {@code iota}. */
final class SourceOps {
  private SourceOps() {
  }

  /** The declared output type filled with the node's data, row-major; i32 data must be integers. */
  static HostTensor constant(NodeCall c) {
    c.expectArity(0);
    long[] shape = c.outShape(0);
    TensorBuilder b = new TensorBuilder(c.outDtype(0), shape);
    var data = c.node.getData();
    if (data.size() != b.size()) {
      throw c.fail("has %d data values for %s", data.size(), HostTensor.typeString(c.outDtype(0), shape));
    }
    for (int i = 0; i < b.size(); i++) {
      double d = data.get(i);
      if (c.outDtype(0) != DType.I32) {
        b.setFloat(i, (float) d);
      } else if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        b.setInt(i, (int) d);
      } else {
        throw c.fail("data value %s is not an i32", d);
      }
    }
    return b.build();
  }

  /** {@code i32[n]} with element i = i. */
  static HostTensor iota(NodeCall c) {
    c.expectArity(0);
    long[] shape = c.outShape(0);
    if (c.outDtype(0) != DType.I32 || shape.length != 1) {
      throw c.fail("declares %s, iota gives i32[n]", HostTensor.typeString(c.outDtype(0), shape));
    }
    TensorBuilder b = new TensorBuilder(DType.I32, shape);
    for (int i = 0; i < b.size(); i++) b.setInt(i, i);
    return b.build();
  }
}
