package dev.fractalgen.etdg.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The number of elements of a shape as a polynomial in the run-time sizes, so that two shapes
 * with symbolic dims (e.g. {@code [pos, 64]} and {@code [pos, 4, 16]}) can be compared exactly.
 */
final class ElementCount {
  /** Monomial (sorted list of symbols, repeated for powers, joined by '*') to coefficient. */
  private final TreeMap<String, Long> terms;

  private ElementCount(TreeMap<String, Long> terms) {
    terms.values().removeIf(c -> c == 0);
    this.terms = terms;
  }

  static ElementCount of(TensorType t) {
    TreeMap<String, Long> one = new TreeMap<>();
    one.put("", 1L);
    ElementCount r = new ElementCount(one);
    for (DimExpr d : t.shape()) r = r.times(d);
    return r;
  }

  private ElementCount times(DimExpr d) {
    TreeMap<String, Long> out = new TreeMap<>();
    for (var m : terms.entrySet()) {
      out.merge(m.getKey(), m.getValue() * d.constant(), Long::sum);
      for (var s : d.terms().entrySet()) {
        out.merge(monomial(m.getKey(), s.getKey()), m.getValue() * s.getValue(), Long::sum);
      }
    }
    return new ElementCount(out);
  }

  private static String monomial(String m, String symbol) {
    List<String> parts = new ArrayList<>(m.isEmpty() ? List.of() : List.of(m.split("\\*")));
    parts.add(symbol);
    parts.sort(null);
    return String.join("*", parts);
  }

  Map<String, Long> terms() {
    return terms;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementCount e && e.terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  @Override
  public String toString() {
    if (terms.isEmpty()) return "0";
    StringBuilder b = new StringBuilder();
    for (var e : terms.entrySet()) {
      if (b.length() > 0) b.append(" + ");
      b.append(e.getValue());
      if (!e.getKey().isEmpty()) b.append('*').append(e.getKey());
    }
    return b.toString();
  }
}
