package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.fractalgen.suites.Llama2cGoldens;
import dev.fractalgen.suites.Repo;
import dev.fractalgen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's contract: prompts, output formats, the summary line, aliases, seeds, tokenizer discovery. */
class RunOptionsTest {
  @TempDir Path tmp;

  static Cli run(String... extra) {
    List<String> a = new ArrayList<>(List.of("run", Cli.model("llama2c.fractal"), "--weights", Repo.stories260K().toString()));
    a.addAll(List.of(extra));
    return Cli.run(a.toArray(String[]::new));
  }

  static JsonObject json(Cli r) {
    assertEquals(0, r.status(), r.err());
    return new Gson().fromJson(r.out(), JsonObject.class);
  }

  @Test
  void batchOfTextPromptsPrintsEachSequenceWholeWithItsIndex() {
    Cli r = run("-p", "Once upon a time", "-p", "Lily and Tom", "-n", "20", "--temp", "0", "-q");
    assertEquals(0, r.status(), r.err());
    String[] parts = r.out().split("(?m)^\\[1\\] ");
    assertEquals(2, parts.length, r.out());
    assertTrue(parts[0].startsWith("[0] Once upon a time"), r.out());
    // each is llama2.c's greedy text of its prompt, cut at 20 new tokens (a prefix of the longer runs)
    assertTrue(Llama2cGoldens.named("once_n64").text().startsWith(parts[0].substring(4).strip()), parts[0]);
    assertTrue(Llama2cGoldens.named("lily_tom_n128").text().startsWith(parts[1].strip()), parts[1]);
    assertEquals(run("-p", "Lily and Tom", "-n", "20", "--temp", "0", "-q").out(), parts[1]);
  }

