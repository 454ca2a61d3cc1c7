package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.fractalgen.runtime.Device;
import dev.fractalgen.runtime.GenerateOptions;
import dev.fractalgen.runtime.Generation;
import dev.fractalgen.runtime.Model;
import dev.fractalgen.runtime.StopReason;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundle the plugin compiled into this project's classes generates llama2.c's own story, through the API and the example program. */
class StoryTest {
  static final Path ROOT = Path.of(System.getProperty("fractal.root"));

  /** llama2.c's greedy run of "Once upon a time" with -n 256 on stories260K (the repository's golden file). */
  static JsonObject golden() throws Exception {
    for (String line : Files.readAllLines(ROOT.resolve("test-suites/src/test/resources/golden/stories260K_llama2c.jsonl"))) {
      JsonObject o = new Gson().fromJson(line, JsonObject.class);
      if (o.get("name").getAsString().equals("once_n256")) return o;
    }
    throw new IllegalStateException("no golden case once_n256");
  }

  @Test
  void generatesLlama2csStory() throws Exception {
    JsonObject g = golden();
    String prompt = g.get("prompt").getAsString();
    // llama2.c's -n counts the prompt's forced steps; run.c echoes the prompt and ends with a newline
    int maxTokens = g.get("steps").getAsInt() - (g.getAsJsonArray("prompt_ids").size() - 1);
    String expected = g.get("text").getAsString().substring(prompt.length()).stripTrailing();
    try (Model model = Model.fromClasspath("llama2c").weights(ROOT.resolve("models/stories260K/stories260K.bin")).device(Device.HOST).load()) {
      Generation r = model.generate(prompt, GenerateOptions.greedy(maxTokens));
      assertEquals(expected, r.text());
      assertEquals(StopReason.MAX_TOKENS, r.single().stop());
    }
  }

  @Test
  void aHostOnlyApplicationDoesNotCarryJCuda() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("jcuda.driver.JCudaDriver"));
  }

  @Test
  void theExampleProgramPrintsIt() throws Exception {
    JsonObject g = golden();
    String expected = g.get("text").getAsString().substring(g.get("prompt").getAsString().length()).stripTrailing();
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      example.Story.main(new String[] {ROOT.resolve("models/stories260K/stories260K.bin").toString()});
    } finally {
      System.setOut(out);
    }
    assertEquals(expected + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
  }
}
