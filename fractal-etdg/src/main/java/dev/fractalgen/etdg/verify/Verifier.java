package dev.fractalgen.etdg.verify;

import dev.fractalgen.etdg.model.Generate;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import java.util.List;

/**
 * Decides whether a graph is a valid ETDG as docs/etdg.md defines it, and lists every problem
 * otherwise: names and shapes of values, buffers, the generate step's signature, SSA dominance of
 * every use, region arities and node types. Stateless; never throws on a malformed graph.
 */
public final class Verifier {
  private Verifier() {}

  /** All problems of {@code graph}, in a deterministic order; empty when it is valid. */
  public static List<VerifyError> verify(Graph graph) {
    Report report = new Report(graph);
    ValueCheck.run(report);
    BufferCheck.run(report);
    Generate g = graph.getGenerate();
    if (g == null || g.getStep() == null) {
      report.add(Code.NO_GENERATE, "etdg " + graph.getName(), "the graph has no generate step");
    } else {
      StepSignatureCheck.run(report, g);
      new DominanceAndTypes(report).run(g.getStep());
    }
    return List.copyOf(report.errors);
  }

  /** Throws {@link InvalidGraphException} listing every problem when {@code graph} is invalid. */
  public static void check(Graph graph) {
    List<VerifyError> errors = verify(graph);
    if (!errors.isEmpty()) throw new InvalidGraphException(graph.getName(), errors);
  }
}
