package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrWalk;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The storage a node of a grid region reads and writes. Zero-copy views and data movement read in
 * place ({@link ReadInPlace}) are seen through: reading one reads what it stands for and the
 * indices that place it.
 */
public final class Access {
  private Access() {
  }

  /** True for nodes that compute no data, only a window on an operand's storage. */
  public static boolean isView(Node n) {
    if (n.getOp() == Op.RESHAPE) return true;
    if (n.getOp() != Op.INDEX) return false;
    long[] axes = n.getInts().stream().mapToLong(Long::longValue).toArray();
    for (int i = 0; i < axes.length; i++) if (axes[i] != i) return false;
    return true;
  }

  /**
   * True for nodes that store nothing of their own, which the schedule runs as views: zero-copy
   * views, and data movement whose every reader computes the elements it needs from the operands
   * ({@link ReadInPlace}). Reading one reads its operands; it writes nothing.
   */
  public static boolean seenThrough(Node n) {
    return isView(n) || ReadInPlace.is(n);
  }

  /** The values whose storage {@code v} stands for. */
  public static Set<Value> roots(Value v) {
    Set<Value> out = new LinkedHashSet<>();
    addRoots(v, out);
    return out;
  }

  private static void addRoots(Value v, Set<Value> out) {
    Node d = IrWalk.definingNode(v);
    if (d != null && seenThrough(d)) {
      for (Use u : d.getOperands()) addRoots(u.getValue(), out);
    } else {
      out.add(v);
    }
  }

  /** Every root read by {@code n}, its nested regions included, except values defined inside it. */
  public static Set<Value> reads(Node n) {
    Set<Value> inner = new HashSet<>();
    collectDefined(n, inner);
    Set<Value> out = new LinkedHashSet<>();
    collectReads(n, inner, out);
    return out;
  }

  /** The roots that a region's results stand for. */
  public static Set<Value> results(Region r) {
    Set<Value> out = new LinkedHashSet<>();
    for (Use u : r.getResults()) addRoots(u.getValue(), out);
    return out;
  }

  /** What {@code n} writes: its outputs, unless it is seen through. */
  public static Set<Value> writes(Node n) {
    return seenThrough(n) ? Set.of() : new LinkedHashSet<>(n.getOutputs());
  }

  private static void collectDefined(Node n, Set<Value> inner) {
    inner.addAll(n.getOutputs());
    for (Region r : n.getRegions()) {
      inner.addAll(r.getArgs());
      for (Node m : r.getNodes()) collectDefined(m, inner);
    }
  }

  private static void collectReads(Node n, Set<Value> inner, Set<Value> out) {
    addUses(n.getOperands(), inner, out);
    for (Region r : n.getRegions()) {
      for (Node m : r.getNodes()) collectReads(m, inner, out);
      addUses(r.getResults(), inner, out);
    }
  }

  private static void addUses(List<Use> uses, Set<Value> inner, Set<Value> out) {
    for (Use u : uses) if (!inner.contains(u.getValue())) addRoots(u.getValue(), out);
  }
}
