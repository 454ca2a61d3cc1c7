package dev.fractalgen.passes.cleanup;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrProperty;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassContext;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Removes every node, in the step and in nested regions, none of whose outputs reaches a result
 * of the generate step; sample nodes (and the nodes whose regions hold them) always stay.
 *
 * <p>A node is live when a live node or region result uses one of its outputs; a live node makes
 * its operands and its regions' results live. A multi-output node stays whole when any output is
 * live: outputs are part of what the node means and are never removed one by one. Sample is kept
 * even when its token is unused so that no pass changes how many draws a step makes.
 */
public final class EliminateDeadNodesPass implements Pass {
  @Override
  public String name() {
    return "eliminate-dead-nodes";
  }

  @Override
  public Set<IrProperty> requires() {
    return Set.of();
  }

  @Override
  public Set<IrProperty> establishes() {
    return Set.of(IrProperty.NO_DEAD_NODES);
  }

  @Override
  public Set<IrProperty> invalidates() {
    return Set.of();
  }

  @Override
  public void run(Graph g, PassContext ctx) {
    Region step = IrWalk.step(g);
    if (step == null) return;
    Set<Node> live = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Value> work = new ArrayDeque<>();
    for (Use u : step.getResults()) push(work, u);
    for (Node n : IrWalk.nodes(step)) if (n.getOp() == Op.SAMPLE) markLive(n, live, work);
    while (!work.isEmpty()) {
      Node d = IrWalk.definingNode(work.pop());
      if (d != null) markLive(d, live, work);
    }
    int before = IrWalk.nodes(step).size();
    sweep(step, live);
    ctx.count(this, "removed", before - IrWalk.nodes(step).size());
  }

  /** Marks {@code n} and the nodes enclosing it live, queueing what each of them reads. */
  private static void markLive(Node n, Set<Node> live, Deque<Value> work) {
    for (Node m = n; m != null && live.add(m); m = IrWalk.enclosingNode(m)) {
      for (Use u : m.getOperands()) push(work, u);
      for (Region r : m.getRegions()) for (Use u : r.getResults()) push(work, u);
    }
  }

  private static void push(Deque<Value> work, Use u) {
    if (u != null && u.getValue() != null) work.push(u.getValue());
  }

  private static void sweep(Region r, Set<Node> live) {
    r.getNodes().removeIf(n -> !live.contains(n));
    for (Node n : r.getNodes()) for (Region nested : n.getRegions()) sweep(nested, live);
  }
}
