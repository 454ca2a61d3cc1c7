package dev.fractalgen.etdg.type;

import static dev.fractalgen.etdg.type.Fixture.assertProblem;
import static dev.fractalgen.etdg.type.Fixture.assertTypes;

import dev.fractalgen.etdg.model.Op;
import org.junit.jupiter.api.Test;

class ElementwiseRulesTest {
  private final Fixture f = new Fixture();

  @Test
  void castKeepsTheShapeAndTakesTheDeclaredDtype() {
    assertTypes(f.node(Op.CAST, "i32[4, pos]").operands(f.v("f32[4, pos]")), "i32[4, pos]");
    // The shape comes from the operand: a declared [3] would be reported as a mismatch.
    assertTypes(f.node(Op.CAST, "bf16[3]").operands(f.v("f32[4]")), "bf16[4]");
  }

  @Test
  void castRejectsTwoOperands() {
    assertProblem(f.node(Op.CAST, "i32[4]").operands(f.v("f32[4]"), f.v("f32[4]")), "takes 1 operand, has 2");
  }

  @Test
  void unaryKeepsTheType() {
    assertTypes(f.node(Op.EXP).operands(f.v("f16[2, P]")), "f16[2, P]");
    assertTypes(f.node(Op.NEG).operands(f.v("i32[3]")), "i32[3]");
    assertTypes(f.node(Op.ABS).operands(f.v("i32[]")), "i32[]");
    assertTypes(f.node(Op.NOT).operands(f.v("i32[3]")), "i32[3]");
  }

  @Test
  void transcendentalsRejectI32() {
    assertProblem(f.node(Op.EXP).operands(f.v("i32[3]")), "exp needs float operands");
    assertProblem(f.node(Op.RSQRT).operands(f.v("i32[]")), "rsqrt needs float operands");
  }

  @Test
  void logicRejectsFloats() {
    assertProblem(f.node(Op.NOT).operands(f.v("f32[3]")), "not needs i32 operands");
    assertProblem(f.node(Op.AND).operands(f.v("f32[]"), f.v("f32[]")), "and needs i32 operands");
  }

  @Test
  void unaryRejectsIntsAndExtraOperands() {
    assertProblem(f.node(Op.SILU).operands(f.v("f32[3]")).ints(0), "takes 0 int attributes, has 1");
    assertProblem(f.node(Op.SILU).operands(f.v("f32[3]"), f.v("f32[3]")), "takes 1 operand, has 2");
  }

  @Test
  void binaryOfEqualShapes() {
    assertTypes(f.node(Op.ADD).operands(f.v("f32[2, 3]"), f.v("f32[2, 3]")), "f32[2, 3]");
    assertTypes(f.node(Op.MOD).operands(f.v("i32[pos]"), f.v("i32[pos]")), "i32[pos]");
  }

  @Test
  void binaryBroadcastsAScalarOnEitherSide() {
    assertTypes(f.node(Op.MUL).operands(f.v("f32[]"), f.v("f32[2, 3]")), "f32[2, 3]");
    assertTypes(f.node(Op.SUB).operands(f.v("f32[2, 3]"), f.v("f32[]")), "f32[2, 3]");
    assertTypes(f.node(Op.POW).operands(f.v("f32[]"), f.v("f32[]")), "f32[]");
  }

  @Test
  void comparisonsAndLogicGiveI32() {
    assertTypes(f.node(Op.LT).operands(f.v("f32[4]"), f.v("f32[]")), "i32[4]");
    assertTypes(f.node(Op.EQ).operands(f.v("bf16[]"), f.v("bf16[]")), "i32[]");
    assertTypes(f.node(Op.OR).operands(f.v("i32[2]"), f.v("i32[2]")), "i32[2]");
  }

  @Test
  void binaryRejectsShapesThatDifferWithoutAScalar() {
    assertProblem(f.node(Op.ADD).operands(f.v("f32[2, 3]"), f.v("f32[3, 2]")), "neither is a scalar");
    assertProblem(f.node(Op.ADD).operands(f.v("f32[1]"), f.v("f32[3]")), "neither is a scalar");
  }

  @Test
  void binaryRejectsDifferentDtypes() {
    assertProblem(f.node(Op.ADD).operands(f.v("f32[3]"), f.v("f16[3]")), "different dtypes");
    assertProblem(f.node(Op.MAXIMUM).operands(f.v("i32[]"), f.v("f32[]")), "different dtypes");
  }

  @Test
  void powRejectsI32() {
    assertProblem(f.node(Op.POW).operands(f.v("i32[]"), f.v("i32[]")), "pow needs float operands");
  }

  @Test
  void selectGivesTheBranchType() {
    assertTypes(f.node(Op.SELECT).operands(f.v("i32[]"), f.v("f32[4]"), f.v("f32[4]")), "f32[4]");
    assertTypes(f.node(Op.SELECT).operands(f.v("i32[4]"), f.v("f32[4]"), f.v("f32[4]")), "f32[4]");
  }

  @Test
  void selectRejectsABadCondition() {
    assertProblem(f.node(Op.SELECT).operands(f.v("f32[]"), f.v("f32[4]"), f.v("f32[4]")), "condition must be i32");
    assertProblem(f.node(Op.SELECT).operands(f.v("i32[3]"), f.v("f32[4]"), f.v("f32[4]")), "neither a scalar");
  }

  @Test
  void selectRejectsBranchesOfDifferentTypes() {
    assertProblem(f.node(Op.SELECT).operands(f.v("i32[]"), f.v("f32[4]"), f.v("f32[]")), "branches differ");
  }
}
