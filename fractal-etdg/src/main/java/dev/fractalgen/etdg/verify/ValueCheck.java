package dev.fractalgen.etdg.verify;

import dev.fractalgen.etdg.ShapeSymbols;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import java.util.Set;

/**
 * Checks every value of the graph on its own: it has a name, and its shape uses only the
 * run-time sizes {@code P} and (inside the generate step, never in a buffer) {@code pos}, with no
 * negative constant dim.
 */
final class ValueCheck {
  private ValueCheck() {}

  private static final Set<String> SYMBOLS = Set.of(ShapeSymbols.POS, ShapeSymbols.PROMPT_LENGTH);

  static void run(Report report) {
    for (Buffer b : report.graph.getBuffers()) value(report, b, false);
    if (report.graph.getGenerate() != null && report.graph.getGenerate().getStep() != null) {
      region(report, report.graph.getGenerate().getStep());
    }
  }

  private static void region(Report report, Region r) {
    for (Value a : r.getArgs()) value(report, a, true);
    for (Node n : r.getNodes()) {
      for (Value o : n.getOutputs()) value(report, o, true);
      for (Region nested : n.getRegions()) region(report, nested);
    }
  }

  private static void value(Report report, Value v, boolean inStep) {
    if (v.getName() == null || v.getName().isEmpty()) {
      report.add(Code.UNNAMED_VALUE, report.whereDefined(v),
          "value " + report.printer.name(v) + " has no name");
    }
    TensorType t = TensorType.of(v);
    for (DimExpr d : t.shape()) {
      for (String s : d.terms().keySet()) {
        if (!SYMBOLS.contains(s)) {
          report.add(Code.SHAPE, report.whereDefined(v), report.printer.name(v) + " : " + t
              + " uses '" + s + "'; the only run-time sizes are pos and P");
        } else if (s.equals(ShapeSymbols.POS) && !inStep) {
          report.add(Code.SHAPE, report.whereDefined(v), report.printer.name(v) + " : " + t
              + " uses pos outside the generate step");
        }
      }
      if (d.isConstant() && d.constant() < 0) {
        report.add(Code.SHAPE, report.whereDefined(v), report.printer.name(v) + " : " + t
            + " has a negative dim");
      }
    }
  }
}
