package dev.fractalgen.etdg.verify;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.verify.VerifyError.Code;

/**
 * Checks each buffer against what its kind needs: a weight is bound to a checkpoint tensor or
 * tied to an equal weight that is; an APPEND state has room; a param is a scalar whose default
 * fits its dtype.
 */
final class BufferCheck {
  private BufferCheck() {}

  static void run(Report report) {
    for (Buffer b : report.graph.getBuffers()) {
      switch (b.getKind()) {
        case WEIGHT -> weight(report, b);
        case STATE -> {
          if (b.getGrowth() == Growth.APPEND && b.getCapacity() <= 0) {
            report.at(b, Code.STATE_CAPACITY, "an append state needs a capacity > 0, has " + b.getCapacity());
          }
        }
        case PARAM -> param(report, b);
        case SEQUENCE -> { }
      }
    }
  }

  private static void weight(Report report, Buffer b) {
    boolean hasSource = b.getSource() != null && !b.getSource().isEmpty();
    Buffer tie = b.getTiedTo();
    if (hasSource == (tie != null)) {
      report.at(b, Code.WEIGHT_BINDING, hasSource
          ? "a weight has a source or a tie, not both"
          : "a weight needs a checkpoint source or a tie to another weight");
    }
    if (b.isStacked()) {
      TensorType t = TensorType.of(b);
      if (!hasSource || !b.getSource().contains("{i}")) {
        report.at(b, Code.WEIGHT_BINDING, "a stacked weight's source needs '{i}'");
      }
      if (t.isScalar() || !t.dim(0).isConstant()) {
        report.at(b, Code.WEIGHT_BINDING, "a stacked weight needs a static leading dim, is " + t);
      }
    }
    if (tie == null) return;
    if (!report.graph.getBuffers().contains(tie)) {
      report.at(b, Code.WEIGHT_BINDING, "tied to a buffer outside this graph");
    } else if (tie == b) {
      report.at(b, Code.WEIGHT_BINDING, "tied to itself");
    } else if (tie.getKind() != BufferKind.WEIGHT) {
      report.at(b, Code.WEIGHT_BINDING, "tied to " + report.printer.name(tie) + ", which is not a weight");
    } else if (tie.getTiedTo() != null) {
      // Ties name the weight that owns the data, so a binder never follows chains or cycles.
      report.at(b, Code.WEIGHT_BINDING, "tied to " + report.printer.name(tie) + ", which is itself tied");
    } else if (!TensorType.of(tie).equals(TensorType.of(b))) {
      report.at(b, Code.WEIGHT_BINDING, "tied to " + report.printer.name(tie) + " of type "
          + TensorType.of(tie) + ", not " + TensorType.of(b));
    }
  }

  private static void param(Report report, Buffer b) {
    TensorType t = TensorType.of(b);
    if (!t.isScalar()) report.at(b, Code.PARAM, "a param is a scalar, is " + t);
    double d = b.getDefaultValue();
    if (t.dtype() == DType.I32 && (d != Math.rint(d) || Math.abs(d) > 0x1p32)) {
      report.at(b, Code.PARAM, "the default " + d + " of an i32 param is not an integer in 32 bits");
    }
  }
}
