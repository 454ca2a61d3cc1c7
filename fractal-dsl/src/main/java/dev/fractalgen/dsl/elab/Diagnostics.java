package dev.fractalgen.dsl.elab;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics, keeping at most one per element and code so that errors do not cascade. */
public final class Diagnostics {
  private final List<Diagnostic> list = new ArrayList<>();

  /** Records {@code d}; null stands for an error already reported elsewhere. */
  void add(Diagnostic d) {
    if (d == null) return;
    for (Diagnostic e : list) {
      if (e.where() == d.where() && e.code().equals(d.code())) return;
    }
    list.add(d);
  }

  public List<Diagnostic> all() {
    return List.copyOf(list);
  }

  public boolean hasErrors() {
    return list.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}
