package dev.fractalgen.etdg.type;

import static dev.fractalgen.etdg.type.Fixture.assertProblem;
import static dev.fractalgen.etdg.type.Fixture.assertTypes;
import static dev.fractalgen.etdg.type.Fixture.t;

import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import org.junit.jupiter.api.Test;

class AccessRulesTest {
  private final Fixture f = new Fixture();

  private Output constant(long v) {
    return f.node(Op.CONST).data(v).output("c", t("i32[]"));
  }

  @Test
  void indexRemovesTheIndexedAxes() {
    assertTypes(f.node(Op.INDEX).operands(f.v("f32[5, 64, 32]"), f.v("i32[]")).ints(0), "f32[64, 32]");
    assertTypes(f.node(Op.INDEX).operands(f.v("f32[5, 64, 32]"), f.v("i32[]"), f.v("i32[]")).ints(0, 2),
        "f32[64]");
    assertTypes(f.node(Op.INDEX).operands(f.v("f32[pos, 2, 4]"), f.v("i32[]")).ints(1), "f32[pos, 4]");
  }

  @Test
  void indexRejectsUnorderedOrOutOfRangeAxes() {
    assertProblem(f.node(Op.INDEX).operands(f.v("f32[5, 6, 7]"), f.v("i32[]"), f.v("i32[]")).ints(2, 0),
        "strictly ascending");
    assertProblem(f.node(Op.INDEX).operands(f.v("f32[5, 6, 7]"), f.v("i32[]"), f.v("i32[]")).ints(1, 1),
        "strictly ascending");
    assertProblem(f.node(Op.INDEX).operands(f.v("f32[5, 6]"), f.v("i32[]")).ints(2), "axis 2 is out of range");
  }

  @Test
  void indexRejectsBadIndicesAndCounts() {
    assertProblem(f.node(Op.INDEX).operands(f.v("f32[5]"), f.v("f32[]")).ints(0), "index operand 1 is f32[]");
    assertProblem(f.node(Op.INDEX).operands(f.v("f32[5]"), f.v("i32[2]")).ints(0), "index operand 1 is i32[2]");
    assertProblem(f.node(Op.INDEX).operands(f.v("f32[5, 6]"), f.v("i32[]")).ints(0, 1), "takes 3 operands, has 2");
    assertProblem(f.node(Op.INDEX).operands(f.v("f32[5]")), "at least one axis");
  }

  @Test
  void sliceTakesItsLengthFromTheDeclaredOutput() {
    assertTypes(f.node(Op.SLICE, "f32[3, 4]").operands(f.v("f32[10, 4]"), f.v("i32[]")).ints(0), "f32[3, 4]");
    assertTypes(f.node(Op.SLICE, "f32[2, 4]").operands(f.v("f32[2, 10]"), f.v("i32[]")).ints(1), "f32[2, 4]");
    assertTypes(f.node(Op.SLICE, "f32[pos, 2]").operands(f.v("f32[pos, 2]"), f.v("i32[]")).ints(0),
        "f32[pos, 2]");
    // Only the length at the axis is read from the output: the other dims come from x.
    assertTypes(f.node(Op.SLICE, "f32[3, 5]").operands(f.v("f32[10, 4]"), f.v("i32[]")).ints(0), "f32[3, 4]");
  }

  @Test
  void sliceAcceptsAStaticStartThatFits() {
    assertTypes(f.node(Op.SLICE, "f32[3]").operands(f.v("f32[10]"), constant(7)).ints(0), "f32[3]");
  }

  @Test
  void sliceRejectsStaticOutOfBounds() {
    assertProblem(f.node(Op.SLICE, "f32[11, 4]").operands(f.v("f32[10, 4]"), f.v("i32[]")).ints(0),
        "exceeds dim 10");
    assertProblem(f.node(Op.SLICE, "f32[pos+1]").operands(f.v("f32[pos]"), f.v("i32[]")).ints(0),
        "exceeds dim pos");
    assertProblem(f.node(Op.SLICE, "f32[3]").operands(f.v("f32[10]"), constant(8)).ints(0), "8 .. 8+3 is outside");
    assertProblem(f.node(Op.SLICE, "f32[3]").operands(f.v("f32[10]"), constant(-1)).ints(0), "is outside");
  }

  @Test
  void sliceRejectsBadAttributes() {
    assertProblem(f.node(Op.SLICE, "f32[3]").operands(f.v("f32[10]"), f.v("i32[]")).ints(1), "axis 1 is out of range");
    assertProblem(f.node(Op.SLICE, "f32[3, 1]").operands(f.v("f32[10]"), f.v("i32[]")).ints(0), "must have the rank");
    assertProblem(f.node(Op.SLICE, "f32[3]").operands(f.v("f32[10]"), f.v("i32[1]")).ints(0), "slice start is i32[1]");
    assertProblem(f.node(Op.SLICE, "f32[3]").operands(f.v("f32[10]"), f.v("i32[]")), "takes 1 int attribute, has 0");
  }

  @Test
  void gatherPrependsTheIndexShape() {
    assertTypes(f.node(Op.GATHER).operands(f.v("f32[8, 4]"), f.v("i32[pos]")), "f32[pos, 4]");
    assertTypes(f.node(Op.GATHER).operands(f.v("f32[8, 4]"), f.v("i32[2, 3]")), "f32[2, 3, 4]");
    assertTypes(f.node(Op.GATHER).operands(f.v("i32[8]"), f.v("i32[]")), "i32[]");
  }

  @Test
  void gatherRejectsFloatIndicesAndScalars() {
    assertProblem(f.node(Op.GATHER).operands(f.v("f32[8, 4]"), f.v("f32[2]")), "indices must be i32");
    assertProblem(f.node(Op.GATHER).operands(f.v("f32[]"), f.v("i32[2]")), "rank >= 1");
  }

  @Test
  void windowCountsWindows() {
    // (10 - 4) / 2 + 1 = 4 windows of 4 rows of 3.
    assertTypes(f.node(Op.WINDOW).operands(f.v("f32[10, 3]")).ints(4, 2), "f32[4, 4, 3]");
    // (10 - 4) / 3 + 1 = 3: the last 1 row is not covered.
    assertTypes(f.node(Op.WINDOW).operands(f.v("f32[10]")).ints(4, 3), "f32[3, 4]");
    assertTypes(f.node(Op.WINDOW).operands(f.v("f32[4]")).ints(4, 1), "f32[1, 4]");
    assertTypes(f.node(Op.WINDOW).operands(f.v("f32[pos, 8]")).ints(3, 1), "f32[pos-2, 3, 8]");
  }

  @Test
  void windowRejectsWhatHasNoSize() {
    assertProblem(f.node(Op.WINDOW).operands(f.v("f32[pos]")).ints(2, 2), "no affine size");
    assertProblem(f.node(Op.WINDOW).operands(f.v("f32[3]")).ints(4, 1), "longer than dim 3");
    assertProblem(f.node(Op.WINDOW).operands(f.v("f32[3]")).ints(0, 1), "must be >= 1");
    assertProblem(f.node(Op.WINDOW).operands(f.v("f32[3]")).ints(1, 0), "must be >= 1");
    assertProblem(f.node(Op.WINDOW).operands(f.v("f32[3]")).ints(1), "takes 2 int attributes, has 1");
  }
}
