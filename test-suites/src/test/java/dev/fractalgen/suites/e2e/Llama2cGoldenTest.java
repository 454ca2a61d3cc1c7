package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * models/llama2c.fractal run on the real stories260K checkpoint by the reference backend and by the
 * compiled host kernel prints
 * exactly the ids the llama2.c program generates (golden/stories260K_llama2c_greedy.txt, recorded
 * from llama2.c itself, not from this project).
 */
class Llama2cGoldenTest {
  record Golden(String prompt, int promptLength, int steps, String ids) {
    /** llama2.c's -n counts forward passes; the prompt's first P-1 of them produce no new token. */
    int maxTokens() {
      return steps - (promptLength - 1);
    }
  }

  /** The shared checkpoint: $FRACTAL_SHARED_MODELS, else ../shared/models beside the repository. */
  static Path checkpoint() {
    String dir = System.getenv("FRACTAL_SHARED_MODELS");
    Path models = dir != null && !dir.isBlank() ? Path.of(dir) : Cli.root().resolve("../shared/models");
    return models.resolve("stories260K.bin").toAbsolutePath().normalize();
  }

  static List<Golden> golden() throws Exception {
    List<Golden> out = new ArrayList<>();
    try (var in = Llama2cGoldenTest.class.getResourceAsStream("/golden/stories260K_llama2c_greedy.txt")) {
      for (String line : new String(in.readAllBytes()).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String prompt = field(line, "prompt");
        int steps = Integer.parseInt(field(line, "steps"));
        String ids = field(line, "ids").replace(",", " ");
        out.add(new Golden(prompt, prompt.split(",").length, steps, ids));
      }
    }
    return out;
  }

  private static String field(String line, String key) {
    return Arrays.stream(line.split(" ")).filter(f -> f.startsWith(key + "=")).findFirst()
        .map(f -> f.substring(key.length() + 1)).orElse("");
  }

  @TestFactory
  Stream<DynamicTest> greedyTokensEqualLlama2c() throws Exception {
    assumeTrue(Files.isRegularFile(checkpoint()), "stories260K.bin is not available");
    return golden().stream().filter(g -> g.maxTokens() >= 1).flatMap(g -> Stream.of("reference", "host").map(backend ->
        DynamicTest.dynamicTest(backend + ": prompt " + g.prompt() + " steps " + g.steps(), () -> {
          Cli r = Cli.run("run", Cli.model("llama2c.fractal"), "--weights", checkpoint().toString(),
              "--prompt-ids", g.prompt(), "--max-tokens", Integer.toString(g.maxTokens()), "--temperature", "0",
              "--backend", backend, "--output", "ids");
          assertEquals(0, r.status(), r.err());
          assertEquals(g.ids(), r.out().strip());
        })));
  }

  @Test
  void batchOfThreeDifferentPromptLengthsMatchesEachSequenceAlone() throws Exception {
    assumeTrue(Files.isRegularFile(checkpoint()), "stories260K.bin is not available");
    List<Golden> cases = golden().stream().filter(g -> g.steps() == 64).toList();
    assertEquals(3, cases.size());
    List<String> args = new ArrayList<>(List.of("run", Cli.model("llama2c.fractal"), "--weights", checkpoint().toString(),
        "--max-tokens", "60", "--temperature", "0", "--output", "ids"));
    for (Golden g : cases) args.addAll(List.of("--prompt-ids", g.prompt()));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size());
    for (int i = 0; i < 3; i++) {
      // with a budget of 60 new tokens, each sequence is llama2.c's output cut at 60 tokens (or at its BOS)
      String expected = Arrays.stream(cases.get(i).ids().split(" ")).limit(60).collect(Collectors.joining(" "));
      assertEquals(expected, lines.get(i), "sequence " + i);
    }
  }
}
