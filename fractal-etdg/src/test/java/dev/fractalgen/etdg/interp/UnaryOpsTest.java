package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;
import static dev.fractalgen.etdg.interp.Fragment.ivec;
import static dev.fractalgen.etdg.interp.Fragment.vec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnaryOpsTest {

  private static float[] unary(Op op, float... x) {
    Fragment f = new Fragment();
    var a = f.arg("x", vec(x));
    Output y = f.nodes.op(op, "y", f32(x.length), a);
    return f.run1(y).floats();
  }

  /** Expected values from tables (not from the interpreter's formulas), to 1e-6 relative. */
  @ParameterizedTest(name = "{0}({1}) = {2}")
  @CsvSource({
      "NEG, 1.5, -1.5",
      "ABS, -2.25, 2.25",
      "EXP, 1, 2.718281828",
      "EXP, 0, 1",
      "LOG, 2.718281828, 1",
      "LOG, 1, 0",
      "SQRT, 2, 1.414213562",
      "RSQRT, 4, 0.5",
      "RSQRT, 2, 0.707106781",
      "TANH, 0.5, 0.462117157",
      "SIN, 1, 0.841470985",
      "COS, 1, 0.540302306",
      "SIGMOID, 0, 0.5",
      "SIGMOID, 2, 0.880797078",
      "SILU, 1, 0.731058579",
      "SILU, -2, -0.238405844",
      "GELU, 1, 0.841191990",
      "GELU, -1, -0.158808010",
      "GELU, 0, 0",
  })
  void floatingUnaryOps(Op op, float x, double expected) {
    float got = unary(op, x)[0];
    assertEquals(expected, got, 1e-6 * Math.max(1, Math.abs(expected)), op + "(" + x + ")");
  }

  @Test
  void rsqrtRoundsTwice() {
    // docs/etdg.md: rsqrt(x) = 1/sqrt(x) with two f32 roundings, not one rounding of 1/sqrt in double.
    float x = 3f;
    float twice = 1f / (float) Math.sqrt(x);
    assertEquals(twice, unary(Op.RSQRT, x)[0]);
  }

  @Test
  void notOnI32GivesOneForZeroOnly() {
    Fragment f = new Fragment();
    var a = f.arg("x", ivec(0, 5, -1));
    Output y = f.nodes.op(Op.NOT, "y", i32(3), a);
    assertArrayEquals(new int[] {1, 0, 0}, f.run1(y).ints());
  }

  @Test
  void negOfI32WrapsAtTheMinimum() {
    Fragment f = new Fragment();
    var a = f.arg("x", ivec(Integer.MIN_VALUE, 3));
    Output y = f.nodes.op(Op.NEG, "y", i32(2), a);
    assertArrayEquals(new int[] {Integer.MIN_VALUE, -3}, f.run1(y).ints());
  }

  @Test
  void expOfI32IsAnErrorNamingTheNode() {
    Fragment f = new Fragment();
    var a = f.arg("x", ivec(1));
    Output y = f.nodes.op(Op.EXP, "y", i32(1), a);
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run1(y));
    assertEquals(Op.EXP, e.op());
    assertEquals("y", e.outputName());
  }
}
