package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;
import static dev.fractalgen.etdg.interp.Fragment.shape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import org.junit.jupiter.api.Test;

class IndexingOpsTest {

  /** A 2x3x4 tensor whose element [i, j, k] is 100i + 10j + k, so every value names its place. */
  private static HostTensor cube() {
    float[] v = new float[24];
    for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) v[i * 12 + j * 4 + k] = 100 * i + 10 * j + k;
    return HostTensor.f32(shape(2, 3, 4), v);
  }

  @Test
  void indexRemovesSeveralAxes() {
    Fragment f = new Fragment();
    var x = f.arg("x", cube());
    var i = f.arg("i", HostTensor.scalarI32(1));
    var k = f.arg("k", HostTensor.scalarI32(3));
    Output y = f.op(Op.INDEX, "y", f32(3), new long[] {0, 2}, x, i, k);
    assertArrayEquals(new float[] {103, 113, 123}, f.run1(y).floats());
  }

  @Test
  void indexOneMiddleAxis() {
    Fragment f = new Fragment();
    var x = f.arg("x", cube());
    var j = f.arg("j", HostTensor.scalarI32(2));
    Output y = f.op(Op.INDEX, "y", f32(2, 4), new long[] {1}, x, j);
    assertArrayEquals(new float[] {20, 21, 22, 23, 120, 121, 122, 123}, f.run1(y).floats());
  }

  @Test
  void indexOutOfRangeNamesTheNode() {
    Fragment f = new Fragment();
    var x = f.arg("x", cube());
    var j = f.arg("j", HostTensor.scalarI32(3));
    Output y = f.op(Op.INDEX, "y", f32(2, 4), new long[] {1}, x, j);
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run1(y));
    assertEquals(Op.INDEX, e.op());
    assertTrue(e.getMessage().startsWith("index %y: index 3 out of range [0, 3) on axis 1"), e.getMessage());
  }

  @Test
  void sliceWithADynamicStartAndASymbolicLength() {
    Fragment f = new Fragment().size("pos", 1);
    var x = f.arg("x", cube());
    var start = f.arg("start", HostTensor.scalarI32(1));
    // len = pos + 1 = 2 rows of axis 1, starting at row 1.
    Output y = f.op(Op.SLICE, "y", Fragment.of(DType.F32, "2", "pos+1", "4"), new long[] {1}, x, start);
    HostTensor out = f.run1(y);
    assertArrayEquals(shape(2, 2, 4), out.shape());
    assertArrayEquals(new float[] {10, 11, 12, 13, 20, 21, 22, 23, 110, 111, 112, 113, 120, 121, 122, 123}, out.floats());
  }

  @Test
  void sliceRunningPastTheEndIsAnError() {
    Fragment f = new Fragment();
    var x = f.arg("x", cube());
    var start = f.arg("start", HostTensor.scalarI32(2));
    Output y = f.op(Op.SLICE, "y", f32(2, 3, 2), new long[] {2}, x, start);
    assertEquals(2, f.run1(y).dim(2));
    Fragment g = new Fragment();
    var x2 = g.arg("x", cube());
    var late = g.arg("start", HostTensor.scalarI32(3));
    Output z = g.op(Op.SLICE, "z", f32(2, 3, 2), new long[] {2}, x2, late);
    assertThrows(InterpreterException.class, () -> g.run1(z));
  }

  @Test
  void gatherWithTwoDimensionalIndices() {
    Fragment f = new Fragment();
    var table = f.arg("t", HostTensor.f32(shape(4, 2), 0, 1, 10, 11, 20, 21, 30, 31));
    var idx = f.arg("idx", HostTensor.i32(shape(2, 2), 3, 0, 1, 1));
    Output y = f.nodes.op(Op.GATHER, "y", f32(2, 2, 2), table, idx);
    assertArrayEquals(new float[] {30, 31, 0, 1, 10, 11, 10, 11}, f.run1(y).floats());
  }

  @Test
  void gatherOutOfRangeIsAnError() {
    Fragment f = new Fragment();
    var table = f.arg("t", HostTensor.f32(shape(2, 1), 0, 1));
    var idx = f.arg("idx", Fragment.ivec(0, -1));
    Output y = f.nodes.op(Op.GATHER, "y", f32(2, 1), table, idx);
    assertThrows(InterpreterException.class, () -> f.run1(y));
  }

  @Test
  void windowWithStrideTwo() {
    Fragment f = new Fragment();
    var x = f.arg("x", Fragment.ivec(0, 1, 2, 3, 4, 5, 6));
    // (7 - 3) / 2 + 1 = 3 windows of 3.
    Output y = f.op(Op.WINDOW, "y", i32(3, 3), new long[] {3, 2}, x);
    assertArrayEquals(new int[] {0, 1, 2, 2, 3, 4, 4, 5, 6}, f.run1(y).ints());
  }

  @Test
  void windowKeepsTrailingDims() {
    Fragment f = new Fragment();
    var x = f.arg("x", HostTensor.f32(shape(5, 2), 0, 1, 10, 11, 20, 21, 30, 31, 40, 41));
    // (5 - 2) / 2 + 1 = 2 windows; the last row is not covered.
    Output y = f.op(Op.WINDOW, "y", f32(2, 2, 2), new long[] {2, 2}, x);
    assertArrayEquals(new float[] {0, 1, 10, 11, 20, 21, 30, 31}, f.run1(y).floats());
  }
}
