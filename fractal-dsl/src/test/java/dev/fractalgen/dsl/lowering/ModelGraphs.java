package dev.fractalgen.dsl.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lowers the shipped models and reads facts off their graphs. */
final class ModelGraphs {
  private ModelGraphs() {}

  static final FractalFrontEnd FE = new FractalFrontEnd();

  /** The graph of models/{name}.fractal with {@code overrides}, asserted free of problems and verified. */
  static Graph lower(String name, Map<String, String> overrides) {
    Path file = Path.of(System.getProperty("fractal.root", "..")).resolve("models/" + name + ".fractal");
    FractalFrontEnd.Checked checked;
    try {
      checked = FE.check(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(List.of(), checked.problems());
    var lowered = FE.lower(checked.program(), file.toString(), overrides);
    assertEquals(List.of(), lowered.problems());
    assertEquals(List.of(), Verifier.verify(lowered.graph()));
    return lowered.graph();
  }

  static List<Buffer> buffers(Graph g, BufferKind kind) {
    return g.getBuffers().stream().filter(b -> b.getKind() == kind).toList();
  }

  static Buffer buffer(Graph g, String name) {
    return g.getBuffers().stream().filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
  }

  static String type(dev.fractalgen.etdg.model.Value v) {
    return TensorType.of(v).toString();
  }

  /** The nodes of {@code r} and of every region nested in them, in order. */
  static List<Node> allNodes(Region r) {
    List<Node> out = new ArrayList<>();
    for (Node n : r.getNodes()) {
      out.add(n);
      for (Region inner : n.getRegions()) out.addAll(allNodes(inner));
    }
    return out;
  }

  static List<Node> nodes(Graph g, Op op) {
    return allNodes(g.getGenerate().getStep()).stream().filter(n -> n.getOp() == op).toList();
  }

  /** The one SAMPLE node of the step; its first operand is the logits. */
  static Node sample(Graph g) {
    List<Node> s = nodes(g, Op.SAMPLE);
    assertEquals(1, s.size());
    return s.get(0);
  }

  /** "name:source" of every weight; a tied weight shows "=target", a stacked one a trailing "*". */
  static List<String> weightBindings(Graph g) {
    return buffers(g, BufferKind.WEIGHT).stream()
        .map(b -> b.getName() + ":" + (b.getTiedTo() != null ? "=" + b.getTiedTo().getName() : b.getSource() + (b.isStacked() ? "*" : "")))
        .toList();
  }
}
