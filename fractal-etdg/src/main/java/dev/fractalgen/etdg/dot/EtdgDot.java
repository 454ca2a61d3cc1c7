package dev.fractalgen.etdg.dot;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a graph as Graphviz DOT: buffers as cylinders (weights, states) or ellipses (params,
 * sequences), nodes as boxes labelled with their op and output types, each region as a cluster
 * (nested inside its enclosing region's) holding its args and a {@code yield} point, and one edge
 * per use, labelled with the operand (or result) index. Ids are assigned in text order, so the
 * output is deterministic: {@code b<i>} buffers, {@code a<i>} args, {@code n<i>} nodes,
 * {@code y<i>} yields, {@code cluster_<i>} regions. Uses of no value, or of a value outside the
 * graph, draw no edge.
 */
public final class EtdgDot {
  private final EtdgPrinter printer;
  private final Map<Object, String> ids = new IdentityHashMap<>();
  private final StringBuilder out = new StringBuilder();
  private final List<Edge> pending = new ArrayList<>();
  /** The dotted edges from a region's yield to its node. */
  private final StringBuilder edges = new StringBuilder();
  private int args;
  private int nodes;
  private int yields;
  private int clusters;

  private EtdgDot(Graph graph) {
    this.printer = new EtdgPrinter(graph);
  }

  public static String toDot(Graph graph) {
    return new EtdgDot(graph).render(graph);
  }

  private String render(Graph g) {
    out.append("digraph ").append(quote(g.getName() == null ? "etdg" : g.getName())).append(" {\n");
    out.append("  compound=true;\n  node [fontname=\"monospace\"];\n");
    for (int i = 0; i < g.getBuffers().size(); i++) {
      Buffer b = g.getBuffers().get(i);
      ids.put(b, "b" + i);
      boolean memory = b.getKind() == BufferKind.WEIGHT || b.getKind() == BufferKind.STATE;
      out.append("  b").append(i).append(" [shape=").append(memory ? "cylinder" : "ellipse")
          .append(", label=").append(quote(b.getKind().getLiteral().toLowerCase() + " "
              + printer.name(b) + "\n" + TensorType.of(b))).append("];\n");
    }
    if (g.getGenerate() != null && g.getGenerate().getStep() != null) {
      region(g.getGenerate().getStep(), "generate step", 1);
    }
    edges();
    out.append("}\n");
    return out.toString();
  }

  /** Emits the region as a cluster and returns the id of its yield point. */
  private String region(Region r, String label, int depth) {
    String pad = "  ".repeat(depth);
    out.append(pad).append("subgraph cluster_").append(clusters++).append(" {\n");
    out.append(pad).append("  label=").append(quote(label)).append(";\n");
    for (Arg a : r.getArgs()) {
      String id = "a" + args++;
      ids.put(a, id);
      out.append(pad).append("  ").append(id).append(" [shape=ellipse, style=dashed, label=")
          .append(quote(printer.name(a) + " : " + TensorType.of(a) + (a.isIterated() ? " iter" : "")))
          .append("];\n");
    }
    for (Node n : r.getNodes()) node(n, depth + 1);
    String yield = "y" + yields++;
    out.append(pad).append("  ").append(yield).append(" [shape=invtriangle, label=\"yield\"];\n");
    uses(r.getResults(), yield);
    out.append(pad).append("}\n");
    return yield;
  }

  private void node(Node n, int depth) {
    String id = "n" + nodes++;
    ids.put(n, id);
    StringBuilder label = new StringBuilder(EtdgPrinter.opName(n));
    for (Output o : n.getOutputs()) {
      label.append('\n').append(printer.name(o)).append(" : ").append(TensorType.of(o));
    }
    out.append("  ".repeat(depth)).append(id).append(" [shape=box, label=").append(quote(label.toString()))
        .append("];\n");
    uses(n.getOperands(), id);
    for (int i = 0; i < n.getRegions().size(); i++) {
      String yield = region(n.getRegions().get(i), "region " + i + " of " + id + " "
          + EtdgPrinter.opName(n), depth);
      // the region's results become the node's outputs
      edges.append("  ").append(yield).append(" -> ").append(id).append(" [style=dotted];\n");
    }
  }

  private void uses(List<Use> uses, String to) {
    for (int i = 0; i < uses.size(); i++) {
      Value v = uses.get(i) == null ? null : uses.get(i).getValue();
      if (v != null) pending.add(new Edge(v, to, i));
    }
  }

  /** Edges are drawn once every id is known, so a use before its definition still shows. */
  private void edges() {
    for (Edge e : pending) {
      Object producer = e.value() instanceof Output o ? o.eContainer() : e.value();
      String from = producer == null ? null : ids.get(producer);
      if (from == null) continue;
      out.append("  ").append(from).append(" -> ").append(e.to())
          .append(" [label=\"").append(e.index()).append('"');
      if (producer instanceof Node p && p.getOutputs().size() > 1) {
        out.append(", taillabel=").append(quote(printer.name(e.value())));
      }
      out.append("];\n");
    }
    out.append(edges);
  }

  private record Edge(Value value, String to, int index) {}

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
