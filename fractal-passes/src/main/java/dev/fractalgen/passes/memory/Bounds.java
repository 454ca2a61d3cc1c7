package dev.fractalgen.passes.memory;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.Term;
import dev.fractalgen.etdg.model.Value;

/**
 * Static upper bounds of run-time sizes: {@code pos} is below the smallest APPEND capacity and so
 * is the prompt length {@code P} (both bounded by {@code maxPositions}).
 */
public record Bounds(long maxPositions) {
  public long dim(Dim d) {
    long v = d.getConstant();
    for (Term t : d.getTerms()) v += Math.max(0, t.getCoeff()) * maxPositions;
    return Math.max(0, v);
  }

  public long elements(Value v) {
    long n = 1;
    for (Dim d : v.getShape()) n = Math.multiplyExact(n, dim(d));
    return n;
  }

  /** Bytes of storage for {@code v}: 2 per f16/bf16 element, 4 otherwise. */
  public long bytes(Value v) {
    return Math.multiplyExact(elements(v), elementBytes(v.getDtype()));
  }

  /** The leading dim's bound, 1 for a scalar. */
  public long leading(Value v) {
    return v.getShape().isEmpty() ? 1 : dim(v.getShape().get(0));
  }

  /** Bytes of one element in memory. */
  public static int elementBytes(DType d) {
    return d == DType.F16 || d == DType.BF16 ? 2 : 4;
  }
}
