package dev.fractalgen.dsl.lowering;

import static dev.fractalgen.dsl.lowering.ModelGraphs.buffer;
import static dev.fractalgen.dsl.lowering.ModelGraphs.buffers;
import static dev.fractalgen.dsl.lowering.ModelGraphs.nodes;
import static dev.fractalgen.dsl.lowering.ModelGraphs.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** models/lstm.fractal lowered: facts read off the program text (defaults vocab 64, hidden 32, 2 layers). */
class LstmLoweringTest {
  private final Graph g = ModelGraphs.lower("lstm", Map.of());

  @Test
  void sevenWeightsWithStackedLayers() {
    assertEquals(List.of("embedding:embedding.weight", "w_ih:layers.{i}.w_ih*", "w_hh:layers.{i}.w_hh*",
        "b_ih:layers.{i}.b_ih*", "b_hh:layers.{i}.b_hh*", "out_w:fc.weight", "out_b:fc.bias"), ModelGraphs.weightBindings(g));
    assertEquals("f32[2, 128, 32]", type(buffer(g, "w_ih")));
  }

  @Test
  void hiddenAndCellAreReplaceStatesOfOneRowPerLayer() {
    List<Buffer> states = buffers(g, BufferKind.STATE);
    assertEquals(List.of("h", "c"), states.stream().map(Buffer::getName).toList());
    for (Buffer s : states) {
      assertEquals(Growth.REPLACE, s.getGrowth());
      assertEquals("f32[2, 32]", type(s));
    }
  }

  @Test
  void stepSeesAndYieldsWholeStates() {
    Region step = g.getGenerate().getStep();
    assertEquals(List.of("i32[]", "i32[]", "f32[2, 32]", "f32[2, 32]"), step.getArgs().stream().map(ModelGraphs::type).toList());
    assertEquals(List.of("i32[]", "i32[]", "f32[2, 32]", "f32[2, 32]"),
        step.getResults().stream().map(u -> type(u.getValue())).toList());
  }

  @Test
  void oneSampleOfTheLogitsWithTheProgramsSettings() {
    assertEquals("f32[64]", type(ModelGraphs.sample(g).getOperands().get(0).getValue()));
    assertEquals((double) 0.8f, buffer(g, "temperature").getDefaultValue());
    assertEquals(10.0, buffer(g, "top_k").getDefaultValue());
    assertEquals(7.0, buffer(g, "seed_lo").getDefaultValue());
    assertEquals(64.0, buffer(g, "max_tokens").getDefaultValue());
  }

  @Test
  void layersAreOneScanOfCellsWithThreeSigmoidGatesAndTwoTanh() {
    List<Node> scans = nodes(g, Op.SCAN);
    assertEquals(1, scans.size());
    assertEquals(List.of(1L), scans.get(0).getInts());
    assertEquals(List.of("f32[32]", "f32[2, 32]", "f32[2, 32]"), scans.get(0).getOutputs().stream().map(ModelGraphs::type).toList());
    assertEquals(3, nodes(g, Op.SIGMOID).size());
    assertEquals(2, nodes(g, Op.TANH).size());
  }
}
