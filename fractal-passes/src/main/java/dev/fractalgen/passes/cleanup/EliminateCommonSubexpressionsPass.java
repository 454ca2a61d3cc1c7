package dev.fractalgen.passes.cleanup;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.passes.IrProperty;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces every region-free node that computes what an earlier node of the same or an enclosing
 * region computes (same op, operands, attributes, data and output types) by that earlier node.
 *
 * <p>Every ETDG op is a pure function of its operands and attributes, so equal keys give equal
 * values; the output types are part of the key because const, iota, cast, reshape and slice read
 * them. Nodes with regions are never merged (comparing regions is not worth it), nor sample, so
 * that no pass changes how many draws a step makes. Equal constants are merged like any node:
 * their data compares as {@link Double#equals}, bit for bit.
 */
public final class EliminateCommonSubexpressionsPass implements Pass {
  @Override
  public String name() {
    return "eliminate-common-subexpressions";
  }

  @Override
  public Set<IrProperty> requires() {
    // The declared output types are part of a node's key.
    return Set.of(IrProperty.TYPES_INFERRED);
  }

  @Override
  public Set<IrProperty> establishes() {
    return Set.of(IrProperty.NO_COMMON_SUBEXPRESSIONS);
  }

  @Override
  public Set<IrProperty> invalidates() {
    return Set.of();
  }

  @Override
  public void run(Graph g, PassContext ctx) {
    Region step = IrWalk.step(g);
    if (step == null) return;
    Walk w = new Walk();
    w.region(step);
    ctx.count(this, "merged", w.merged);
  }

  /** What makes two nodes compute the same value; operands compare by identity (EMF objects). */
  private record Key(Op op, ReduceKind reduce, List<Integer> order, List<Long> ints, List<Double> data, List<Value> operands,
      List<TensorType> types) {
    static Key of(Node n) {
      List<Value> operands = new ArrayList<>();
      for (Use u : n.getOperands()) operands.add(u.getValue());
      List<TensorType> types = new ArrayList<>();
      for (Output o : n.getOutputs()) types.add(TensorType.of(o));
      // sums in different orders are different values
      List<Integer> order = n.getOrder() == null ? List.of() : List.of(n.getOrder().getLanes(), n.getOrder().getWidth());
      return new Key(n.getOp(), n.getReduce(), order, List.copyOf(n.getInts()), List.copyOf(n.getData()), operands, types);
    }
  }

  /** One run's state: the nodes available in each enclosing region and the values replaced so far. */
  private static final class Walk {
    private final Deque<Map<Key, Node>> scopes = new ArrayDeque<>();
    private final Map<Value, Value> replaced = new IdentityHashMap<>();
    private long merged;

    void region(Region r) {
      scopes.push(new HashMap<>());
      for (Iterator<Node> it = r.getNodes().iterator(); it.hasNext(); ) {
        Node n = it.next();
        rewrite(n.getOperands());
        for (Region nested : n.getRegions()) region(nested);
        if (!mergeable(n)) continue;
        Key key = Key.of(n);
        Node earlier = lookup(key);
        if (earlier == null) {
          scopes.peek().put(key, n);
          continue;
        }
        for (int i = 0; i < n.getOutputs().size(); i++) replaced.put(n.getOutputs().get(i), earlier.getOutputs().get(i));
        it.remove();
        merged++;
      }
      rewrite(r.getResults());
      scopes.pop();
    }

    private static boolean mergeable(Node n) {
      return n.getRegions().isEmpty() && n.getOp() != Op.SAMPLE && !n.getOutputs().isEmpty()
          && n.getOperands().stream().allMatch(u -> u != null && u.getValue() != null);
    }

    /** The innermost available node with {@code key}; scopes iterate from the innermost. */
    private Node lookup(Key key) {
      for (Map<Key, Node> s : scopes) {
        Node n = s.get(key);
        if (n != null) return n;
      }
      return null;
    }

    /** Uses follow their definitions in walk order (SSA dominance), so one rewrite per use suffices. */
    private void rewrite(List<Use> uses) {
      for (Use u : uses) {
        Value to = u == null ? null : replaced.get(u.getValue());
        if (to != null) u.setValue(to);
      }
    }
  }
}
