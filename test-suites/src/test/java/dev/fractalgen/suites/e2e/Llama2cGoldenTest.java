package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fractalgen.suites.Llama2cGoldens;
import dev.fractalgen.suites.Llama2cGoldens.Golden;
import dev.fractalgen.suites.Repo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * models/llama2c.fractal on the published stories260K, through the command line with text prompts,
 * prints what llama2.c's run.c prints and generates the ids it generates (golden/stories260K_llama2c.jsonl,
 * recorded from llama2.c itself), on the reference interpreter and on the compiled host kernel.
 */
class Llama2cGoldenTest {
  static List<String> args(Golden g, String backend, String output) {
    List<String> a = new ArrayList<>(List.of("run", Cli.model("llama2c.fractal"), "--weights", Repo.stories260K().toString(),
        "-n", Integer.toString(g.maxTokens()), "--temperature", "0", "--backend", backend, "--output", output, "-q"));
    if (!g.prompt().isEmpty()) a.addAll(List.of("--prompt", g.prompt()));
    return a;
  }

  @TestFactory
  Stream<DynamicTest> greedyRunsMatchLlama2c() {
    return Llama2cGoldens.greedy().stream().flatMap(g -> Stream.of("reference", "host").map(backend ->
        DynamicTest.dynamicTest(backend + ": " + g.name(), () -> {
          Cli r = Cli.run(args(g, backend, "json").toArray(String[]::new));
          assertEquals(0, r.status(), r.err());
          JsonObject seq = new Gson().fromJson(r.out(), JsonObject.class).getAsJsonArray("sequences").get(0).getAsJsonObject();
          assertArrayEquals(g.promptIds(), new Gson().fromJson(seq.get("prompt_ids"), int[].class), "prompt encoding");
          assertArrayEquals(g.ids(), new Gson().fromJson(seq.get("tokens"), int[].class), "generated ids");
          assertEquals(g.stop().equals("bos") ? "eos" : "max_tokens", seq.get("stop").getAsString());
        })));
  }

  /** The text output, byte for byte what run.c wrote to stdout (where run.c printed every byte). */
  @TestFactory
  Stream<DynamicTest> textOutputIsLlama2cs() {
    return Llama2cGoldens.greedy().stream().filter(Golden::printedWhole).map(g ->
        DynamicTest.dynamicTest(g.name(), () -> {
          Cli r = Cli.run(args(g, "host", "text").toArray(String[]::new));
          assertEquals(0, r.status(), r.err());
          assertEquals(g.text(), r.out());
        }));
  }

  /** The story llama2.c's documentation shows for a greedy run from BOS (doc/stories260K.md). */
  @Test
  void greedyStoryFromBosIsTheDocumentedOne() {
    String doc = Repo.resource("/golden/stories260K_doc_sample.txt");
    Cli r = Cli.run("run", Cli.model("llama2c.fractal"), "--weights", Repo.stories260K().toString(), "--temperature", "0",
        "-n", "256", "-q");
    assertEquals(0, r.status(), r.err());
    assertEquals(doc.strip(), r.out().strip());
  }

  /**
   * The README's command: with -n 256 new tokens it prints llama2.c's first 256 continuation tokens
   * of "Once upon a time" (llama2.c's own -n counts the 4 forced prompt steps too, so its -n 256
   * run prints a 252-token prefix of this text).
   */
  @Test
  void onceUponATimeWith256NewTokens() {
    Golden longer = Llama2cGoldens.named("once_n512");
    Golden n256 = Llama2cGoldens.named("once_n256");
    Cli r = Cli.run("run", Cli.model("llama2c.fractal"), "--weights", Repo.stories260K().toString(),
        "--prompt", "Once upon a time", "--temperature", "0", "-n", "256", "--output", "jsonl", "-q");
    assertEquals(0, r.status(), r.err());
    List<String> events = r.out().lines().toList();
    assertEquals(257, events.size(), "256 token events and a summary");
    JsonObject summary = new Gson().fromJson(events.get(256), JsonObject.class);
    JsonArray seqs = summary.getAsJsonArray("sequences");
    int[] tokens = new Gson().fromJson(seqs.get(0).getAsJsonObject().get("tokens"), int[].class);
    assertArrayEquals(Arrays.copyOf(longer.ids(), 256), tokens);
    String text = "Once upon a time" + seqs.get(0).getAsJsonObject().get("text").getAsString();
    assertTrue(text.startsWith(n256.text().stripTrailing()), "llama2.c -n 256 prints a prefix of this text");
    StringBuilder streamed = new StringBuilder();
    for (int i = 0; i < 256; i++) {
      JsonObject e = new Gson().fromJson(events.get(i), JsonObject.class);
      assertEquals(i, e.get("index").getAsInt());
      assertEquals(tokens[i], e.get("id").getAsInt());
      streamed.append(e.get("text").getAsString());
    }
    assertEquals(seqs.get(0).getAsJsonObject().get("text").getAsString(), streamed.toString(), "streamed pieces join to the text");
  }

  @Test
  void batchOfThreeDifferentPromptLengthsMatchesEachSequenceAlone() {
    List<Golden> cases = List.of(Llama2cGoldens.named("once_n64"), Llama2cGoldens.named("lily_tom_n128"),
        Llama2cGoldens.named("the_cat_n512"));
    List<String> a = new ArrayList<>(List.of("run", Cli.model("llama2c.fractal"), "--weights", Repo.stories260K().toString(),
        "--max-tokens", "60", "--temperature", "0", "--output", "ids", "-q"));
    for (Golden g : cases) a.addAll(List.of("--prompt", g.prompt()));
    Cli r = Cli.run(a.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size());
    for (int i = 0; i < 3; i++) {
      // with a budget of 60 new tokens, each sequence is llama2.c's output cut at 60 tokens
      int[] expected = Arrays.copyOf(cases.get(i).ids(), 60);
      assertArrayEquals(expected, Arrays.stream(lines.get(i).split(" ")).mapToInt(Integer::parseInt).toArray(), "sequence " + i);
    }
  }
}
