package dev.fractalgen.dsl.lowering;

import static dev.fractalgen.dsl.lowering.ModelGraphs.buffer;
import static dev.fractalgen.dsl.lowering.ModelGraphs.buffers;
import static dev.fractalgen.dsl.lowering.ModelGraphs.nodes;
import static dev.fractalgen.dsl.lowering.ModelGraphs.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** models/gpt2.fractal lowered: facts read off the program text (defaults vocab 96, d 32, 2 layers, n_ctx 128). */
class Gpt2LoweringTest {
  private final Graph g = ModelGraphs.lower("gpt2", Map.of());

  @Test
  void weightsBoundToHuggingFaceNamesWithTheHeadTiedToTheEmbedding() {
    assertEquals(List.of("wte:wte.weight", "wpe:wpe.weight",
        "ln1_g:h.{i}.ln_1.weight*", "ln1_b:h.{i}.ln_1.bias*",
        "attn_w:h.{i}.attn.c_attn.weight*", "attn_b:h.{i}.attn.c_attn.bias*",
        "attn_proj_w:h.{i}.attn.c_proj.weight*", "attn_proj_b:h.{i}.attn.c_proj.bias*",
        "ln2_g:h.{i}.ln_2.weight*", "ln2_b:h.{i}.ln_2.bias*",
        "fc_w:h.{i}.mlp.c_fc.weight*", "fc_b:h.{i}.mlp.c_fc.bias*",
        "mlp_proj_w:h.{i}.mlp.c_proj.weight*", "mlp_proj_b:h.{i}.mlp.c_proj.bias*",
        "lnf_g:ln_f.weight", "lnf_b:ln_f.bias", "lm_head:=wte"), ModelGraphs.weightBindings(g));
    assertEquals("f32[128, 32]", type(buffer(g, "wpe")));
    // Conv1D weights are [in, out]
    assertEquals("f32[2, 32, 96]", type(buffer(g, "attn_w")));
    assertEquals("f32[2, 128, 32]", type(buffer(g, "mlp_proj_w")));
  }

  @Test
  void keyAndValueCachesOfCapacityNCtx() {
    List<Buffer> states = buffers(g, BufferKind.STATE);
    assertEquals(List.of("k_cache", "v_cache"), states.stream().map(Buffer::getName).toList());
    for (Buffer s : states) {
      assertEquals(Growth.APPEND, s.getGrowth());
      assertEquals("f32[2, 32]", type(s));
      assertEquals(128, s.getCapacity());
    }
  }

  @Test
  void stepYieldsTokenStatusAndOneKeyAndValueRowPerLayer() {
    assertEquals(List.of("i32[]", "i32[]", "f32[2, 32]", "f32[2, 32]"),
        g.getGenerate().getStep().getResults().stream().map(u -> type(u.getValue())).toList());
  }

  @Test
  void oneSampleOfTheLogits() {
    assertEquals("f32[96]", type(ModelGraphs.sample(g).getOperands().get(0).getValue()));
    assertEquals(32.0, buffer(g, "max_tokens").getDefaultValue());
  }

  @Test
  void endOfTextIsTheEosToken() {
    boolean comparesWith95 = nodes(g, Op.EQ).stream().anyMatch(n -> n.getOperands().stream()
        .anyMatch(u -> u.getValue().eContainer() instanceof Node c && c.getOp() == Op.CONST && c.getData().equals(List.of(95.0))));
    assertTrue(comparesWith95);
  }

  @Test
  void blocksAreOneScanWithThreeLayerNormsAndOneGelu() {
    List<Node> scans = nodes(g, Op.SCAN);
    assertEquals(1, scans.size());
    assertEquals(List.of("f32[32]", "f32[2, 32]", "f32[2, 32]"), scans.get(0).getOutputs().stream().map(ModelGraphs::type).toList());
    // ln_1 and ln_2 in the scanned block, ln_f after it; each LayerNorm takes one rsqrt
    assertEquals(3, nodes(g, Op.RSQRT).size());
    assertEquals(1, nodes(g, Op.GELU).size());
  }

  @Test
  void overridesReshapeWeightsAndStates() {
    Graph big = ModelGraphs.lower("gpt2", Map.of("n_layer", "3", "n_ctx", "128", "n_embd", "48", "n_head", "4"));
    assertEquals("f32[128, 48]", type(buffer(big, "wpe")));
    assertEquals("f32[3, 48, 144]", type(buffer(big, "attn_w")));
    assertEquals("f32[3, 48]", type(buffer(big, "k_cache")));
    assertEquals(128, buffer(big, "k_cache").getCapacity());
  }
}
