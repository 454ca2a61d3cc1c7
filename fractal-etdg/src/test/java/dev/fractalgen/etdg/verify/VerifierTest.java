package dev.fractalgen.etdg.verify;

import static dev.fractalgen.etdg.verify.VerifierFixture.assertErrors;
import static dev.fractalgen.etdg.verify.VerifierFixture.parse;
import static dev.fractalgen.etdg.verify.VerifierFixture.tinyWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.text.Samples;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import org.junit.jupiter.api.Test;

/** Dominance and node typing over whole graphs. */
class VerifierTest {
  private static final String SCAN =
      "%x1, %ys = scan[1] %x, %wq (%c : f32[4], %w : f32[4, 4]) {...} : f32[4], f32[2, 4]";

  @Test
  void theSamplesAreValid() {
    assertErrors(parse(Samples.TINY));
    assertErrors(parse(Samples.NESTED));
    assertDoesNotThrow(() -> Verifier.check(parse(Samples.TINY)));
  }

  @Test
  void aUseBeforeItsDefinitionIsNotVisible() {
    assertErrors(tinyWith("%hn = add %x1, %h.in : f32[4]", "%hn = add %x1, %ex : f32[4]"),
        Code.NOT_VISIBLE, "%hn = add %x1, %ex : f32[4]",
        "operand 1 %ex (defined by `%ex = exp %x : f32[4]`) is not visible here");
  }

  @Test
  void aValueOfASiblingRegionIsNotVisible() {
    assertErrors(tinyWith("%q = mul %hr, %hv : f32[4]", "%q = mul %hr, %p : f32[4]"),
        Code.NOT_VISIBLE, "%q = mul %hr, %p : f32[4]",
        "operand 1 %p (defined by `%p = mul %row, %c : f32[4]`) is not visible here");
  }

  @Test
  void aRegionResultFromANestedRegionIsNotVisible() {
    assertErrors(tinyWith("yield %k, %r", "yield %k, %p"),
        Code.NOT_VISIBLE, "yield %k, %p (region 0 of " + SCAN + ")",
        "result 1 %p (defined by `%p = mul %row, %c : f32[4]`) is not visible here");
  }

  @Test
  void earlierValuesOfEnclosingRegionsAreVisible() {
    // %x is defined in the step before the scan whose nested map uses it.
    assertErrors(tinyWith("%p = mul %row, %c : f32[4]", "%p = mul %row, %x : f32[4]"));
  }

  @Test
  void aNodesOwnOutputIsNotVisibleInItsRegion() {
    assertErrors(tinyWith("%p = mul %row, %c : f32[4]", "%p = mul %row, %x1 : f32[4]"),
        Code.NOT_VISIBLE, "%p = mul %row, %x1 : f32[4]", "operand 1 %x1 (defined by `" + SCAN + "`)");
  }

  @Test
  void aValueOfAnotherGraphIsNotVisible() {
    Graph g = parse(Samples.TINY);
    Graph other = parse(Samples.TINY);
    Node x = g.getGenerate().getStep().getNodes().get(0);
    x.getOperands().get(0).setValue(other.getBuffers().get(0));
    assertErrors(g, Code.NOT_VISIBLE, "%x = index[0] %emb, %token : f32[4]",
        "operand 0 %emb is not a value of this graph");
  }

  @Test
  void aUseOfNothingIsReportedByBothChecks() {
    Graph g = parse(Samples.TINY);
    Node x = g.getGenerate().getStep().getNodes().get(0);
    x.getOperands().get(1).setValue(null);
    assertErrors(g,
        Code.NOT_VISIBLE, "%x = index[0] %emb, %? : f32[4]", "operand 1 refers to no value",
        Code.ILL_TYPED, "%x = index[0] %emb, %? : f32[4]", "operand 1 refers to no value");
  }

  @Test
  void declaredOutputsMustBeWhatTheRuleGives() {
    assertErrors(tinyWith("%ex = exp %x : f32[4]", "%ex = exp %x : f32[5]"),
        Code.OUTPUT_TYPE, "%ex = exp %x : f32[5]", "output 0 %ex is declared f32[5], its rule gives f32[4]");
    assertErrors(tinyWith("%ex = exp %x : f32[4]", "%ex, %ex2 = exp %x : f32[4], f32[4]"),
        Code.OUTPUT_TYPE, "%ex, %ex2 = exp %x : f32[4], f32[4]", "declares 2 output(s), its rule gives 1");
  }

  @Test
  void illTypedNodesReportTheRulesProblem() {
    assertErrors(tinyWith("%cat = concat[0] %x, %x : f32[8]", "%cat = concat[0] %x, %win : f32[8]"),
        Code.ILL_TYPED, "%cat = concat[0] %x, %win : f32[8]",
        "concat operand 1 is f32[3, 2], which does not join f32[4] on axis 0");
  }

  @Test
  void regionArityIsCheckedPerOp() {
    assertErrors(tinyWith("%ex = exp %x : f32[4]", "%ex = exp %x () {\n      yield\n    } : f32[4]"),
        Code.REGION_ARITY, "%ex = exp %x () {...} : f32[4]", "exp takes 0 region(s), has 1");
    Graph g = parse(Samples.TINY);
    Node map = g.getGenerate().getStep().getNodes().get(3);
    map.getRegions().clear();
    assertErrors(g, Code.REGION_ARITY, "%logits = map %head, %hn : f32[8]", "map takes 1 region(s), has 0");
  }

  @Test
  void checkThrowsAnInternalErrorListingEveryProblem() {
    Graph g = tinyWith("%ex = exp %x : f32[4]", "%ex = exp %x : f32[5]\n    %ex3 = neg %later : f32[4]\n"
        + "    %later = neg %x : f32[4]");
    InvalidGraphException e = assertThrows(InvalidGraphException.class, () -> Verifier.check(g));
    assertEquals(Verifier.verify(g), e.errors());
    assertEquals(2, e.errors().size());
    assertTrue(e.getMessage().startsWith("invalid ETDG 'tiny' (2 problems):\n"), e.getMessage());
    assertTrue(e.getMessage().contains("OUTPUT_TYPE at `%ex = exp %x : f32[5]`"), e.getMessage());
    assertTrue(e.getMessage().contains("NOT_VISIBLE at `%ex3 = neg %later : f32[4]`"), e.getMessage());
  }
}
