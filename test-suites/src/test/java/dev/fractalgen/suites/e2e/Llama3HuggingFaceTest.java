package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fractalgen.suites.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * models/llama3.fractal on a Hugging Face checkpoint (a small LlamaForCausalLM with random bf16
 * weights, saved by save_pretrained) generates exactly the tokens of Hugging Face's own greedy
 * generate (computed in f32 from the same bf16 weights, hf/llama3-small/README.md), for 64 tokens
 * on two prompts, and its last-step logits are within {@link #TOLERANCE} of HF's (relative to the
 * largest magnitude): the same sums in another order, nothing more.
 */
class Llama3HuggingFaceTest {
  static final double TOLERANCE = 1e-4;

  @ParameterizedTest
  @ValueSource(strings = {"reference", "host"})
  void greedyTokensAndLogitsMatchTransformers(String backend) throws Exception {
    JsonObject expected = new Gson().fromJson(Repo.resource("/hf/llama3-small/expected.json"), JsonObject.class);
    JsonArray refs = expected.getAsJsonArray("sequences");
    List<String> args = new ArrayList<>(List.of("run", Cli.model("llama3.fractal"), "--weights",
        Path.of(Llama3HuggingFaceTest.class.getResource("/hf/llama3-small/model.safetensors").toURI()).toString(),
        "--backend", backend, "--temperature", "0", "-n", "64", "--output", "json", "--logits", "-q"));
    for (String kv : CompiledModels.smallShape("llama3.fractal").entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) {
      args.addAll(List.of("--config", kv));
    }
    for (int s = 0; s < refs.size(); s++) {
      int[] ids = new Gson().fromJson(refs.get(s).getAsJsonObject().get("prompt_ids"), int[].class);
      args.addAll(List.of("--prompt-ids", String.join(",", java.util.Arrays.stream(ids).mapToObj(Integer::toString).toList())));
    }
    Cli r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    JsonArray ours = new Gson().fromJson(r.out(), JsonObject.class).getAsJsonArray("sequences");
    assertEquals(refs.size(), ours.size());
    for (int s = 0; s < refs.size(); s++) {
      JsonObject ref = refs.get(s).getAsJsonObject(), got = ours.get(s).getAsJsonObject();
      assertArrayEquals(new Gson().fromJson(ref.get("tokens"), int[].class), new Gson().fromJson(got.get("tokens"), int[].class),
          backend + ": tokens of prompt " + s);
      float[] want = new Gson().fromJson(ref.get("final_logits"), float[].class);
      float[] have = new Gson().fromJson(got.get("final_logits"), float[].class);
      assertEquals(want.length, have.length);
      double scale = 0, worst = 0;
      for (int i = 0; i < want.length; i++) {
        scale = Math.max(scale, Math.abs(want[i]));
        worst = Math.max(worst, Math.abs(want[i] - have[i]));
      }
      assertTrue(worst <= TOLERANCE * scale, backend + ": last-step logits of prompt " + s + " differ by " + worst + " (max |logit| " + scale + ")");
    }
  }
}
