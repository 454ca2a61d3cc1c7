package dev.fractalgen.passes.loop;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrProperty;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Contract: what a step's scan computes alike in every iteration is computed once, before it. A
 * body node that reads only values from outside the scan moves out; and in a map of the body, the
 * per-element work that reads only such values and the map's loop-invariant operands (a rotary
 * embedding's angles, their sines and cosines, of the position and the element's index) becomes a
 * map of its own before the scan, whose results the original map then reads element by element.
 *
 * <p>The moved nodes compute the same operations on the same values, so every result is bit for bit
 * what it was. Only float work costlier than reading its result back is split off a map (a power, a
 * division, a transcendental function): a table of casts or index arithmetic would cost more than
 * it saves.
 */
public final class HoistScanInvariantsPass implements Pass {
  /** Operations worth a table: each costs more than loading one f32. */
  private static final Set<Op> COSTLY = EnumSet.of(Op.POW, Op.DIV, Op.SIN, Op.COS, Op.EXP, Op.LOG, Op.SQRT, Op.RSQRT, Op.TANH,
      Op.SIGMOID, Op.GELU, Op.SILU, Op.MOD);

  @Override
  public String name() {
    return "hoist-scan-invariants";
  }

  @Override
  public Set<IrProperty> requires() {
    return Set.of(IrProperty.TYPES_INFERRED);
  }

  @Override
  public Set<IrProperty> establishes() {
    return Set.of();
  }

  @Override
  public Set<IrProperty> invalidates() {
    return Set.of(IrProperty.NO_COMMON_SUBEXPRESSIONS, IrProperty.NO_DEAD_NODES);
  }

  @Override
  public void run(Graph g, PassContext ctx) {
    Region step = IrWalk.step(g);
    if (step == null) return;
    long moved = 0, split = 0;
    for (Node scan : List.copyOf(step.getNodes())) {
      if (scan.getOp() != Op.SCAN) continue;
      Region body = scan.getRegions().get(0);
      moved += moveOut(step, scan, body);
      for (Node map : List.copyOf(body.getNodes())) {
        if (map.getOp() == Op.MAP && splitOff(step, scan, body, map)) split++;
      }
    }
    ctx.count(this, "moved", moved);
    ctx.count(this, "split", split);
  }

  /** Moves the body's nodes that read only values from outside it before the scan, in program order. */
  private static long moveOut(Region step, Node scan, Region body) {
    long moved = 0;
    for (Node n : List.copyOf(body.getNodes())) {
      if (n.getOp() == Op.SAMPLE || containsSample(n) || !readsOnlyOutside(n, body)) continue;
      body.getNodes().remove(n);
      step.getNodes().add(step.getNodes().indexOf(scan), n);
      moved++;
    }
    return moved;
  }

  /**
   * Splits off {@code map}'s invariant per-element work into a new map before the scan; false when
   * it has none worth a table.
   */
  private static boolean splitOff(Region step, Node scan, Region body, Node map) {
    Region r = map.getRegions().get(0);
    // the map's args whose operands do not change from one iteration of the scan to the next
    Set<Value> invariant = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < r.getArgs().size(); i++) {
      if (!inside(map.getOperands().get(i).getValue(), body)) invariant.add(r.getArgs().get(i));
    }
    boolean iteratedInvariant = false;
    for (Value a : invariant) iteratedInvariant |= ((Arg) a).isIterated();
    if (!iteratedInvariant) return false;
    // the body's nodes computed from invariant args, constants and values from outside the scan
    List<Node> work = new ArrayList<>();
    for (Node n : r.getNodes()) {
      if (!n.getRegions().isEmpty() || n.getOp() == Op.SAMPLE) continue;
      boolean ok = true;
      for (Use u : n.getOperands()) {
        Value v = u.getValue();
        ok &= invariant.contains(v) || !inside(v, body) && !(v instanceof Arg a && a.eContainer() == r);
      }
      if (ok) {
        work.add(n);
        invariant.addAll(n.getOutputs());
      }
    }
    if (work.stream().noneMatch(n -> COSTLY.contains(n.getOp()) && n.getOutputs().get(0).getDtype() != DType.I32)) return false;
    // what the rest of the body reads of that work (constants stay, each side keeps its own)
    Set<Node> workSet = Collections.newSetFromMap(new IdentityHashMap<>());
    workSet.addAll(work);
    Set<Value> frontier = new LinkedHashSet<>();
    for (Node n : r.getNodes()) {
      if (workSet.contains(n)) continue;
      for (Use u : allUses(n)) if (producedBy(u.getValue(), workSet)) frontier.add(u.getValue());
    }
    for (Use u : r.getResults()) if (producedBy(u.getValue(), workSet)) frontier.add(u.getValue());
    if (frontier.isEmpty()) return false;

