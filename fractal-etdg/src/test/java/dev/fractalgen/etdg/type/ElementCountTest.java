package dev.fractalgen.etdg.type;

import static dev.fractalgen.etdg.type.Fixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ElementCountTest {
  @Test
  void expandsProductsOfAffineDims() {
    // (pos+1) * 2 * (P-1) = 2*P*pos - 2*pos + 2*P - 2
    assertEquals(Map.of("P*pos", 2L, "pos", -2L, "P", 2L, "", -2L),
        ElementCount.of(t("f32[pos+1, 2, P-1]")).terms());
    assertEquals(Map.of("pos*pos", 1L), ElementCount.of(t("f32[pos, pos]")).terms());
    assertEquals(Map.of("", 1L), ElementCount.of(t("f32[]")).terms());
    assertEquals(Map.of(), ElementCount.of(t("f32[3, 0]")).terms());
  }

  @Test
  void comparesRegardlessOfOrder() {
    assertEquals(ElementCount.of(t("f32[P, pos, 2]")), ElementCount.of(t("f32[2, pos, P]")));
    assertNotEquals(ElementCount.of(t("f32[P, 2]")), ElementCount.of(t("f32[pos, 2]")));
  }
}
