package dev.fractalgen.etdg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.verify.Verifier;
import dev.fractalgen.etdg.verify.VerifyError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reduction's order in the text form: printed after the ints, read back, and checked by the verifier. */
class ReduceOrderTextTest {
  private static String graph(String reduceLine) {
    return """
        etdg orders
        weight %w : f32[8, 64] = "w"
        generate {
          step(%token : i32[], %pos : i32[]) {
            %row = index[0] %w, %token : f32[64]
            %s = %LINE
            %i = cast %s : i32[]
            yield %i, %pos
          }
        }
        """.replace("%LINE", reduceLine);
  }

  @Test
  void treeOrderRoundTrips() throws EtdgSyntaxException {
    String text = graph("reduce.sum[0] tree(32, 4) %row : f32[]");
    Graph g = EtdgParser.parse(text);
    Node n = g.getGenerate().getStep().getNodes().get(1);
    assertEquals(32, n.getOrder().getLanes());
    assertEquals(4, n.getOrder().getWidth());
    assertEquals(text, EtdgPrinter.print(g));
    assertEquals(List.of(), Verifier.verify(g));
  }

  @Test
  void sequentialIsWrittenAsNoOrder() throws EtdgSyntaxException {
    Graph g = EtdgParser.parse(graph("reduce.sum[0] %row : f32[]"));
    assertEquals(null, g.getGenerate().getStep().getNodes().get(1).getOrder());
  }

  @Test
  void verifierRefusesOrdersOutsideTheirRange() throws EtdgSyntaxException {
    assertRefused("reduce.max[0] tree(32, 1) %row : f32[]", "takes no reduction order");
    assertRefused("reduce.sum[0] tree(24, 1) %row : f32[]", "power of two");
    assertRefused("reduce.sum[0] tree(2048, 1) %row : f32[]", "power of two");
    assertRefused("reduce.sum[0] tree(32, 0) %row : f32[]", "width must be from 1 to 64");
    assertRefused("reduce.prod[0] tree(4, 65) %row : f32[]", "width must be from 1 to 64");
  }

  private static void assertRefused(String line, String fragment) throws EtdgSyntaxException {
    List<VerifyError> errors = Verifier.verify(EtdgParser.parse(graph(line)));
    assertTrue(errors.stream().anyMatch(e -> e.toString().contains(fragment)), line + " gave " + errors);
  }
}
