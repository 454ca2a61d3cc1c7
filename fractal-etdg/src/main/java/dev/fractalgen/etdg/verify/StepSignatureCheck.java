package dev.fractalgen.etdg.verify;

import dev.fractalgen.etdg.ShapeSymbols;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Generate;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the generate step's signature (docs/etdg.md, Generate): args token i32[], pos i32[], one
 * per state; results next i32[], status i32[], one per state (the row for pos of an APPEND state,
 * the next value of a REPLACE state); the states being the graph's STATE buffers in order.
 */
final class StepSignatureCheck {
  private StepSignatureCheck() {}

  private static final TensorType I32 = TensorType.scalar(DType.I32);

  static void run(Report report, Generate g) {
    String where = report.printer.stepHeader();
    List<Buffer> stateBuffers = new ArrayList<>();
    for (Buffer b : report.graph.getBuffers()) if (b.getKind() == BufferKind.STATE) stateBuffers.add(b);
    if (!g.getStates().equals(stateBuffers)) {
      report.add(Code.STEP_SIGNATURE, where, "the generate states " + names(report, g.getStates())
          + " are not the graph's state buffers in order " + names(report, stateBuffers));
      return;
    }
    List<TensorType> args = new ArrayList<>(List.of(I32, I32));
    List<TensorType> results = new ArrayList<>(List.of(I32, I32));
    for (Buffer s : g.getStates()) {
      TensorType row = TensorType.of(s);
      boolean append = s.getGrowth() == Growth.APPEND;
      args.add(append ? row.prepend(DimExpr.symbol(ShapeSymbols.POS)) : row);
      results.add(row);
    }
    Region step = g.getStep();
    List<Value> argValues = new ArrayList<>(step.getArgs());
    compare(report, where, "arg", argValues, args, g);
    List<Value> resultValues = new ArrayList<>();
    for (Use u : step.getResults()) resultValues.add(u == null ? null : u.getValue());
    compare(report, report.printer.yieldLine(step) + " (yield of the step)", "result", resultValues, results, g);
  }

  private static void compare(Report report, String where, String what, List<Value> actual,
      List<TensorType> expected, Generate g) {
    if (actual.size() != expected.size()) {
      report.add(Code.STEP_SIGNATURE, where, "the step has " + actual.size() + " " + what
          + "s, expected " + expected.size() + " (2 + " + g.getStates().size() + " states)");
      return;
    }
    for (int i = 0; i < actual.size(); i++) {
      Value v = actual.get(i);
      if (v == null) continue; // reported as not visible
      TensorType t = TensorType.of(v);
      if (!t.equals(expected.get(i))) {
        report.add(Code.STEP_SIGNATURE, where, what + " " + i + " " + report.printer.name(v) + " is "
            + t + ", expected " + expected.get(i) + " (" + role(report, what, i, g) + ")");
      }
    }
  }

  private static String role(Report report, String what, int i, Generate g) {
    if (i == 0) return what.equals("arg") ? "the token" : "the next token";
    if (i == 1) return what.equals("arg") ? "the position" : "the status";
    Buffer s = g.getStates().get(i - 2);
    return "state " + report.printer.name(s) + ", " + s.getGrowth().getLiteral().toLowerCase();
  }

  private static String names(Report report, List<Buffer> bs) {
    List<String> out = new ArrayList<>();
    for (Buffer b : bs) out.add(report.printer.name(b));
    return out.toString();
  }
}
