package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;
import java.util.Arrays;

/**
 * The ops that read elements at computed positions: {@code index}, {@code slice}, {@code gather}
 * and {@code window}. Each is written as "output element o is input element f(o)"; a position
 * outside the input is a run-time error, never clamped.
 */
final class IndexingOps {
  private IndexingOps() {
  }

  /** x with the axes of {@code ints} removed, at the indices given by the scalar operands. */
  static HostTensor index(NodeCall c) {
    if (c.arity() < 1) throw c.fail("needs the indexed operand");
    HostTensor x = c.in(0);
    int k = c.arity() - 1;
    c.expectAttrs(k);
    int[] axes = new int[k];
    int[] at = new int[k];
    boolean[] indexed = new boolean[x.rank()];
    for (int j = 0; j < k; j++) {
      axes[j] = c.axis(j, x.rank());
      if (j > 0 && axes[j] <= axes[j - 1]) throw c.fail("axes %s are not ascending", c.node.getInts());
      at[j] = c.scalarInt(1 + j, "index " + j);
      if (at[j] < 0 || at[j] >= x.dim(axes[j])) {
        throw c.fail("index %d out of range [0, %d) on axis %d", at[j], x.dim(axes[j]), axes[j]);
      }
      indexed[axes[j]] = true;
    }
    long[] xShape = x.shape();
    long[] outShape = new long[x.rank() - k];
    for (int a = 0, o = 0; a < x.rank(); a++) if (!indexed[a]) outShape[o++] = xShape[a];
    TensorBuilder b = new TensorBuilder(x.dtype(), outShape);
    for (int o = 0; o < b.size(); o++) {
      int[] oi = Layout.unravel(o, outShape);
      int[] xi = new int[x.rank()];
      for (int a = 0, next = 0, j = 0; a < x.rank(); a++) xi[a] = indexed[a] ? at[j++] : oi[next++];
      b.copy(o, x, Layout.ravel(xi, xShape));
    }
    return b.build();
  }

  /** x restricted to {@code start .. start+len} on the axis, len the declared output dim. */
  static HostTensor slice(NodeCall c) {
    c.expectArity(2);
    c.expectAttrs(1);
    HostTensor x = c.in(0);
    int axis = c.axis(0, x.rank());
    int start = c.scalarInt(1, "start");
    long[] xShape = x.shape();
    long[] outShape = c.outShape(0);
    long[] expected = xShape.clone();
    if (outShape.length == x.rank()) expected[axis] = outShape[axis];
    if (!Arrays.equals(outShape, expected)) {
      throw c.fail("declared shape %s does not match %s outside axis %d", Arrays.toString(outShape), x.typeString(), axis);
    }
    long len = outShape[axis];
    if (start < 0 || start + len > xShape[axis]) {
      throw c.fail("slice [%d, %d) out of range [0, %d) on axis %d", start, start + len, xShape[axis], axis);
    }
    TensorBuilder b = new TensorBuilder(x.dtype(), outShape);
    for (int o = 0; o < b.size(); o++) {
      int[] xi = Layout.unravel(o, outShape);
      xi[axis] += start;
      b.copy(o, x, Layout.ravel(xi, xShape));
    }
    return b.build();
  }

  /** Shape idx.shape ++ x.shape[1:], element [j..., r...] = x[idx[j...], r...]. */
  static HostTensor gather(NodeCall c) {
    c.expectArity(2);
    HostTensor x = c.in(0);
    HostTensor idx = c.in(1);
    if (x.rank() < 1) throw c.fail("cannot gather from a scalar");
    if (idx.dtype() != DType.I32) throw c.fail("indices must be i32, got %s", idx.typeString());
    long[] xShape = x.shape();
    long[] outShape = Layout.concat(idx.shape(), Arrays.copyOfRange(xShape, 1, xShape.length));
    TensorBuilder b = new TensorBuilder(x.dtype(), outShape);
    for (int o = 0; o < b.size(); o++) {
      int[] oi = Layout.unravel(o, outShape);
      int row = idx.intAt(Layout.ravel(Arrays.copyOfRange(oi, 0, idx.rank()), idx.shape()));
      if (row < 0 || row >= xShape[0]) throw c.fail("gather index %d out of range [0, %d)", row, xShape[0]);
      int[] xi = new int[x.rank()];
      xi[0] = row;
      System.arraycopy(oi, idx.rank(), xi, 1, x.rank() - 1);
      b.copy(o, x, Layout.ravel(xi, xShape));
    }
    return b.build();
  }

  /**
   * Shape {@code [(n-size)/stride+1, size] ++ x.shape[1:]}, element [w, j] = x[w*stride + j];
   * no window at all when n < size.
   */
  static HostTensor window(NodeCall c) {
    c.expectArity(1);
    c.expectAttrs(2);
    HostTensor x = c.in(0);
    long size = c.attr(0);
    long stride = c.attr(1);
    if (size < 1 || stride < 1) throw c.fail("size %d and stride %d must be >= 1", size, stride);
    if (x.rank() < 1) throw c.fail("cannot window a scalar");
    long[] xShape = x.shape();
    long n = xShape[0];
    long count = n >= size ? (n - size) / stride + 1 : 0;
    long[] outShape = Layout.concat(new long[] {count, size}, Arrays.copyOfRange(xShape, 1, xShape.length));
    TensorBuilder b = new TensorBuilder(x.dtype(), outShape);
    for (int o = 0; o < b.size(); o++) {
      int[] oi = Layout.unravel(o, outShape);
      int[] xi = new int[x.rank()];
      xi[0] = (int) (oi[0] * stride + oi[1]);
      System.arraycopy(oi, 2, xi, 1, x.rank() - 1);
      b.copy(o, x, Layout.ravel(xi, xShape));
    }
    return b.build();
  }
}
