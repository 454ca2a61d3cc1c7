package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import org.junit.jupiter.api.Test;

class InterpreterErrorsTest {

  @Test
  void aValueDisagreeingWithItsDeclarationIsReported() {
    Fragment f = new Fragment();
    var a = f.arg("a", Fragment.vec(1, 2, 3));
    Output y = f.nodes.op(Op.ADD, "y", f32(4), a, a);
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run1(y));
    assertEquals("add %y: output %y is declared f32[4] but its value is f32[3]", e.getMessage());
  }

  @Test
  void aMissingWeightNamesTheNodeAndTheBuffer() {
    GraphBuilder g = new GraphBuilder("g");
    var w = g.weight("w", f32(3), "w", false);
    Fragment f = new Fragment();
    var a = f.arg("a", Fragment.vec(1, 2, 3));
    Output y = f.nodes.op(Op.MUL, "y", f32(3), a, w);
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run1(y));
    assertEquals("y", e.outputName());
    assertTrue(e.getMessage().contains("weight buffer %w has no value"), e.getMessage());
  }

  @Test
  void aBufferOfTheWrongShapeIsRejectedBeforeEvaluation() {
    GraphBuilder g = new GraphBuilder("g");
    var w = g.weight("w", f32(3), "w", false);
    Fragment f = new Fragment().buffer(w, Fragment.vec(1, 2));
    var a = f.arg("a", Fragment.vec(1, 2, 3));
    Output y = f.nodes.op(Op.MUL, "y", f32(3), a, w);
    assertThrows(InterpreterException.class, () -> f.run1(y));
  }

  @Test
  void anUnboundRunTimeSizeIsReported() {
    Fragment f = new Fragment();
    Output io = f.nodes.node(Op.IOTA).output("io", Fragment.of(DType.I32, "pos"));
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run1(io));
    assertTrue(e.getMessage().contains("'pos' is not bound"), e.getMessage());
  }

  @Test
  void anArgumentOfTheWrongTypeIsReported() {
    Fragment f = new Fragment();
    var a = f.arg("a", f32(2), Fragment.vec(1, 2, 3));
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run(a));
    assertEquals("argument %a is declared f32[2] but its value is f32[3]", e.getMessage());
    assertEquals(null, e.op());
  }

  @Test
  void anIndexPastTheEndNeverEscapesAsAnArrayException() {
    Fragment f = new Fragment();
    var a = f.arg("a", Fragment.vec(1, 2, 3));
    var i = f.arg("i", HostTensor.scalarI32(Integer.MAX_VALUE));
    Output y = f.op(Op.INDEX, "y", f32(), new long[] {0}, a, i);
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run1(y));
    assertEquals(Op.INDEX, e.op());
  }
}
