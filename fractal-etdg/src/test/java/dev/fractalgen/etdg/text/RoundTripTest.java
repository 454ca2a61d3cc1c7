package dev.fractalgen.etdg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printing the parse of a printed graph gives the same text. */
class RoundTripTest {

  private static String reprint(String text) throws EtdgSyntaxException {
    return EtdgPrinter.print(EtdgParser.parse(text));
  }

  @Test
  void canonicalTextPrintsBackUnchanged() throws EtdgSyntaxException {
    assertEquals(Samples.TINY, reprint(Samples.TINY));
  }

  @Test
  void builderGraphPrintsTheSameAfterAParse() throws EtdgSyntaxException {
    String printed = EtdgPrinter.print(Samples.built());
    assertEquals(printed, reprint(printed));
    // Spot checks against the text form worked out by hand from the builder calls.
    List<String> lines = printed.lines().toList();
    assertEquals("etdg built", lines.get(0));
    assertEquals("config layers = 2", lines.get(1));
    assertEquals("weight %w : f32[2, 4, 4] = stack \"layers.{i}.w\"", lines.get(3));
    assertEquals("param %top_k : i32[] = 3.0", lines.get(5));
    assertTrue(lines.contains("state %kc.1 : f32[4] append capacity 32"));
    assertTrue(lines.contains("state %h.1 : f32[4] replace"));
    assertTrue(lines.contains("  step(%token : i32[], %pos : i32[], %kc.2 : f32[pos, 4], %h.2 : f32[4]) {"));
    assertTrue(lines.contains("    %y.1, %ys.1 = scan[1] %x, %w (%c.1 : f32[4], %wl.1 : f32[4, 4]) {"));
    assertTrue(lines.contains("      %r.1 = map %wl.1, %c.1 (%row.1 : f32[4] iter, %v.1 : f32[4]) {"));
    assertTrue(lines.contains("        %d.1 = reduce.sum[0] %p.1 : f32[]"));
    assertTrue(lines.contains("    } : f32[4], f32[2, 4]"));
    assertTrue(lines.contains("    %y.2, %ys.2 = scan[1] %y.1, %w (%c.2 : f32[4], %wl.2 : f32[4, 4]) {"));
    assertTrue(lines.contains("    %0 = const [1.0] : i32[]"));
    assertTrue(lines.contains("    %1 = neg %hn : f32[4]"));
    assertEquals("    yield %tok, %0, %1, %hn", lines.get(lines.size() - 3));
    assertEquals(List.of("  }", "}"), lines.subList(lines.size() - 2, lines.size()));
  }

  @Test
  void deeplyNestedRegionsRoundTrip() throws EtdgSyntaxException {
    assertEquals(Samples.NESTED, reprint(Samples.NESTED));
    Graph g = EtdgParser.parse(Samples.NESTED);
    var scan = g.getGenerate().getStep().getNodes().get(0).getRegions().get(0).getNodes().get(1);
    assertEquals(3, scan.getOutputs().size());
    assertEquals(List.of(1L), scan.getInts());
    var inner = scan.getRegions().get(0).getNodes().get(0);
    assertEquals(List.of("sq", "e2"), inner.getOutputs().stream().map(o -> o.getName()).toList());
    assertTrue(inner.getRegions().get(0).getArgs().get(1).isIterated());
  }

  @Test
  void oddNamesAndStringsAreQuotedAndKept() throws EtdgSyntaxException {
    String text = """
        etdg "my model"
        config "key with space" = "a \\"b\\"\\n\\u0001"
        config "" = ""
        config neg = -12.5E+3
        weight %"w q" : f32[2] = "tab\\there"
        weight %"%" : f32[2] = tied %"w q"
        generate {
        }
        """;
    Graph g = EtdgParser.parse(text);
    assertEquals("my model", g.getName());
    assertEquals("key with space", g.getConfig().get(0).getName());
    assertEquals("a \"b\"\n\u0001", g.getConfig().get(0).getValue());
    assertEquals("-12.5E+3", g.getConfig().get(2).getValue());
    assertEquals("w q", g.getBuffers().get(0).getName());
    assertEquals("tab\there", g.getBuffers().get(0).getSource());
    assertEquals(g.getBuffers().get(0), g.getBuffers().get(1).getTiedTo());
    assertNull(g.getGenerate().getStep());
    assertEquals(text, EtdgPrinter.print(g));
  }

  @Test
  void aGraphWithoutNameOrGenerate() throws EtdgSyntaxException {
    String text = "etdg\nsequence %prompt : i32[P]\n";
    Graph g = EtdgParser.parse(text);
    assertNull(g.getName());
    assertNull(g.getGenerate());
    assertEquals(text, EtdgPrinter.print(g));
  }

  @Test
  void nonCanonicalSpacingAndCommentsParseToTheCanonicalText() throws EtdgSyntaxException {
    String loose = """
        // a comment before everything
        etdg   tiny
        param %t:f32[ ] =  1   // default
        generate { step( %token:i32[], %pos :i32[] ) {
            %c = const[] [ 2 ] : i32[]
            %x = index[0]   %c,%pos : i32[]
            yield %token , %x } }
        """;
    String canonical = """
        etdg tiny
        param %t : f32[] = 1.0
        generate {
          step(%token : i32[], %pos : i32[]) {
            %c = const [2.0] : i32[]
            %x = index[0] %c, %pos : i32[]
            yield %token, %x
          }
        }
        """;
    assertEquals(canonical, reprint(loose));
  }
}
