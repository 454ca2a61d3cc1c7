package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;
import static dev.fractalgen.etdg.interp.Fragment.mat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.type.TensorType;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReduceOpTest {
  /** [[1, 5, 3], [4, -2, 4]]: row 1 has a tie for its maximum. */
  private static final HostTensor M = mat(2, 3, 1, 5, 3, 4, -2, 4);

  private static HostTensor reduce(ReduceKind kind, int axis, TensorType out, HostTensor x, InterpreterOptions o) {
    Fragment f = new Fragment().options(o);
    var a = f.arg("x", x);
    return f.run1(f.nodes.node(Op.REDUCE).operands(a).reduce(kind).ints(axis).output("r", out));
  }

  private static HostTensor reduce(ReduceKind kind, int axis, TensorType out, HostTensor x) {
    return reduce(kind, axis, out, x, InterpreterOptions.defaults());
  }

  @Test
  void everyKindAlongAxisOneOfATwoByThreeMatrix() {
    assertArrayEquals(new float[] {9, 6}, reduce(ReduceKind.SUM, 1, f32(2), M).floats());
    assertArrayEquals(new float[] {15, -32}, reduce(ReduceKind.PROD, 1, f32(2), M).floats());
    assertArrayEquals(new float[] {5, 4}, reduce(ReduceKind.MAX, 1, f32(2), M).floats());
    assertArrayEquals(new float[] {1, -2}, reduce(ReduceKind.MIN, 1, f32(2), M).floats());
    // Row 1 = [4, -2, 4]: the first maximum is at 0.
    assertArrayEquals(new int[] {1, 0}, reduce(ReduceKind.ARGMAX, 1, i32(2), M).ints());
  }

  @Test
  void sumAlongAxisZero() {
    assertArrayEquals(new float[] {5, 3, 7}, reduce(ReduceKind.SUM, 0, f32(3), M).floats());
  }

  @Test
  void f32SumAccumulatesInIncreasingIndexOrder() {
    // In f32, 1e8 + 1 == 1e8 (the spacing there is 8), so the order decides the result.
    HostTensor bigFirst = Fragment.vec(1e8f, 1f, -1e8f);
    HostTensor cancelFirst = Fragment.vec(1e8f, -1e8f, 1f);
    assertArrayEquals(new float[] {0f}, reduce(ReduceKind.SUM, 0, f32(), bigFirst).floats());
    assertArrayEquals(new float[] {1f}, reduce(ReduceKind.SUM, 0, f32(), cancelFirst).floats());
  }

  private static HostTensor tree(ReduceKind kind, int lanes, int width, HostTensor x) {
    Fragment f = new Fragment();
    var a = f.arg("x", x);
    return f.run1(f.nodes.node(Op.REDUCE).operands(a).reduce(kind).ints(0).order(lanes, width).output("r", f32()));
  }

  /** The tree order computed independently here, straight from the definition in docs/etdg.md. */
  private static float treeByHand(float[] x, int lanes, int width, boolean sum) {
    float[] acc = new float[lanes];
    Arrays.fill(acc, sum ? 0f : 1f);
    for (int c = 0; c * width < x.length; c++) {
      for (int j = c * width; j < Math.min(x.length, (c + 1) * width); j++) {
        acc[c % lanes] = sum ? acc[c % lanes] + x[j] : acc[c % lanes] * x[j];
      }
    }
    for (int h = lanes / 2; h > 0; h >>= 1) {
      float[] next = acc.clone();
      for (int l = 0; l < h; l++) next[l] = sum ? acc[l] + acc[l + h] : acc[l] * acc[l + h];
      acc = next;
    }
    return acc[0];
  }

  @Test
  void treeOrderFoldsLanesThenTheButterfly() {
    // In f32, 1e8 + 1 == 1e8. Sequential: ((1e8 + 1) - 1e8) + 1 = 1. tree(2, 1): lane 0 = 1e8 - 1e8 = 0,
    // lane 1 = 1 + 1 = 2, then 0 + 2 = 2. tree(2, 2): lane 0 = (1e8 + 1) = 1e8, lane 1 = -1e8 + 1 = -1e8, sum 0.
    HostTensor x = Fragment.vec(1e8f, 1f, -1e8f, 1f);
    assertArrayEquals(new float[] {1f}, reduce(ReduceKind.SUM, 0, f32(), x).floats());
    assertArrayEquals(new float[] {2f}, tree(ReduceKind.SUM, 2, 1, x).floats());
    assertArrayEquals(new float[] {0f}, tree(ReduceKind.SUM, 2, 2, x).floats());
  }

  @Test
  void treeOrderMatchesItsDefinitionOnRandomVectors() {
    Random r = new Random(42);
    for (int n : new int[] {1, 7, 64, 100, 288, 768, 1000}) {
      float[] v = new float[n];
      for (int i = 0; i < n; i++) v[i] = (float) r.nextGaussian() * (r.nextBoolean() ? 1e3f : 1e-3f);
      for (int[] lw : new int[][] {{2, 1}, {32, 1}, {32, 4}, {8, 3}, {1024, 1}, {4, 64}}) {
        float expected = treeByHand(v, lw[0], lw[1], true);
        assertArrayEquals(new float[] {expected}, tree(ReduceKind.SUM, lw[0], lw[1], Fragment.vec(v)).floats(),
            "n=" + n + " tree(" + lw[0] + ", " + lw[1] + ")");
      }
      float[] small = new float[Math.min(n, 40)];
      for (int i = 0; i < small.length; i++) small[i] = 1f + (float) r.nextGaussian() * 0.01f;
      assertArrayEquals(new float[] {treeByHand(small, 4, 2, false)}, tree(ReduceKind.PROD, 4, 2, Fragment.vec(small)).floats());
    }
  }

  @Test
  void f64AccumulationOptionKeepsTheSmallTerm() {
    HostTensor bigFirst = Fragment.vec(1e8f, 1f, -1e8f);
    InterpreterOptions f64 = InterpreterOptions.defaults().withF64Accumulation(true);
    assertArrayEquals(new float[] {1f}, reduce(ReduceKind.SUM, 0, f32(), bigFirst, f64).floats());
  }

  @Test
  void i32ReductionsWrapAndArgmaxTakesTheFirstTie() {
    HostTensor v = Fragment.ivec(Integer.MAX_VALUE, 1, 7, Integer.MAX_VALUE);
    // MAX + 1 wraps to MIN; MIN + 7 + MAX = -1 + 7 = 6.
    assertArrayEquals(new int[] {6}, reduce(ReduceKind.SUM, 0, i32(), v).ints());
    assertArrayEquals(new int[] {0}, reduce(ReduceKind.ARGMAX, 0, i32(), v).ints());
    assertArrayEquals(new int[] {1}, reduce(ReduceKind.MIN, 0, i32(), v).ints());
  }

  @Test
  void sumOfAnEmptyAxisIsZeroButMaxIsAnError() {
    HostTensor empty = HostTensor.f32(new long[] {0, 2});
    assertArrayEquals(new float[] {0, 0}, reduce(ReduceKind.SUM, 0, f32(2), empty).floats());
    assertThrows(InterpreterException.class, () -> reduce(ReduceKind.MAX, 0, f32(2), empty));
  }
}