    Node table = tableMap(map, r, work, frontier);
    step.getNodes().add(step.getNodes().indexOf(scan), table);
    // the original map reads the table element by element instead of computing it
    int k = 0;
    for (Value f : frontier) {
      Output t = table.getOutputs().get(k++);
      Use use = EtdgFactory.eINSTANCE.createUse();
      use.setValue(t);
      map.getOperands().add(use);
      Arg a = EtdgFactory.eINSTANCE.createArg();
      a.setName(f.getName() + ".in");
      a.setDtype(f.getDtype());
      for (Dim d : f.getShape()) a.getShape().add(EcoreUtil.copy(d));
      a.setIterated(true);
      r.getArgs().add(a);
      for (Node n : r.getNodes()) for (Use u : allUses(n)) if (u.getValue() == f) u.setValue(a);
      for (Use u : r.getResults()) if (u.getValue() == f) u.setValue(a);
    }
    // the work nothing reads any more
    boolean removed = true;
    while (removed) {
      removed = false;
      for (Node n : List.copyOf(r.getNodes())) {
        if (workSet.contains(n) && !used(n, r)) {
          r.getNodes().remove(n);
          removed = true;
        }
      }
    }
    return true;
  }

  /** A map over {@code map}'s invariant operands computing {@code work}, one result per frontier value. */
  private static Node tableMap(Node map, Region r, List<Node> work, Set<Value> frontier) {
    EtdgFactory f = EtdgFactory.eINSTANCE;
    Node t = f.createNode();
    t.setOp(Op.MAP);
    Region tr = f.createRegion();
    t.getRegions().add(tr);
    // the invariant args the work reads, in the map's order, with their operands
    Map<Value, Value> args = new IdentityHashMap<>();
    Set<Value> read = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n : work) for (Use u : n.getOperands()) read.add(u.getValue());
    boolean iterated = false;
    for (int i = 0; i < r.getArgs().size(); i++) {
      Arg a = r.getArgs().get(i);
      if (!read.contains(a)) continue;
      Arg copy = EcoreUtil.copy(a);
      tr.getArgs().add(copy);
      args.put(a, copy);
      Use op = f.createUse();
      op.setValue(map.getOperands().get(i).getValue());
      t.getOperands().add(op);
      iterated |= a.isIterated();
    }
    if (!iterated) throw new IllegalStateException("a table map needs an iterated operand");
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    Map<Node, Node> copies = new IdentityHashMap<>();
    for (Node n : work) copies.put(n, (Node) copier.copy(n));
    copier.copyReferences();
    for (Node n : work) {
      Node c = copies.get(n);
      for (Use u : c.getOperands()) if (args.containsKey(u.getValue())) u.setValue(args.get(u.getValue()));
      // the copies are new values: names stay unique in the graph
      for (Output o : c.getOutputs()) o.setName(o.getName() + ".t");
      tr.getNodes().add(c);
    }
    Value lead = null;
    for (int i = 0; i < t.getOperands().size(); i++) if (tr.getArgs().get(i).isIterated()) { lead = t.getOperands().get(i).getValue(); break; }
    for (Value v : frontier) {
      Use res = f.createUse();
      res.setValue((Value) copier.get(v));
      tr.getResults().add(res);
      Output o = f.createOutput();
      o.setName(v.getName() + ".table");
      o.setDtype(v.getDtype());
      o.getShape().add(EcoreUtil.copy(lead.getShape().get(0)));
      for (Dim d : v.getShape()) o.getShape().add(EcoreUtil.copy(d));
      t.getOutputs().add(o);
    }
    return t;
  }

  private static boolean producedBy(Value v, Set<Node> nodes) {
    Node d = IrWalk.definingNode(v);
    return d != null && nodes.contains(d) && d.getOp() != Op.CONST;
  }

  /** Whether anything in {@code r} (nested regions and results included) reads an output of {@code n}. */
  private static boolean used(Node n, Region r) {
    for (Node m : IrWalk.nodes(r)) for (Use u : m.getOperands()) if (n.getOutputs().contains(u.getValue())) return true;
    for (Use u : r.getResults()) if (n.getOutputs().contains(u.getValue())) return true;
    return false;
  }

  /** The uses of {@code n} and of every node and region result inside it. */
  private static List<Use> allUses(Node n) {
    List<Use> out = new ArrayList<>(n.getOperands());
    for (Region nested : n.getRegions()) {
      for (Node m : IrWalk.nodes(nested)) out.addAll(m.getOperands());
      out.addAll(nested.getResults());
      for (Node m : IrWalk.nodes(nested)) for (Region rr : m.getRegions()) out.addAll(rr.getResults());
    }
    return out;
  }

  /** Whether {@code n} (and everything inside it) reads only values defined outside {@code body}. */
  private static boolean readsOnlyOutside(Node n, Region body) {
    for (Use u : allUses(n)) {
      Value v = u.getValue();
      if (inside(v, body) && !within(v, n)) return false;
    }
    return true;
  }

  /** Whether {@code v} is defined in {@code r} or a region nested in it (its args included). */
  private static boolean inside(Value v, Region r) {
    for (EObject o = v; o != null; o = o.eContainer()) if (o == r) return true;
    return false;
  }

  /** Whether {@code v} is defined inside node {@code n} (by it, or in its regions). */
  private static boolean within(Value v, Node n) {
    for (EObject o = v.eContainer(); o != null; o = o.eContainer()) if (o == n) return true;
    return false;
  }

  private static boolean containsSample(Node n) {
    for (Region r : n.getRegions()) for (Node m : IrWalk.nodes(r)) if (m.getOp() == Op.SAMPLE) return true;
    return false;
  }
}
