package dev.fractalgen.etdg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser builds the graph the text describes (checked field by field, not by reprinting). */
class ParsedStructureTest {
  private final Graph g;

  ParsedStructureTest() throws EtdgSyntaxException {
    g = EtdgParser.parse(Samples.TINY);
  }

  private Buffer buffer(String name) {
    return g.getBuffers().stream().filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
  }

  private Node node(String output) {
    List<Node> all = new java.util.ArrayList<>();
    g.eAllContents().forEachRemaining(o -> { if (o instanceof Node n) all.add(n); });
    return all.stream().filter(n -> n.getOutputs().stream().anyMatch(o -> o.getName().equals(output)))
        .findFirst().orElseThrow();
  }

  @Test
  void headerConfigAndBuffers() {
    assertEquals("tiny", g.getName());
    assertEquals(List.of("dim", "eps", "model"), g.getConfig().stream().map(c -> c.getName()).toList());
    assertEquals(List.of("4", "1e-05", "tiny lm"), g.getConfig().stream().map(c -> c.getValue()).toList());
    assertEquals(14, g.getBuffers().size());
    Buffer wq = buffer("wq");
    assertEquals(BufferKind.WEIGHT, wq.getKind());
    assertTrue(wq.isStacked());
    assertEquals("layers.{i}.wq", wq.getSource());
    assertSame(buffer("emb"), buffer("head").getTiedTo());
    assertEquals(0.9, buffer("top_p").getDefaultValue());
    assertEquals(BufferKind.SEQUENCE, buffer("prompt").getKind());
    assertEquals("i32[P]", TensorType.of(buffer("prompt")).toString());
    Buffer kc = buffer("kc");
    assertEquals(Growth.APPEND, kc.getGrowth());
    assertEquals(64, kc.getCapacity());
    assertEquals(Growth.REPLACE, buffer("h").getGrowth());
    assertEquals(List.of(kc, buffer("h")), g.getGenerate().getStates());
  }

  @Test
  void stepArgsNodesAndResults() {
    Region step = g.getGenerate().getStep();
    assertEquals(List.of("token", "pos", "kc.in", "h.in"), step.getArgs().stream().map(a -> a.getName()).toList());
    assertEquals("f32[pos, 2, 4]", TensorType.of(step.getArgs().get(2)).toString());
    assertEquals(List.of("next", "status", "krow", "hn"),
        step.getResults().stream().map(u -> u.getValue().getName()).toList());
    Node x = node("x");
    assertEquals(Op.INDEX, x.getOp());
    assertEquals(List.of(0L), x.getInts());
    assertSame(buffer("emb"), x.getOperands().get(0).getValue());
    assertSame(step.getArgs().get(0), x.getOperands().get(1).getValue());
  }

  @Test
  void nestedRegionsAndMultiOutputNodes() {
    Node scan = node("x1");
    assertEquals(Op.SCAN, scan.getOp());
    assertEquals(List.of("x1", "ys"), scan.getOutputs().stream().map(o -> o.getName()).toList());
    Region body = scan.getRegions().get(0);
    assertFalse(body.getArgs().get(0).isIterated());
    Node map = body.getNodes().get(0);
    assertEquals(Op.MAP, map.getOp());
    assertTrue(map.getRegions().get(0).getArgs().get(0).isIterated());
    // The map's body multiplies by the scan's carry: a use of an enclosing region's arg.
    Node mul = map.getRegions().get(0).getNodes().get(0);
    assertSame(body.getArgs().get(0), mul.getOperands().get(1).getValue());
    Node sum = map.getRegions().get(0).getNodes().get(1);
    assertEquals(ReduceKind.SUM, sum.getReduce());
    assertEquals(ReduceKind.ARGMAX, node("best").getReduce());
  }

  @Test
  void constDataAndSpecialDoubles() {
    Node odd = node("odd");
    List<Double> data = odd.getData();
    assertEquals(1.0e-5, data.get(0));
    assertEquals(-2.5, data.get(1));
    assertTrue(Double.isNaN(data.get(2)));
    assertEquals(Double.POSITIVE_INFINITY, data.get(3));
    assertEquals(Double.NEGATIVE_INFINITY, data.get(4));
    assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(data.get(5)));
    assertEquals(DType.I32, node("zero").getOutputs().get(0).getDtype());
    assertEquals(List.of(2L, 1L), node("win").getInts());
  }
}
