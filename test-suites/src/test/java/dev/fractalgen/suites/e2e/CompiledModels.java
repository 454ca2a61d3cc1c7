package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.fractalgen.cli.SmallShapes;
import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.interp.NodeCapture;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
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

  /** {@code model} at its small shape from models/small-shapes.properties (its defaults when it has none). */
  static Graph lower(String model) throws Exception {
    return lower(model, smallShape(model));
  }

  /** {@code model} with the --config overrides {@code config}. */
  static Graph lower(String model, Map<String, String> config) throws Exception {
    FractalFrontEnd fe = new FractalFrontEnd();
    var checked = fe.check(Cli.root().resolve("models").resolve(model));
    assertFalse(checked.hasErrors(), checked.problems().toString());
    var lowered = fe.lower(checked.program(), model, config);
    assertFalse(lowered.hasErrors(), lowered.problems().toString());
    Verifier.check(lowered.graph());
    return lowered.graph();
  }

  /** The --config overrides of {@code model}'s small shape, empty when its defaults are small. */
  static Map<String, String> smallShape(String model) throws Exception {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String kv : SmallShapes.of(Cli.root().resolve("models"), model)) out.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    return out;
  }

  /** A capture of the logits the step's sample node draws from, per sequence and step, for an interpreter run. */
  static NodeCapture sampledLogits(Graph g) {
    Node sample = g.getGenerate().getStep().getNodes().stream().filter(n -> n.getOp() == Op.SAMPLE).findFirst().orElseThrow();
    return NodeCapture.of((Output) sample.getOperands().get(0).getValue());
  }

  /** The same floats bit for bit, NaN payloads and signed zeros included. */
  static void assertBitIdentical(float[] expected, float[] actual, String what) {
    assertEquals(expected.length, actual.length, what + ": lengths");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]), what + " [" + i + "]");
    }
  }
}
