package dev.fractalgen.etdg.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.text.EtdgSyntaxException;
import dev.fractalgen.etdg.text.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An XMI round trip keeps the graph: its text form is unchanged. */
class EtdgXmiTest {

  private static void assertRoundTrip(Graph g) throws IOException {
    String text = EtdgPrinter.print(g);
    Graph back = EtdgXmi.fromXmi(EtdgXmi.toXmi(g));
    assertEquals(text, EtdgPrinter.print(back));
  }

  @Test
  void textSurvivesAnXmiRoundTrip() throws IOException, EtdgSyntaxException {
    assertRoundTrip(EtdgParser.parse(Samples.TINY));
    assertRoundTrip(EtdgParser.parse(Samples.NESTED));
    // Repeated and missing names, which the text form renames, come back as they were.
    assertRoundTrip(Samples.built());
  }

  @Test
  void referencesComeBackAsReferences() throws IOException, EtdgSyntaxException {
    Graph back = EtdgXmi.fromXmi(EtdgXmi.toXmi(EtdgParser.parse(Samples.TINY)));
    assertSame(back.getBuffers().get(0), back.getBuffers().get(2).getTiedTo());
    Node x = back.getGenerate().getStep().getNodes().get(0);
    assertSame(back.getBuffers().get(0), x.getOperands().get(0).getValue());
    assertSame(back.getGenerate().getStep().getArgs().get(0), x.getOperands().get(1).getValue());
    assertEquals(back.getBuffers().subList(12, 14), back.getGenerate().getStates());
  }

  @Test
  void filesRoundTripAndTheCallersGraphStaysFree(@TempDir Path dir) throws IOException, EtdgSyntaxException {
    Graph g = EtdgParser.parse(Samples.TINY);
    Path file = dir.resolve("tiny.xmi");
    EtdgXmi.save(g, file);
    assertNull(g.eResource(), "saving must not move the caller's graph into a resource");
    String xml = Files.readString(file);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
    assertTrue(xml.contains("https://fractalgen.dev/etdg/1"), xml);
    assertEquals(Samples.TINY, EtdgPrinter.print(EtdgXmi.load(file)));
  }

  @Test
  void whatIsNotAGraphIsRejected() {
    assertThrows(IOException.class, () -> EtdgXmi.fromXmi("not xml"));
    assertThrows(IOException.class, () -> EtdgXmi.fromXmi(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<etdg:Node xmlns:etdg=\"https://fractalgen.dev/etdg/1\""
            + " xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"/>"));
  }
}
