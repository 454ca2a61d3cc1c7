package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * The values defined so far in a region and, through the parent, in the regions enclosing it.
 *
 * <p>Lookup falls through to the enclosing regions so that a region body may read a value of its
 * surroundings directly; whether the IR allows that is the verifier's business, not the oracle's.
 */
final class Scope {
  private final Scope parent;
  private final Map<Value, HostTensor> values = new HashMap<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  void define(Value v, HostTensor t) {
    values.put(v, t);
  }

  /** The value of {@code v}, or null when neither this region nor an enclosing one defines it. */
  HostTensor lookup(Value v) {
    for (Scope s = this; s != null; s = s.parent) {
      HostTensor t = s.values.get(v);
      if (t != null) return t;
    }
    return null;
  }
}
