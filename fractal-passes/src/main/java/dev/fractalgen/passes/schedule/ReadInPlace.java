package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrWalk;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data-movement nodes (index, concat, stack; views aside) that are never stored: every read
 * of their output, and of its views, loads single elements, so a user computes the element it
 * needs from the operands in place (the KV history concat(cache[:, l], [k]), say). A use as the
 * result of a map or scan body (copied from storage) or by a sample (given an address) needs
 * storage; the step's results are copied element by element at the step's end.
 *
 * <p>Such a node runs no code where it stands, so the schedule sees through it as through a view
 * ({@link Access#seenThrough}): a reader of its output reads its operands, and nothing waits for it.
 */
public final class ReadInPlace {
  private static final Set<Op> MOVES = Set.of(Op.INDEX, Op.CONCAT, Op.STACK);

  private ReadInPlace() {
  }

  /** Every such node of the graph's step, nested regions included. */
  public static Set<Node> of(Graph g) {
    Set<Node> out = new HashSet<>();
    for (Node n : IrWalk.nodes(IrWalk.step(g))) if (is(n)) out.add(n);
    return out;
  }

  /** Whether {@code n} is such a node: its users are all in its own region and the regions nested in it. */
  public static boolean is(Node n) {
    if (!MOVES.contains(n.getOp()) || Access.isView(n) || !(n.eContainer() instanceof Region r)) return false;
    return onlyElementReads(n.getOutputs().get(0), r);
  }

  private static boolean onlyElementReads(Value v, Region r) {
    for (Use u : r.getResults()) if (u.getValue() == v) return false;
    for (Node user : r.getNodes()) {
      if (user.getOperands().stream().anyMatch(u -> u.getValue() == v)) {
        if (user.getOp() == Op.SAMPLE) return false;
        if (Access.isView(user) && !onlyElementReads(user.getOutputs().get(0), r)) return false;
      }
      for (Region inner : user.getRegions()) if (!onlyElementReads(v, inner)) return false;
    }
    return true;
  }
}
