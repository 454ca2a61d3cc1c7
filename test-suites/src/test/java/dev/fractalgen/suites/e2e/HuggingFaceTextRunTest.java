package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.validate.TranslationValidation;
import dev.fractalgen.runtime.checkpoint.DType;
import dev.fractalgen.runtime.checkpoint.SafetensorsWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gpt2.fractal at GPT-2's vocabulary, on seeded random weights, with GPT-2's tokenizer.json beside
 * the checkpoint: a text prompt without a BOS token is encoded as GPT-2 encodes it (hf/gpt2's
 * independent expectations) and printed whole before its continuation.
 */
class HuggingFaceTextRunTest {
  @TempDir static Path dir;
  static Path weights;

  @BeforeAll
  static void writeModel() throws Exception {
    FractalFrontEnd fe = new FractalFrontEnd();
    var checked = fe.check(Cli.root().resolve("models/gpt2.fractal"));
    Graph g = fe.lower(checked.program(), "gpt2", Map.of("vocab_size", "50257")).graph();
    Map<String, HostTensor> w = TranslationValidation.randomWeights(g, 5);
    SafetensorsWriter out = new SafetensorsWriter();
    for (Buffer b : g.getBuffers()) {
      if (b.getKind() != BufferKind.WEIGHT || b.getTiedTo() != null) continue;
      HostTensor t = w.get(b.getName());
      if (!b.isStacked()) {
        out.add(b.getSource(), DType.F32, t.shape(), t.floats());
        continue;
      }
      for (int i = 0; i < t.shape()[0]; i++) {
        HostTensor layer = t.row(i);
        out.add(b.getSource().replace("{i}", Integer.toString(i)), DType.F32, layer.shape(), layer.floats());
      }
    }
    weights = dir.resolve("model.safetensors");
    out.write(weights);
    try (InputStream in = new GZIPInputStream(HuggingFaceTextRunTest.class.getResourceAsStream("/hf/gpt2/tokenizer.json.gz"))) {
      Files.copy(in, dir.resolve("tokenizer.json"));
    }
  }

  static Cli run(String... extra) {
    String[] base = {"run", Cli.model("gpt2.fractal"), "--config", "vocab_size=50257", "--weights", weights.toString(),
        "-p", "Hello world", "-n", "6", "--temp", "0", "-q"};
    String[] all = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Cli.run(all);
  }

  @Test
  void textPromptIsEncodedAsGpt2AndPrintedWhole() {
    Cli json = run("--output", "json");
    assertEquals(0, json.status(), json.err());
    JsonObject doc = new Gson().fromJson(json.out(), JsonObject.class);
    assertTrue(doc.get("tokenizer").getAsString().contains("tokenizer.json"));
    JsonObject seq = doc.getAsJsonArray("sequences").get(0).getAsJsonObject();
    // gpt-3-encoder, gpt-tokenizer and @huggingface/tokenizers all give these ids (hf/gpt2/expected.jsonl)
    assertArrayEquals(new int[] {15496, 995}, new Gson().fromJson(seq.get("prompt_ids"), int[].class));
    assertEquals(6, seq.getAsJsonArray("tokens").size());

    Cli text = run();
    assertEquals(0, text.status(), text.err());
    assertEquals("Hello world" + seq.get("text").getAsString() + "\n", text.out());
    assertFalse(text.out().contains("\uFFFD"), text.out());
  }

  @Test
  void withoutAPromptATokenizerWithoutBosAsksForOne() {
    Cli r = Cli.run("run", Cli.model("gpt2.fractal"), "--config", "vocab_size=50257", "--weights", weights.toString(), "-n", "4");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("give --prompt TEXT"), r.err());
  }
}
