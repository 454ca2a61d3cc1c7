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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model programs on Hugging Face checkpoints (a small LlamaForCausalLM with random bf16 weights
 * and a small GPT2LMHeadModel with random f32 weights, both saved by save_pretrained) generate
 * exactly the tokens of Hugging Face's own greedy generate (computed in f32 from the same weights,
 * hf/README.md), for 64 tokens on two prompts, and their last-step logits are within
 * {@link #TOLERANCE} of HF's (relative to the largest magnitude): the same sums in another order,
 * nothing more.
 */
class HuggingFaceModelsTest {
  static final double TOLERANCE = 1e-4;

  @ParameterizedTest(name = "{0} on {2}")
  @CsvSource({"llama3-small, llama3, reference", "llama3-small, llama3, host", "llama3-small-untied, llama3, host",
      "gpt2-small, gpt2, reference", "gpt2-small, gpt2, host"})
  void greedyTokensAndLogitsMatchTransformers(String checkpoint, String model, String backend) throws Exception {
    String dir = "/hf/" + checkpoint + "/";
    JsonObject expected = new Gson().fromJson(Repo.resource(dir + "expected.json"), JsonObject.class);
    JsonArray refs = expected.getAsJsonArray("sequences");
    List<String> args = new ArrayList<>(List.of("run", Cli.model(model + ".fractal"), "--weights",
        Path.of(HuggingFaceModelsTest.class.getResource(dir + "model.safetensors").toURI()).toString(),
        "--backend", backend, "--temperature", "0", "-n", "64", "--output", "json", "--logits", "-q"));
    for (String kv : CompiledModels.smallShape(model + ".fractal").entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) {
      args.addAll(List.of("--config", kv));
    }
    if (checkpoint.endsWith("-untied")) args.addAll(List.of("--config", "tie_embeddings=0"));
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
