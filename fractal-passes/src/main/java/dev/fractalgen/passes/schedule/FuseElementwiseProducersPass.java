package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.EList;

/**
 * Contract: in a parallel phase, every elementwise node of a body that one thread runs in its own
 * scratch, whose one use is a computing node of the same region or the body's result, is fused:
 * computed where that use reads it (a matrix row's products go straight into the sum; attention's
 * weighted value rows straight into the iteration's output row). In a grid region, every serial
 * elementwise node whose one use is another serial node of the region (other than a sample) is
 * fused into the serial phase that computes that user: a norm's scale, its inputs' squares.
 */
public final class FuseElementwiseProducersPass implements SchedulePass {
  private static final Set<Op> ELEMENTWISE = EnumSet.of(Op.NEG, Op.EXP, Op.LOG, Op.SQRT, Op.RSQRT, Op.SILU, Op.GELU,
      Op.TANH, Op.SIN, Op.COS, Op.SIGMOID, Op.ABS, Op.NOT, Op.CAST, Op.SELECT, Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.POW,
      Op.MAXIMUM, Op.MINIMUM, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.AND, Op.OR);

  @Override
  public String name() {
    return "fuse-elementwise-producers";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    List<Phase> parallel = SchedulePass.rewrite(s.step(), p -> p instanceof Phase.Parallel par ? par.withFused(fusible(par)) : p);
    return new GridSchedule(s.graph(), fuseSerial(parallel, users(s.graph().getGenerate().getStep())));
  }

  /** {@code phases} (one region's, loops' bodies done alike) with each fusible serial node moved into the serial phase of its user. */
  private static List<Phase> fuseSerial(List<Phase> phases, Map<Value, List<Node>> users) {
    Map<Node, Node> into = new HashMap<>();
    Set<Node> serial = new java.util.HashSet<>();
    for (Phase p : phases) if (p instanceof Phase.Serial ser) serial.add(ser.node());
    // last to first, so a chain ends up in the phase of its last user
    for (int i = phases.size() - 1; i >= 0; i--) {
      if (!(phases.get(i) instanceof Phase.Serial ser) || !fusibleIntoUser(ser.node(), users)) continue;
      Node user = users.get(ser.node().getOutputs().get(0)).get(0);
      if (serial.contains(user)) into.put(ser.node(), into.getOrDefault(user, user));
    }
    // what a phase had fused already comes along with it, all in the region's order
    Map<Node, List<Node>> fused = new HashMap<>();
    for (Phase p : phases) {
      if (!(p instanceof Phase.Serial ser)) continue;
      Node owner = into.getOrDefault(ser.node(), ser.node());
      List<Node> f = fused.computeIfAbsent(owner, k -> new ArrayList<>());
      f.addAll(ser.fused());
      if (owner != ser.node()) f.add(ser.node());
    }
    List<Phase> out = new ArrayList<>();
    for (Phase p : phases) {
      if (p instanceof Phase.Loop loop) {
        out.add(loop.withBody(fuseSerial(loop.body(), users)));
      } else if (p instanceof Phase.Serial ser) {
        if (into.containsKey(ser.node())) continue;
        List<Node> f = fused.get(ser.node());
        EList<Node> order = ((Region) ser.node().eContainer()).getNodes();
        f.sort(java.util.Comparator.comparingInt(order::indexOf));
        out.add(new Phase.Serial(ser.node(), f));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Whether {@code n} may be computed where its one user reads it: an elementwise node used once,
   * by a computing node of its own region that reads elements (not a sample, which takes the
   * logits' address). Serial nodes so used are fused into the serial phase computing the user.
   */
  static boolean fusibleIntoUser(Node n, Map<Value, List<Node>> users) {
    return elementwise(n) && readByOneComputingNode(n, users);
  }

  /**
   * Whether {@code n}'s one output has one use, by a computing node of {@code n}'s own region that
   * reads elements: no region of its own, not a view, not a sample (which takes the logits' address).
   */
  static boolean readByOneComputingNode(Node n, Map<Value, List<Node>> users) {
    if (n.getOutputs().size() != 1) return false;
    List<Node> u = users.getOrDefault(n.getOutputs().get(0), List.of());
    if (u.size() != 1 || u.get(0) == null) return false;
    Node user = u.get(0);
    return user.eContainer() == n.eContainer() && user.getRegions().isEmpty() && !Access.seenThrough(user) && user.getOp() != Op.SAMPLE;
  }

  /** Whether {@code n} computes each element of its one output from the same element of its operands (a scalar broadcast). */
  static boolean elementwise(Node n) {
    return ELEMENTWISE.contains(n.getOp()) && n.getOutputs().size() == 1;
  }

  /** Per value, the nodes using it (null for a use as a region result), in {@code r} and below. */
  static Map<Value, List<Node>> users(Region r) {
    Map<Value, List<Node>> out = new HashMap<>();
    uses(r, out);
    return out;
  }

  /**
   * The nodes of {@code par}'s body that may be fused, in body order. A thread or warp iteration
   * runs its whole body in one thread's scratch; a block iteration shares its own nodes among the
   * block's threads, and only the bodies of its inner maps, each iteration run alone, qualify
   * here (its own nodes are {@link FuseIntoBlockReadersPass}'s).
   */
  static List<Node> fusible(Phase.Parallel par) {
    Map<Value, List<Node>> users = new HashMap<>();
    Region body = par.node().getRegions().get(0);
    uses(body, users);
    List<Node> out = new ArrayList<>();
    boolean block = par.mapping() == Phase.Mapping.BLOCK;
    collect(body, !block, block, users, out);
    return out;
  }

  private static void collect(Region r, boolean ownScratch, boolean shared, Map<Value, List<Node>> users, List<Node> out) {
    for (Node n : r.getNodes()) {
      if (ownScratch && eligible(n, users)) out.add(n);
      for (Region inner : n.getRegions()) collect(inner, ownScratch || (shared && n.getOp() == Op.MAP), false, users, out);
    }
  }

  /**
   * An elementwise node with one output whose single use is a computing node of its own region (as
   * {@link #fusibleIntoUser}), or the result of its region (which the iteration copies out element
   * by element).
   */
  static boolean eligible(Node n, Map<Value, List<Node>> users) {
    if (fusibleIntoUser(n, users)) return true;
    if (!ELEMENTWISE.contains(n.getOp()) || n.getOutputs().size() != 1) return false;
    Value out = n.getOutputs().get(0);
    List<Node> u = users.getOrDefault(out, List.of());
    return u.size() == 1 && u.get(0) == null && isResultOf(out, (Region) n.eContainer());
  }

  private static boolean isResultOf(Value v, Region r) {
    return r.getResults().stream().anyMatch(u -> u.getValue() == v);
  }

  /** Per value, the nodes using it (null for a use as a region result), in {@code r} and below. */
  static void uses(Region r, Map<Value, List<Node>> users) {
    for (Node n : r.getNodes()) {
      for (Use u : n.getOperands()) users.computeIfAbsent(u.getValue(), k -> new ArrayList<>()).add(n);
      for (Region inner : n.getRegions()) uses(inner, users);
    }
    for (Use u : r.getResults()) users.computeIfAbsent(u.getValue(), k -> new ArrayList<>()).add(null);
  }
}
