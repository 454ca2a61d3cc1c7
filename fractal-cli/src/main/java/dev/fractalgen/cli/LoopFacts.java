package dev.fractalgen.cli;

import dev.fractalgen.runtime.bundle.Manifest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the command line needs to know about a generate loop to validate a run's input: the
 * vocabulary size, the position capacity (0: unbounded) and the run-time params' defaults (the
 * program's sample and stop blocks). Read from a bundle's manifest, or from a lowered graph.
 */
record LoopFacts(String model, long vocab, long capacity, Map<String, Double> defaults) {
  static LoopFacts of(Manifest m) {
    Map<String, Double> d = new LinkedHashMap<>();
    for (Manifest.ParamEntry p : m.params()) d.put(p.name(), p.defaultValue());
    return new LoopFacts(m.model(), m.vocab(), Math.max(0, m.appendCapacity()), d);
  }

  double defaultParam(String name) {
    Double v = defaults.get(name);
    if (v == null) throw new IllegalStateException("the loop has no parameter " + name);
    return v;
  }
}
