package dev.fractalgen.etdg.type;

import static dev.fractalgen.etdg.type.Fixture.assertProblem;
import static dev.fractalgen.etdg.type.Fixture.assertTypes;

import dev.fractalgen.etdg.model.Op;
import org.junit.jupiter.api.Test;

class LiteralRulesTest {
  private final Fixture f = new Fixture();

  @Test
  void constTakesItsDeclaredTypeWhenDataFillsIt() {
    assertTypes(f.node(Op.CONST, "f32[2, 3]").data(1, 2, 3, 4, 5, 6), "f32[2, 3]");
    assertTypes(f.node(Op.CONST, "i32[]").data(-7), "i32[]");
    assertTypes(f.node(Op.CONST, "f32[0]"), "f32[0]");
  }

  @Test
  void constRejectsDataOfAnotherLength() {
    assertProblem(f.node(Op.CONST, "f32[2, 3]").data(1, 2, 3, 4, 5), "needs 6 data values, has 5");
  }

  @Test
  void constRejectsASymbolicShape() {
    assertProblem(f.node(Op.CONST, "f32[pos]").data(1), "static shape");
  }

  @Test
  void constRejectsNonIntegersForI32() {
    assertProblem(f.node(Op.CONST, "i32[2]").data(1, 2.5), "non-i32 value 2.5 at 1");
    assertProblem(f.node(Op.CONST, "i32[1]").data(3e9), "non-i32 value");
  }

  @Test
  void constRejectsOperandsAndMissingOutputs() {
    assertProblem(f.node(Op.CONST, "f32[1]").data(1).operands(f.v("f32[1]")), "takes 0 operands, has 1");
    assertProblem(f.node(Op.CONST).data(1), "exactly one declared output, has 0");
  }

  @Test
  void iotaIsI32OfTheDeclaredLength() {
    assertTypes(f.node(Op.IOTA, "i32[pos]"), "i32[pos]");
    assertTypes(f.node(Op.IOTA, "i32[5]"), "i32[5]");
    // The length is read from the output; its dtype is not, so a wrong one shows as a mismatch.
    assertTypes(f.node(Op.IOTA, "f32[5]"), "i32[5]");
  }

  @Test
  void iotaRejectsOtherRanks() {
    assertProblem(f.node(Op.IOTA, "i32[2, 3]"), "rank 1");
    assertProblem(f.node(Op.IOTA, "i32[]"), "rank 1");
  }

  @Test
  void dataOnlyBelongsToConst() {
    assertProblem(f.node(Op.NEG).operands(f.v("f32[1]")).data(1), "carries no data");
  }

  @Test
  void regionsOnlyBelongToMapAndScan() {
    var b = f.node(Op.NEG).operands(f.v("f32[1]"));
    b.region();
    assertProblem(b, "neg takes 0 regions, has 1");
  }

  @Test
  void anOperandWithoutValueIsAProblem() {
    var b = f.node(Op.NEG).operands(f.v("f32[1]"));
    b.node().getOperands().get(0).setValue(null);
    assertProblem(b, "operand 0 refers to no value");
  }
}
