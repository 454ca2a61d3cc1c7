package dev.fractalgen.dsl.elab;

import dev.fractalgen.etdg.type.DimExpr;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Lexical scope: names to values and size parameters to dimensions, chained to the outer scope. */
final class Env {
  private final Env outer;
  private final Map<String, Val> values = new HashMap<>();
  private final Map<String, DimExpr> sizes = new HashMap<>();

  Env(Env outer) {
    this.outer = outer;
  }

  Env child() {
    return new Env(this);
  }

  void bind(String name, Val v) {
    values.put(name, v);
  }

  void bindSize(String name, DimExpr d) {
    sizes.put(name, d);
  }

  boolean definesLocally(String name) {
    return values.containsKey(name);
  }

  Val lookup(String name) {
    for (Env e = this; e != null; e = e.outer) {
      Val v = e.values.get(name);
      if (v != null) return v;
    }
    return null;
  }

  /** Every name in scope bound to a function or a lambda, for suggestions. */
  Set<String> callables() {
    Set<String> out = new TreeSet<>();
    for (Env e = this; e != null; e = e.outer) {
      e.values.forEach((n, v) -> {
        if (v instanceof Val.FunctionVal || v instanceof Val.LambdaVal) out.add(n);
      });
    }
    return out;
  }

  /** Every name in scope (values and sizes), for suggestions. */
  Set<String> names() {
    Set<String> out = new TreeSet<>();
    for (Env e = this; e != null; e = e.outer) {
      out.addAll(e.values.keySet());
      out.addAll(e.sizes.keySet());
    }
    return out;
  }

  DimExpr size(String name) {
    for (Env e = this; e != null; e = e.outer) {
      DimExpr d = e.sizes.get(name);
      if (d != null) return d;
    }
    return null;
  }
}
