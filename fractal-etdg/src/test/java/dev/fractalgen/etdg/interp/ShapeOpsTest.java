package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.mat;
import static dev.fractalgen.etdg.interp.Fragment.shape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import org.junit.jupiter.api.Test;

class ShapeOpsTest {

  @Test
  void concatAlongAxisOne() {
    Fragment f = new Fragment();
    var a = f.arg("a", mat(2, 2, 1, 2, 3, 4));
    var b = f.arg("b", mat(2, 1, 5, 6));
    var c = f.arg("c", mat(2, 3, 7, 8, 9, 10, 11, 12));
    Output y = f.op(Op.CONCAT, "y", f32(2, 6), new long[] {1}, a, b, c);
    assertArrayEquals(new float[] {1, 2, 5, 7, 8, 9, 3, 4, 6, 10, 11, 12}, f.run1(y).floats());
  }

  @Test
  void concatAlongAxisZero() {
    Fragment f = new Fragment();
    var a = f.arg("a", mat(1, 2, 1, 2));
    var b = f.arg("b", mat(2, 2, 3, 4, 5, 6));
    Output y = f.op(Op.CONCAT, "y", f32(3, 2), new long[] {0}, a, b);
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, f.run1(y).floats());
  }

  @Test
  void concatOfMismatchedOtherDimsIsAnError() {
    Fragment f = new Fragment();
    var a = f.arg("a", mat(2, 2, 1, 2, 3, 4));
    var b = f.arg("b", mat(1, 2, 5, 6));
    Output y = f.op(Op.CONCAT, "y", f32(2, 4), new long[] {1}, a, b);
    assertThrows(InterpreterException.class, () -> f.run1(y));
  }

  @Test
  void stackPutsOperandsAlongANewLeadingDim() {
    Fragment f = new Fragment();
    var a = f.arg("a", Fragment.vec(1, 2));
    var b = f.arg("b", Fragment.vec(3, 4));
    Output y = f.nodes.op(Op.STACK, "y", f32(3, 2), a, b, a);
    HostTensor out = f.run1(y);
    assertArrayEquals(shape(3, 2), out.shape());
    assertArrayEquals(new float[] {1, 2, 3, 4, 1, 2}, out.floats());
  }

  @Test
  void reshapeKeepsRowMajorOrder() {
    Fragment f = new Fragment();
    var a = f.arg("a", mat(2, 3, 1, 2, 3, 4, 5, 6));
    Output y = f.nodes.op(Op.RESHAPE, "y", f32(3, 2), a);
    HostTensor out = f.run1(y);
    assertArrayEquals(shape(3, 2), out.shape());
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, out.floats());
  }

  @Test
  void reshapeToAnotherElementCountIsAnError() {
    Fragment f = new Fragment();
    var a = f.arg("a", mat(2, 3, 1, 2, 3, 4, 5, 6));
    Output y = f.nodes.op(Op.RESHAPE, "y", f32(4), a);
    assertThrows(InterpreterException.class, () -> f.run1(y));
  }
}
