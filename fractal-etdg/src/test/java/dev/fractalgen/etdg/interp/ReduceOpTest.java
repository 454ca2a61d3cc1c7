package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;
import static dev.fractalgen.etdg.interp.Fragment.mat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.type.TensorType;
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
