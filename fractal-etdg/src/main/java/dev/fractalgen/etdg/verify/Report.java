package dev.fractalgen.etdg.verify;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import java.util.ArrayList;
import java.util.List;

/** Collects the verifier's errors of one graph, locating them with the graph's printed names. */
final class Report {
  final Graph graph;
  final EtdgPrinter printer;
  final List<VerifyError> errors = new ArrayList<>();

  Report(Graph graph) {
    this.graph = graph;
    this.printer = new EtdgPrinter(graph);
  }

  void add(Code code, String where, String message) {
    errors.add(new VerifyError(code, where, message));
  }

  void at(Node n, Code code, String message) {
    add(code, printer.describe(n), message);
  }

  void at(Buffer b, Code code, String message) {
    add(code, printer.describe(b), message);
  }

  /** The line that defines {@code v}: its buffer's, its node's, or its region's owner's. */
  String whereDefined(Value v) {
    if (v instanceof Buffer b) return printer.describe(b);
    if (v instanceof Output o && o.eContainer() instanceof Node n) return printer.describe(n);
    if (v instanceof Arg a && a.eContainer() != null && a.eContainer().eContainer() instanceof Node n) {
      return printer.describe(n);
    }
    return printer.stepHeader();
  }
}
