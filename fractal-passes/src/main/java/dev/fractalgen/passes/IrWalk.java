package dev.fractalgen.passes;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.List;

/** Navigation over a graph's regions shared by the passes. */
public final class IrWalk {
  private IrWalk() {}

  /** The generate step region, or null for a graph without one. */
  public static Region step(Graph g) {
    return g.getGenerate() == null ? null : g.getGenerate().getStep();
  }

  /** Every node of {@code r} and its nested regions, each node before the nodes of its regions. */
  public static List<Node> nodes(Region r) {
    List<Node> out = new ArrayList<>();
    if (r != null) collect(r, out);
    return out;
  }

  private static void collect(Region r, List<Node> out) {
    for (Node n : r.getNodes()) {
      out.add(n);
      for (Region nested : n.getRegions()) collect(nested, out);
    }
  }

  /** The node whose output {@code v} is, or null for a buffer or a region argument. */
  public static Node definingNode(Value v) {
    return v instanceof Output && v.eContainer() instanceof Node n ? n : null;
  }

  /** The operand that {@code map}'s first iterated argument takes rows of, or null when it has none. */
  public static Value firstIterated(Node map) {
    Region body = map.getRegions().get(0);
    for (int k = 0; k < body.getArgs().size(); k++) {
      if (body.getArgs().get(k).isIterated()) return map.getOperands().get(k).getValue();
    }
    return null;
  }

  /** The node owning the region that contains {@code n}, or null for a node of the step. */
  public static Node enclosingNode(Node n) {
    return n.eContainer() instanceof Region r && r.eContainer() instanceof Node owner ? owner : null;
  }

  /** True when {@code v} is the output of a const node. */
  public static boolean isConstant(Value v) {
    Node d = definingNode(v);
    return d != null && d.getOp() == Op.CONST;
  }
}
