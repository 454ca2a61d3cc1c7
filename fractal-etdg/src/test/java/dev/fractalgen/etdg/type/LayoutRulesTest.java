package dev.fractalgen.etdg.type;

import static dev.fractalgen.etdg.type.Fixture.assertProblem;
import static dev.fractalgen.etdg.type.Fixture.assertTypes;

import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import org.junit.jupiter.api.Test;

class LayoutRulesTest {
  private final Fixture f = new Fixture();

  @Test
  void concatSumsTheAxis() {
    assertTypes(f.node(Op.CONCAT).operands(f.v("f32[2, 3]"), f.v("f32[5, 3]")).ints(0), "f32[7, 3]");
    assertTypes(f.node(Op.CONCAT).operands(f.v("f32[2, 3]"), f.v("f32[2, 1]"), f.v("f32[2, 2]")).ints(1),
        "f32[2, 6]");
    assertTypes(f.node(Op.CONCAT).operands(f.v("f32[pos, 4]"), f.v("f32[1, 4]")).ints(0), "f32[pos+1, 4]");
  }

  @Test
  void concatRejectsOperandsThatDoNotJoin() {
    assertProblem(f.node(Op.CONCAT).operands(f.v("f32[2, 3]"), f.v("f32[2, 4]")).ints(0), "does not join");
    assertProblem(f.node(Op.CONCAT).operands(f.v("f32[2, 3]"), f.v("i32[2, 3]")).ints(0), "does not join");
    assertProblem(f.node(Op.CONCAT).operands(f.v("f32[2, 3]"), f.v("f32[2]")).ints(0), "does not join");
    assertProblem(f.node(Op.CONCAT).operands(f.v("f32[2]"), f.v("f32[2]")).ints(1), "axis 1 is out of range");
    assertProblem(f.node(Op.CONCAT).ints(0), "at least 1 operand");
  }

  @Test
  void stackPrependsTheCount() {
    assertTypes(f.node(Op.STACK).operands(f.v("f32[4]"), f.v("f32[4]"), f.v("f32[4]")), "f32[3, 4]");
    assertTypes(f.node(Op.STACK).operands(f.v("i32[]")), "i32[1]");
  }

  @Test
  void stackRejectsDifferentTypes() {
    assertProblem(f.node(Op.STACK).operands(f.v("f32[4]"), f.v("f32[5]")), "stack operand 1 is f32[5]");
  }

  @Test
  void reshapeKeepsTheElementCount() {
    assertTypes(f.node(Op.RESHAPE, "f32[6, 4]").operands(f.v("f32[2, 3, 4]")), "f32[6, 4]");
    assertTypes(f.node(Op.RESHAPE, "f32[pos, 4, 16]").operands(f.v("f32[pos, 64]")), "f32[pos, 4, 16]");
    assertTypes(f.node(Op.RESHAPE, "f32[64, pos]").operands(f.v("f32[pos, 64]")), "f32[64, pos]");
    // 2*pos*2 = 4*pos = pos*4
    assertTypes(f.node(Op.RESHAPE, "f32[pos, 4]").operands(f.v("f32[2*pos, 2]")), "f32[pos, 4]");
    assertTypes(f.node(Op.RESHAPE, "f32[]").operands(f.v("f32[1, 1]")), "f32[]");
    // The dtype is x's: a declared i32 would be reported as a mismatch.
    assertTypes(f.node(Op.RESHAPE, "i32[6]").operands(f.v("f32[2, 3]")), "f32[6]");
  }

  @Test
  void reshapeRejectsAnotherElementCount() {
    assertProblem(f.node(Op.RESHAPE, "f32[5, 4]").operands(f.v("f32[2, 3, 4]")), "24 elements");
    assertProblem(f.node(Op.RESHAPE, "f32[P, 64]").operands(f.v("f32[pos, 64]")), "reshape of f32[pos, 64]");
    assertProblem(f.node(Op.RESHAPE, "f32[pos, pos]").operands(f.v("f32[pos, 2]")), "reshape");
    assertProblem(f.node(Op.RESHAPE).operands(f.v("f32[4]")), "exactly one declared output");
  }

  @Test
  void reduceRemovesTheAxis() {
    assertTypes(f.node(Op.REDUCE).reduce(ReduceKind.SUM).operands(f.v("f32[3, 5]")).ints(1), "f32[3]");
    assertTypes(f.node(Op.REDUCE).reduce(ReduceKind.MAX).operands(f.v("bf16[pos, 5]")).ints(0), "bf16[5]");
    assertTypes(f.node(Op.REDUCE).reduce(ReduceKind.PROD).operands(f.v("i32[7]")).ints(0), "i32[]");
  }

  @Test
  void argmaxGivesI32Indices() {
    assertTypes(f.node(Op.REDUCE).reduce(ReduceKind.ARGMAX).operands(f.v("f32[3, 5]")).ints(0), "i32[5]");
  }

  @Test
  void reduceRejectsABadAxis() {
    assertProblem(f.node(Op.REDUCE).operands(f.v("f32[3, 5]")).ints(2), "axis 2 is out of range");
    assertProblem(f.node(Op.REDUCE).operands(f.v("f32[]")).ints(0), "axis 0 is out of range");
    assertProblem(f.node(Op.REDUCE).operands(f.v("f32[3]")), "takes 1 int attribute, has 0");
  }
}
