package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The model programs of the repository, lowered and verified. */
final class CompiledModels {
  private CompiledModels() {
  }

  static List<String> names() throws Exception {
    try (Stream<Path> s = Files.list(Cli.root().resolve("models"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fractal")).sorted().toList();
    }
  }

  static Graph lower(String model) throws Exception {
    FractalFrontEnd fe = new FractalFrontEnd();
    var checked = fe.check(Cli.root().resolve("models").resolve(model));
    assertFalse(checked.hasErrors(), checked.problems().toString());
    var lowered = fe.lower(checked.program(), model, Map.of());
    assertFalse(lowered.hasErrors(), lowered.problems().toString());
    Verifier.check(lowered.graph());
    return lowered.graph();
  }
}
