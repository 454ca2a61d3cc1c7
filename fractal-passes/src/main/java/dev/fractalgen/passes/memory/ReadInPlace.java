package dev.fractalgen.passes.memory;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.schedule.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data-movement nodes (index, concat, stack; views aside) that are never stored: every read
 * of their output, and of its views, loads single elements, so a user computes the element it
 * needs from the operands in place (the KV history concat(cache[:, l], [k]), say). A use as the
 * result of a map or scan body (copied from storage) or by a sample (given an address) needs
 * storage; the step's results are copied element by element at the step's end.
 */
public final class ReadInPlace {
  private static final Set<Op> MOVES = Set.of(Op.INDEX, Op.CONCAT, Op.STACK);

  private ReadInPlace() {
  }

  /** Every such node of the graph's step, nested regions included. */
  public static Set<Node> of(Graph g) {
    Map<Value, List<Node>> users = new HashMap<>();
    List<Node> all = IrWalk.nodes(IrWalk.step(g));
    for (Node n : all) {
      for (Use u : n.getOperands()) users.computeIfAbsent(u.getValue(), k -> new ArrayList<>()).add(n);
      for (Region r : n.getRegions()) for (Use u : r.getResults()) users.computeIfAbsent(u.getValue(), k -> new ArrayList<>()).add(null);
    }
    Set<Node> out = new HashSet<>();
    for (Node n : all) {
      if (MOVES.contains(n.getOp()) && !Access.isView(n) && onlyElementReads(n.getOutputs().get(0), users)) out.add(n);
    }
    return out;
  }

  private static boolean onlyElementReads(Value v, Map<Value, List<Node>> users) {
    for (Node user : users.getOrDefault(v, List.of())) {
      if (user == null || user.getOp() == Op.SAMPLE) return false;
      if (Access.isView(user) && !onlyElementReads(user.getOutputs().get(0), users)) return false;
    }
    return true;
  }
}
