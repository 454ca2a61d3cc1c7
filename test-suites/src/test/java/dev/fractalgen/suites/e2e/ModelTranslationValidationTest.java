package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.verify.Verifier;
import dev.fractalgen.passes.validate.TranslationValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model program lowers to a graph the verifier accepts, and the standard pass pipeline
 * keeps its generate loop's results identical (seeded random weights, a batch of 3 prompts of
 * different lengths; the interpreter runs before and after every pass).
 */
class ModelTranslationValidationTest {
  static Stream<String> models() throws Exception {
    try (Stream<Path> s = Files.list(Cli.root().resolve("models"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fractal")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void passesPreserveTheGenerateLoop(String model) throws Exception {
    FractalFrontEnd fe = new FractalFrontEnd();
    var checked = fe.check(Cli.root().resolve("models").resolve(model));
    assertFalse(checked.hasErrors(), checked.problems().toString());
    var lowered = fe.lower(checked.program(), model, Map.of());
    assertFalse(lowered.hasErrors(), lowered.problems().toString());
    Graph g = lowered.graph();
    Verifier.check(g);
    Map<String, Double> params = Map.of("max_tokens", 6.0, "temperature", 0.8, "top_k", 5.0);
    int[][] prompts = {{1}, {1, 2, 3}, {4, 5}};
    Graph optimized = TranslationValidation.check(g, TranslationValidation.randomWeights(g, 7), params, prompts);
    assertNotNull(optimized);
    Verifier.check(optimized);
  }
}
