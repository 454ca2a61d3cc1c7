package dev.fractalgen.dsl.lowering;

import static dev.fractalgen.dsl.lowering.ModelGraphs.buffer;
import static dev.fractalgen.dsl.lowering.ModelGraphs.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.etdg.model.Graph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** models/llama3.fractal lowered: Hugging Face's tensor names, bf16 weights at the Llama-3.2-1B shape, the head tied or not. */
class Llama3LoweringTest {
  private static final List<String> BODY = List.of("embed:model.embed_tokens.weight",
      "attn_norm:model.layers.{i}.input_layernorm.weight*", "wq:model.layers.{i}.self_attn.q_proj.weight*",
      "wk:model.layers.{i}.self_attn.k_proj.weight*", "wv:model.layers.{i}.self_attn.v_proj.weight*",
      "wo:model.layers.{i}.self_attn.o_proj.weight*", "ffn_norm:model.layers.{i}.post_attention_layernorm.weight*",
      "w_gate:model.layers.{i}.mlp.gate_proj.weight*", "w_up:model.layers.{i}.mlp.up_proj.weight*",
      "w_down:model.layers.{i}.mlp.down_proj.weight*", "final_norm:model.norm.weight");

  @Test
  void tiedByDefaultAsLlama32() {
    Graph g = ModelGraphs.lower("llama3", Map.of());
    assertEquals(concat(BODY, "lm_head:=embed"), ModelGraphs.weightBindings(g));
    assertEquals("bf16[128256, 2048]", type(buffer(g, "embed")));
    assertEquals("bf16[16, 512, 2048]", type(buffer(g, "wk")));
    assertEquals("bf16[16, 8192, 2048]", type(buffer(g, "w_gate")));
  }

  @Test
  void aConfigFlagUntiesTheHead() {
    Graph g = ModelGraphs.lower("llama3", Map.of("tie_embeddings", "0"));
    assertEquals(concat(BODY, "lm_head:lm_head.weight"), ModelGraphs.weightBindings(g));
  }

  private static List<String> concat(List<String> a, String b) {
    return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).toList();
  }
}
