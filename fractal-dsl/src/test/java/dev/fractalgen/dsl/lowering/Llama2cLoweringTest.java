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

/** models/llama2c.fractal lowered: facts read off the program text (stories260K defaults). */
class Llama2cLoweringTest {
  private final Graph g = ModelGraphs.lower("llama2c", Map.of());

  @Test
  void twelveWeightsBoundToTheCheckpointNames() {
    assertEquals(List.of("tok_emb:token_embedding_table", "rms_att:rms_att_weight", "wq:wq", "wk:wk", "wv:wv", "wo:wo",
        "rms_ffn:rms_ffn_weight", "w1:w1", "w2:w2", "w3:w3", "rms_final:rms_final_weight", "wcls:=tok_emb"),
        ModelGraphs.weightBindings(g));
    // kv_dim = n_kv_heads * dim / n_heads = 4 * 64 / 8
    assertEquals("f32[5, 32, 64]", type(buffer(g, "wk")));
    assertEquals("f32[5, 172, 64]", type(buffer(g, "w1")));
  }

  @Test
  void twoAppendStatesOfOneRowPerLayer() {
    List<Buffer> states = buffers(g, BufferKind.STATE);
    assertEquals(List.of("k_cache", "v_cache"), states.stream().map(Buffer::getName).toList());
    for (Buffer s : states) {
      assertEquals(Growth.APPEND, s.getGrowth());
      assertEquals("f32[5, 32]", type(s));
      assertEquals(512, s.getCapacity());
    }
  }

  @Test
  void stepSeesTheCachedRowsAndYieldsTokenStatusAndTwoRows() {
    Region step = g.getGenerate().getStep();
    assertEquals(List.of("i32[]", "i32[]", "f32[pos, 5, 32]", "f32[pos, 5, 32]"), step.getArgs().stream().map(ModelGraphs::type).toList());
    assertEquals(List.of("i32[]", "i32[]", "f32[5, 32]", "f32[5, 32]"),
        step.getResults().stream().map(u -> type(u.getValue())).toList());
  }

  @Test
  void oneSampleOfTheLogits() {
    assertEquals("f32[512]", type(ModelGraphs.sample(g).getOperands().get(0).getValue()));
  }

  @Test
  void samplingAndStoppingDefaults() {
    assertEquals(1.0, buffer(g, "temperature").getDefaultValue());
    assertEquals(0.0, buffer(g, "top_k").getDefaultValue());
    assertEquals(1.0, buffer(g, "top_p").getDefaultValue());
    assertEquals(256.0, buffer(g, "max_tokens").getDefaultValue());
  }

  @Test
  void layerStackIsOneScanCarryingTheResidualStream() {
    List<Node> scans = nodes(g, Op.SCAN);
    assertEquals(1, scans.size());
    Node scan = scans.get(0);
    assertEquals(List.of(1L), scan.getInts());
    assertEquals(List.of("f32[64]", "f32[5, 32]", "f32[5, 32]"), scan.getOutputs().stream().map(ModelGraphs::type).toList());
  }
}