  /** Text reaches stdout token by token while the loop runs: every token's piece is flushed on its own. */
  @Test
  void textIsFlushedTokenByToken() {
    List<String> flushed = new ArrayList<>();
    StringWriter sink = new StringWriter();
    Writer out = new Writer() {
      @Override public void write(char[] c, int off, int len) {
        sink.write(c, off, len);
      }

      @Override public void flush() {
        flushed.add(sink.toString());
      }

      @Override public void close() {}
    };
    int status = Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "run", Cli.model("llama2c.fractal"),
        "--weights", Repo.stories260K().toString(), "-p", "Once upon a time", "-n", "60", "--temp", "0", "-q");
    assertEquals(0, status);
    // llama2.c's -n 64 forces 4 prompt tokens and generates 60
    assertEquals(Llama2cGoldens.named("once_n64").text(), sink.toString());
    // the prompt first, then exactly one token's piece per flush (the pieces jsonl reports), then the end
    JsonObject summary = null;
    List<String> pieces = new ArrayList<>();
    for (String line : run("-p", "Once upon a time", "-n", "60", "--temp", "0", "-q", "--output", "jsonl").out().lines().toList()) {
      JsonObject e = new Gson().fromJson(line, JsonObject.class);
      if (e.get("event").getAsString().equals("token")) pieces.add(e.get("text").getAsString());
      else summary = e;
    }
    assertTrue(summary != null && pieces.size() == 60);
    assertEquals("Once upon a time", flushed.get(0));
    for (int i = 0; i < 60; i++) {
      assertEquals(flushed.get(0) + String.join("", pieces.subList(0, i + 1)), flushed.get(i + 1), "after token " + i);
    }
  }

  @Test
  void summaryLineOnStderrUnlessQuiet() {
    Cli loud = run("-p", "The cat", "-n", "8", "--temp", "0");
    assertEquals(0, loud.status(), loud.err());
    assertTrue(loud.err().matches("fractal: 8 tokens in [0-9.]+ s \\([0-9.]+ tok/s.*; host on CPU.*kernel: .*\\R"), loud.err());
    Cli quiet = run("-p", "The cat", "-n", "8", "--temp", "0", "-q");
    assertEquals("", quiet.err());
    assertEquals(loud.out(), quiet.out());
  }

  @Test
  void jsonReportsSettingsAndTiming() {
    JsonObject doc = json(run("-p", "The cat", "-n", "8", "--temp", "0.8", "--top-k", "40", "--top-p", "0.9", "-s", "7",
        "--output", "json", "-q"));
    JsonObject s = doc.getAsJsonObject("sampling");
    assertEquals(0.8, s.get("temperature").getAsDouble(), 1e-6);
    assertEquals(40, s.get("top_k").getAsInt());
    assertEquals(0.9, s.get("top_p").getAsDouble(), 1e-6);
    assertEquals(7, s.get("seed").getAsLong());
    assertEquals(8, s.get("max_tokens").getAsInt());
    JsonObject t = doc.getAsJsonObject("timing");
    for (String k : List.of("kernel", "compile_ms", "load_ms", "first_token_ms", "generate_ms", "tokens_per_second")) {
      assertTrue(t.has(k), "timing." + k);
    }
    JsonObject seq = doc.getAsJsonArray("sequences").get(0).getAsJsonObject();
    assertEquals("The cat", seq.get("prompt").getAsString());
    assertEquals(8, seq.getAsJsonArray("tokens").size());
    assertTrue(doc.get("tokenizer").getAsString().contains("tok512.bin"));
  }

  @Test
  void llamaCppAliasesMeanTheLongOptions() {
    Cli shortForm = run("-p", "The cat", "-n", "12", "--temp", "0.9", "-s", "11", "--output", "ids", "-q");
    Cli longForm = run("--prompt", "The cat", "--max-tokens", "12", "--temperature", "0.9", "--seed", "11", "--output", "ids", "-q");
    assertEquals(0, shortForm.status(), shortForm.err());
    assertEquals(longForm.out(), shortForm.out());
  }

  @Test
  void freshSeedIsReportedAndReproducesTheRun() {
    Cli a = run("-p", "The cat", "-n", "16", "--temp", "1", "-s", "-1");
    assertEquals(0, a.status(), a.err());
    Matcher m = Pattern.compile("seed (\\d+) \\(fresh\\)").matcher(a.err());
    assertTrue(m.find(), a.err());
    Cli again = run("-p", "The cat", "-n", "16", "--temp", "1", "-s", m.group(1));
    assertEquals(a.out(), again.out());
    Cli noSeed = run("-p", "The cat", "-n", "16", "--temp", "1", "--output", "json", "-q");
    Cli noSeed2 = run("-p", "The cat", "-n", "16", "--temp", "1", "--output", "json", "-q");
    assertNotEquals(json(noSeed).getAsJsonObject("sampling").get("seed"), json(noSeed2).getAsJsonObject("sampling").get("seed"));
  }

  @Test
  void withoutATokenizerPromptsAreIdsAndOutputIsIds() throws Exception {
    Path alone = tmp.resolve("stories260K.bin");
    Files.copy(Repo.stories260K(), alone);
    Cli ids = Cli.run("run", Cli.model("llama2c.fractal"), "--weights", alone.toString(), "--prompt-ids", "1", "-n", "64",
        "--temp", "0", "-q");
    assertEquals(0, ids.status(), ids.err());
    int[] golden = Llama2cGoldens.named("bos_n256").ids();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 64; i++) expected.append(i == 0 ? "" : " ").append(golden[i]);
    assertEquals(expected + "\n", ids.out());
    Cli text = Cli.run("run", Cli.model("llama2c.fractal"), "--weights", alone.toString(), "-p", "The cat");
    assertEquals(2, text.status());
    assertTrue(text.err().contains("--tokenizer"), text.err());
    Cli named = Cli.run("run", Cli.model("llama2c.fractal"), "--weights", alone.toString(), "-p", "The cat", "-n", "4",
        "--temp", "0", "--tokenizer", Repo.path("models/stories260K/tok512.bin").toString(), "-q");
    assertEquals(0, named.status(), named.err());
    assertTrue(named.out().startsWith("The cat"), named.out());
  }

  @Test
  void badPromptsAndTokenizersAreOneLineErrors() {
    Cli both = run("-p", "x", "--prompt-ids", "1");
    assertEquals(2, both.status());
    assertTrue(both.err().contains("not both"), both.err());
    Cli wrongVocab = run("-p", "x", "--tokenizer", Repo.path("models/llama2c-vocab/tokenizer.bin").toString());
    assertEquals(2, wrongVocab.status());
    assertTrue(wrongVocab.err().contains("TOK_"), wrongVocab.err());
    assertEquals(1, wrongVocab.err().strip().lines().count(), wrongVocab.err());
    Cli missing = run("-p", "x", "--tokenizer", tmp.resolve("none.bin").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("TOK_NOT_FOUND"), missing.err());
    Cli tooLong = run("-p", "Once upon a time ".repeat(200), "-n", "10");
    assertEquals(2, tooLong.status());
    assertTrue(tooLong.err().contains("capacity"), tooLong.err());
    assertFalse(tooLong.err().contains("Once upon a time Once upon a time Once upon"), "long prompts are abbreviated");
  }

  @Test
  void brokenBundlesAreOneLineErrors() throws Exception {
    Cli none = Cli.run("run", "--bundle", tmp.toString(), "--weights", Repo.stories260K().toString(), "-p", "x");
    assertEquals(2, none.status());
    assertEquals(1, none.err().strip().lines().count(), none.err());
    Path bundle = tmp.resolve("b");
    assertEquals(0, Cli.run("compile", Cli.model("llama2c.fractal"), "-o", bundle.toString(), "--target", "host").status());
    try (var s = Files.list(bundle)) {
      for (Path k : s.filter(p -> p.getFileName().toString().endsWith(".so")).toList()) Files.write(k, new byte[0]);
    }
    Cli cut = Cli.run("run", "--bundle", bundle.toString(), "--weights", Repo.stories260K().toString(), "-p", "x");
    assertEquals(2, cut.status());
    assertTrue(cut.err().contains("missing or empty"), cut.err());
  }

  /** A GPU target's kernel for larger batches is a kernel of the bundle like any other: a bundle without it is refused whole. */
  @Test
  void aBundleMissingItsKernelForLargerBatchesIsRefused() throws Exception {
    Path bundle = tmp.resolve("g");
    assertEquals(0, Cli.run("compile", Cli.model("llama2c.fractal"), "-o", bundle.toString(), "--target", "host,sm_90").status());
    Files.delete(bundle.resolve("kernel.sm_90.b4.ptx"));
    Cli cut = Cli.run("run", "--bundle", bundle.toString(), "--weights", Repo.stories260K().toString(), "-p", "x");
    assertEquals(2, cut.status());
    assertTrue(cut.err().contains("the sm_90@4 kernel kernel.sm_90.b4.ptx is missing or empty"), cut.err());
  }

  @Test
  void pipelinesAreNamedAndFixedInABundle() throws Exception {
    Cli bad = run("-p", "x", "--pipeline", "fastest");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("--pipeline takes none, standard, warp-orders"), bad.err());
    // the reference interprets the same optimized graph the kernels run: tokens agree under every pipeline
    for (String p : List.of("none", "warp-orders")) {
      Cli ref = run("-p", "The cat", "-n", "24", "--temp", "0.9", "-s", "5", "--pipeline", p, "--backend", "reference", "--output", "ids", "-q");
      Cli host = run("-p", "The cat", "-n", "24", "--temp", "0.9", "-s", "5", "--pipeline", p, "--backend", "host", "--output", "ids", "-q");
      assertEquals(0, ref.status(), ref.err());
      assertEquals(ref.out(), host.out(), p);
    }
    Path bundle = tmp.resolve("pb");
    assertEquals(0, Cli.run("compile", Cli.model("llama2c.fractal"), "-o", bundle.toString(), "--target", "host").status());
    Cli fixed = Cli.run("run", "--bundle", bundle.toString(), "--weights", Repo.stories260K().toString(), "-p", "x", "--pipeline", "none");
    assertEquals(2, fixed.status());
    assertTrue(fixed.err().contains("cannot change a compiled bundle"), fixed.err());
  }

  @Test
  void helpShowsDefaultsAndWhereTheyComeFrom() {
    Cli h = Cli.run("run", "--help");
    assertEquals(0, h.status());
    String text = h.out().replaceAll("\\s+", " ");
    assertTrue(text.contains("-n, --max-tokens=N most new tokens per sequence (default: max_tokens of the program's stop block)"), text);
    assertTrue(text.contains("--temp, --temperature=T 0 picks the most likely token (greedy); default: the program's sample block"), text);
    assertTrue(text.contains("else host; default: auto"), text);
  }

  @Test
  void checkSaysOk() {
    Cli r = Cli.run("check", Cli.model("llama2c.fractal"));
    assertEquals(0, r.status(), r.err());
    assertEquals(Cli.model("llama2c.fractal") + ": ok\n", r.out());
  }
}
