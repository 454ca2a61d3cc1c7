package dev.fractalgen.etdg.type;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dimension size affine in named run-time sizes: {@code constant + sum(coeff * symbol)}, kept in
 * a canonical form so that equal sizes compare equal.
 *
 * <p>Symbols are sizes known only when a program runs (the step position {@code pos}, the prompt
 * length {@code P}); everything else is folded to a constant when a program is compiled.
 */
public final class DimExpr {
  private final long constant;
  private final TreeMap<String, Long> terms;

  private DimExpr(long constant, Map<String, Long> terms) {
    this.constant = constant;
    this.terms = new TreeMap<>();
    terms.forEach((s, c) -> { if (c != 0) this.terms.put(s, c); });
  }

  public static DimExpr of(long constant) {
    return new DimExpr(constant, Map.of());
  }

  public static DimExpr symbol(String name) {
    return new DimExpr(0, Map.of(name, 1L));
  }

  public static DimExpr of(long constant, Map<String, Long> terms) {
    return new DimExpr(constant, terms);
  }

  public long constant() {
    return constant;
  }

  /** Symbol to coefficient, sorted by symbol, no zero coefficients. */
  public Map<String, Long> terms() {
    return java.util.Collections.unmodifiableMap(terms);
  }

  public boolean isConstant() {
    return terms.isEmpty();
  }

  public DimExpr plus(DimExpr o) {
    TreeMap<String, Long> t = new TreeMap<>(terms);
    o.terms.forEach((s, c) -> t.merge(s, c, Long::sum));
    return new DimExpr(constant + o.constant, t);
  }

  public DimExpr minus(DimExpr o) {
    return plus(o.times(-1));
  }

  public DimExpr times(long k) {
    TreeMap<String, Long> t = new TreeMap<>();
    terms.forEach((s, c) -> t.put(s, c * k));
    return new DimExpr(constant * k, t);
  }

  /** The value under an assignment of every symbol; throws if a symbol is unassigned. */
  public long evaluate(Map<String, Long> env) {
    long v = constant;
    for (var e : terms.entrySet()) {
      Long s = env.get(e.getKey());
      if (s == null) throw new IllegalStateException("run-time size '" + e.getKey() + "' is not bound");
      v += e.getValue() * s;
    }
    return v;
  }

  /** Parses the form printed by {@link #toString()}, e.g. {@code 64}, {@code pos+1}, {@code 2*P-3}. */
  public static DimExpr parse(String text) {
    String s = text.replace(" ", "");
    if (s.isEmpty()) throw new IllegalArgumentException("empty dimension");
    long constant = 0;
    TreeMap<String, Long> t = new TreeMap<>();
    int i = 0;
    while (i < s.length()) {
      int sign = 1;
      if (s.charAt(i) == '+' || s.charAt(i) == '-') {
        sign = s.charAt(i) == '-' ? -1 : 1;
        i++;
      } else if (i > 0) {
        throw new IllegalArgumentException("bad dimension '" + text + "'");
      }
      int j = i;
      while (j < s.length() && s.charAt(j) != '+' && s.charAt(j) != '-') j++;
      String part = s.substring(i, j);
      if (part.isEmpty()) throw new IllegalArgumentException("bad dimension '" + text + "'");
      int star = part.indexOf('*');
      if (star >= 0) {
        String symbol = requireSymbol(part.substring(star + 1), text);
        t.merge(symbol, sign * Long.parseLong(part.substring(0, star)), Long::sum);
      } else if (Character.isDigit(part.charAt(0))) {
        constant += sign * Long.parseLong(part);
      } else {
        t.merge(requireSymbol(part, text), (long) sign, Long::sum);
      }
      i = j;
    }
    return new DimExpr(constant, t);
  }

  /** Without this, {@code 2*} and {@code 2*3} parsed as terms of symbols "" and "3". */
  private static String requireSymbol(String symbol, String text) {
    if (!symbol.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("bad dimension '" + text + "'");
    }
    return symbol;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (var e : terms.entrySet()) {
      long c = e.getValue();
      if (b.length() > 0 || c < 0) b.append(c < 0 ? "-" : "+");
      if (Math.abs(c) != 1) b.append(Math.abs(c)).append('*');
      b.append(e.getKey());
    }
    if (constant != 0 || b.length() == 0) {
      if (b.length() > 0) b.append(constant < 0 ? "-" : "+").append(Math.abs(constant));
      else b.append(constant);
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DimExpr d && d.constant == constant && d.terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(constant, terms);
  }
}
