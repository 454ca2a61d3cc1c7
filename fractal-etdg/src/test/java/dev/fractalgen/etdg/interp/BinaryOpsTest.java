package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;
import static dev.fractalgen.etdg.interp.Fragment.ivec;
import static dev.fractalgen.etdg.interp.Fragment.vec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.type.TensorType;
import org.junit.jupiter.api.Test;

class BinaryOpsTest {

  private static HostTensor binary(Op op, TensorType out, HostTensor a, HostTensor b) {
    Fragment f = new Fragment();
    var x = f.arg("a", a);
    var y = f.arg("b", b);
    return f.run1(f.nodes.op(op, "r", out, x, y));
  }

  @Test
  void floatArithmetic() {
    HostTensor a = vec(1.5f, -7f, 2f);
    HostTensor b = vec(0.5f, 2f, 10f);
    assertArrayEquals(new float[] {2f, -5f, 12f}, binary(Op.ADD, f32(3), a, b).floats());
    assertArrayEquals(new float[] {1f, -9f, -8f}, binary(Op.SUB, f32(3), a, b).floats());
    assertArrayEquals(new float[] {0.75f, -14f, 20f}, binary(Op.MUL, f32(3), a, b).floats());
    assertArrayEquals(new float[] {3f, -3.5f, 0.2f}, binary(Op.DIV, f32(3), a, b).floats());
    // fmod: the remainder has the dividend's sign (-7 = -3*2 - 1).
    assertArrayEquals(new float[] {0f, -1f, 2f}, binary(Op.MOD, f32(3), a, b).floats());
    assertArrayEquals(new float[] {(float) Math.sqrt(1.5), 49f, 1024f}, binary(Op.POW, f32(3), a, b).floats());
    assertArrayEquals(new float[] {1.5f, 2f, 10f}, binary(Op.MAXIMUM, f32(3), a, b).floats());
    assertArrayEquals(new float[] {0.5f, -7f, 2f}, binary(Op.MINIMUM, f32(3), a, b).floats());
  }

  @Test
  void i32DivisionTruncatesTowardZeroAndModTakesTheDividendsSign() {
    HostTensor a = ivec(7, -7, 7, -7, 6);
    HostTensor b = ivec(2, 2, -2, -2, 3);
    assertArrayEquals(new int[] {3, -3, -3, 3, 2}, binary(Op.DIV, i32(5), a, b).ints());
    assertArrayEquals(new int[] {1, -1, 1, -1, 0}, binary(Op.MOD, i32(5), a, b).ints());
  }

  @Test
  void i32ArithmeticWraps() {
    HostTensor a = ivec(Integer.MAX_VALUE, Integer.MIN_VALUE, 65536);
    HostTensor b = ivec(1, 1, 65536);
    assertArrayEquals(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, 131072}, binary(Op.ADD, i32(3), a, b).ints());
    assertArrayEquals(new int[] {Integer.MAX_VALUE - 1, Integer.MAX_VALUE, 0}, binary(Op.SUB, i32(3), a, b).ints());
    // 2^16 * 2^16 = 2^32, which is 0 modulo 2^32.
    assertArrayEquals(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 0}, binary(Op.MUL, i32(3), a, b).ints());
  }

  @Test
  void i32DivisionByZeroIsARunTimeError() {
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> binary(Op.DIV, i32(1), ivec(1), ivec(0)));
    assertEquals("r", e.outputName());
  }

  @Test
  void comparisonsAndLogicGiveZeroOrOne() {
    HostTensor a = vec(1f, 2f, 3f);
    HostTensor b = vec(2f, 2f, 2f);
    assertArrayEquals(new int[] {0, 1, 0}, binary(Op.EQ, i32(3), a, b).ints());
    assertArrayEquals(new int[] {1, 0, 1}, binary(Op.NE, i32(3), a, b).ints());
    assertArrayEquals(new int[] {1, 0, 0}, binary(Op.LT, i32(3), a, b).ints());
    assertArrayEquals(new int[] {1, 1, 0}, binary(Op.LE, i32(3), a, b).ints());
    assertArrayEquals(new int[] {0, 0, 1}, binary(Op.GT, i32(3), a, b).ints());
    assertArrayEquals(new int[] {0, 1, 1}, binary(Op.GE, i32(3), a, b).ints());
    HostTensor p = ivec(0, 0, 3, -1);
    HostTensor q = ivec(0, 5, 0, 2);
    assertArrayEquals(new int[] {0, 0, 0, 1}, binary(Op.AND, i32(4), p, q).ints());
    assertArrayEquals(new int[] {0, 1, 1, 1}, binary(Op.OR, i32(4), p, q).ints());
    assertArrayEquals(new int[] {1, 0, 1, 0}, binary(Op.LT, i32(4), p, ivec(1, 0, 4, -1)).ints());
  }

  @Test
  void aScalarOperandBroadcastsOnEitherSide() {
    HostTensor v = vec(1f, 2f, 3f);
    HostTensor ten = HostTensor.scalarF32(10f);
    assertArrayEquals(new float[] {-9f, -8f, -7f}, binary(Op.SUB, f32(3), v, ten).floats());
    assertArrayEquals(new float[] {9f, 8f, 7f}, binary(Op.SUB, f32(3), ten, v).floats());
  }

  @Test
  void unequalShapesAreAnError() {
    assertThrows(InterpreterException.class, () -> binary(Op.ADD, f32(3), vec(1, 2, 3), vec(1, 2)));
  }

  @Test
  void f16ResultsAreRoundedAtTheOutput() {
    HostTensor one = HostTensor.ofFloats(DType.F16, new long[] {1}, 1f);
    HostTensor tiny = HostTensor.ofFloats(DType.F16, new long[] {1}, 0x1p-11f);
    // In f32 the sum is 1 + 2^-11, a tie between f16 neighbours 1 and 1 + 2^-10: even is 1.
    HostTensor sum = binary(Op.ADD, TensorType.of(DType.F16, 1), one, tiny);
    assertArrayEquals(new float[] {1f}, sum.floats());
  }

  @Test
  void selectWithATensorAndAScalarCondition() {
    Fragment f = new Fragment();
    var c = f.arg("c", ivec(1, 0, 7));
    var s = f.arg("s", HostTensor.scalarI32(0));
    var a = f.arg("a", vec(1f, 2f, 3f));
    var b = f.arg("b", vec(-1f, -2f, -3f));
    Output bySign = f.nodes.op(Op.SELECT, "t", f32(3), c, a, b);
    Output byScalar = f.nodes.op(Op.SELECT, "u", f32(3), s, a, b);
    var out = f.run(bySign, byScalar);
    assertArrayEquals(new float[] {1f, -2f, 3f}, out.get(0).floats());
    assertArrayEquals(new float[] {-1f, -2f, -3f}, out.get(1).floats());
  }
}
