package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;
import static dev.fractalgen.etdg.interp.Fragment.shape;
import static dev.fractalgen.etdg.interp.Fragment.vec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.type.TensorType;
import org.junit.jupiter.api.Test;

class SourceAndCastTest {

  @Test
  void constFillsTheDeclaredShapeRowMajor() {
    Fragment f = new Fragment();
    Output c = f.nodes.node(Op.CONST).data(1, 2, 3, 4, 5, 6).output("c", f32(2, 3));
    assertEquals(HostTensor.f32(shape(2, 3), 1, 2, 3, 4, 5, 6), f.run1(c));
  }

  @Test
  void i32ConstRejectsAFraction() {
    Fragment f = new Fragment();
    Output c = f.nodes.node(Op.CONST).data(1.5).output("c", i32());
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run1(c));
    assertEquals("c", e.outputName());
  }

  @Test
  void f16ConstIsRoundedToHalfPrecision() {
    Fragment f = new Fragment();
    // 1 + 2^-11 is halfway between the f16 neighbours 1 and 1 + 2^-10: ties to even gives 1.
    // 1 + 3*2^-11 is halfway between 1 + 2^-10 and 1 + 2^-9: ties to even gives 1 + 2^-9.
    Output c = f.nodes.node(Op.CONST).data(1 + 0x1p-11, 1 + 3 * 0x1p-11).output("c", TensorType.of(DType.F16, 2));
    assertArrayEquals(new float[] {1f, 1f + 0x1p-9f}, f.run1(c).floats());
  }

  @Test
  void iotaHasASymbolicLength() {
    Fragment f = new Fragment().size("pos", 4);
    Output io = f.nodes.node(Op.IOTA).output("io", Fragment.of(DType.I32, "pos+1"));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, f.run1(io).ints());
  }

  @Test
  void castFloatToI32TruncatesTowardZero() {
    Fragment f = new Fragment();
    var x = f.arg("x", vec(2.9f, -2.9f, -0.5f, 7f));
    Output y = f.nodes.op(Op.CAST, "y", i32(4), x);
    assertArrayEquals(new int[] {2, -2, 0, 7}, f.run1(y).ints());
  }

  @Test
  void castI32ToBf16RoundsToEightSignificantBits() {
    Fragment f = new Fragment();
    var x = f.arg("x", Fragment.ivec(257, 259, -3));
    Output y = f.nodes.op(Op.CAST, "y", TensorType.of(DType.BF16, 3), x);
    // bf16 keeps 8 significant bits: 257 = 256 + 1 ties to even 256; 259 rounds up to 260.
    HostTensor out = f.run1(y);
    assertEquals(DType.BF16, out.dtype());
    assertArrayEquals(new float[] {256f, 260f, -3f}, out.floats());
  }
}
