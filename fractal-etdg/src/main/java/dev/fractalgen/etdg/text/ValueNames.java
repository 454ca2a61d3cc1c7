package dev.fractalgen.etdg.text;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The printed name of every value of a graph: its own name when no other value of the graph has
 * it; else the name with {@code .1}, {@code .2}, ... in order of appearance; {@code 0}, {@code 1},
 * ... for values without a name. A generated name never takes a name some value already has, so
 * printed names are unique and a parsed graph prints back unchanged.
 */
final class ValueNames {
  private final Map<Value, String> names = new IdentityHashMap<>();

  ValueNames(Graph graph) {
    List<Value> order = inOrderOfAppearance(graph);
    Map<String, Integer> counts = new HashMap<>();
    for (Value v : order) if (hasName(v)) counts.merge(v.getName(), 1, Integer::sum);
    Set<String> taken = new HashSet<>();
    counts.forEach((n, c) -> { if (c == 1) taken.add(n); });
    Map<String, Integer> nextSuffix = new HashMap<>();
    int nextNumber = 0;
    for (Value v : order) {
      String name;
      if (hasName(v) && counts.get(v.getName()) == 1) {
        name = v.getName();
      } else if (hasName(v)) {
        int k = nextSuffix.getOrDefault(v.getName(), 1);
        while (taken.contains(v.getName() + "." + k)) k++;
        nextSuffix.put(v.getName(), k + 1);
        name = v.getName() + "." + k;
      } else {
        while (taken.contains(Integer.toString(nextNumber))) nextNumber++;
        name = Integer.toString(nextNumber++);
      }
      taken.add(name);
      names.put(v, name);
    }
  }

  private static boolean hasName(Value v) {
    return v.getName() != null && !v.getName().isEmpty();
  }

  /** The printed name, or null for a value that is not in the graph. */
  String of(Value v) {
    return names.get(v);
  }

  /** Buffers, then the step's args, then per node its outputs and then its regions' contents. */
  static List<Value> inOrderOfAppearance(Graph graph) {
    List<Value> out = new ArrayList<>(graph.getBuffers());
    if (graph.getGenerate() != null && graph.getGenerate().getStep() != null) {
      collect(graph.getGenerate().getStep(), out);
    }
    return out;
  }

  private static void collect(Region r, List<Value> out) {
    out.addAll(r.getArgs());
    for (Node n : r.getNodes()) {
      out.addAll(n.getOutputs());
      for (Region nested : n.getRegions()) collect(nested, out);
    }
  }
}
