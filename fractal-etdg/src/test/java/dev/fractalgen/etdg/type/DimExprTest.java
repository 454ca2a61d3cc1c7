package dev.fractalgen.etdg.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DimExprTest {
  @Test
  void parsesWhatItPrints() {
    for (String s : new String[] {"0", "64", "-3", "pos", "-pos", "pos+1", "2*P-3", "P-pos+2"}) {
      assertEquals(s, DimExpr.parse(s).toString());
    }
    assertEquals(DimExpr.of(-3, Map.of("P", 2L)), DimExpr.parse("2*P-3"));
  }

  @Test
  void rejectsTermsWithoutASymbol() {
    assertThrows(IllegalArgumentException.class, () -> DimExpr.parse("2*"));
    assertThrows(IllegalArgumentException.class, () -> DimExpr.parse("2*3"));
    assertThrows(IllegalArgumentException.class, () -> DimExpr.parse("pos+"));
    assertThrows(IllegalArgumentException.class, () -> DimExpr.parse("po$"));
  }
}
