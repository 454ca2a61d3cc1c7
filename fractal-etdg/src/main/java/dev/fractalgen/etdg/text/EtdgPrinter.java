package dev.fractalgen.etdg.text;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.ConfigEntry;
import dev.fractalgen.etdg.model.Generate;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a graph in the text form of docs/etdg.md, deterministically: the same graph always gives
 * the same text, and printing the parse of a printed graph gives that text again.
 *
 * <p>Also renders single lines of a graph (a node, a buffer, the step header) with the names the
 * whole graph prints with, so that diagnostics name things the way a dump shows them. Never throws
 * on a malformed graph: a use of no value prints as {@code %?}, a value outside the graph under
 * its own name.
 */
public final class EtdgPrinter {
  private final Graph graph;
  private final ValueNames names;

  public EtdgPrinter(Graph graph) {
    this.graph = graph;
    this.names = new ValueNames(graph);
  }

  public static String print(Graph graph) {
    return new EtdgPrinter(graph).print();
  }

  public String print() {
    StringBuilder b = new StringBuilder("etdg");
    if (graph.getName() != null) b.append(' ').append(Syntax.identOrQuoted(graph.getName()));
    b.append('\n');
    for (ConfigEntry e : graph.getConfig()) b.append(describe(e)).append('\n');
    for (Buffer buf : graph.getBuffers()) b.append(describe(buf)).append('\n');
    Generate g = graph.getGenerate();
    if (g != null) {
      b.append("generate {\n");
      if (g.getStep() != null) {
        b.append("  ").append(stepHeader()).append(" {\n");
        body(g.getStep(), 4, b);
        b.append("  }\n");
      }
      b.append("}\n");
    }
    return b.toString();
  }

  /** {@code %x}: the value's printed name, {@code %?} for none. */
  public String name(Value v) {
    if (v == null) return "%?";
    String n = names.of(v);
    return Syntax.valueRef(n != null ? n : String.valueOf(v.getName()));
  }

  /** The op as the text form spells it: {@code add}, {@code reduce.sum}. */
  public static String opName(Node n) {
    return Syntax.opName(n);
  }

  /** The node's line, its regions shortened to {@code (args) {...}}. */
  public String describe(Node n) {
    StringBuilder b = new StringBuilder();
    node(n, 0, false, b);
    return b.toString();
  }

  public String describe(Buffer buf) {
    StringBuilder b = new StringBuilder();
    b.append(buf.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT)).append(' ')
        .append(name(buf)).append(" : ").append(TensorType.of(buf));
    switch (buf.getKind()) {
      case WEIGHT -> {
        if (buf.getSource() != null) {
          b.append(" = ").append(buf.isStacked() ? "stack " : "").append(Syntax.quote(buf.getSource()));
          if (buf.getTiedTo() != null) b.append(" tied ").append(name(buf.getTiedTo()));
        } else if (buf.getTiedTo() != null) {
          b.append(" = tied ").append(name(buf.getTiedTo()));
        }
      }
      case PARAM -> b.append(" = ").append(Double.toString(buf.getDefaultValue()));
      case STATE -> {
        b.append(buf.getGrowth() == Growth.APPEND ? " append" : " replace");
        if (buf.getGrowth() == Growth.APPEND || buf.getCapacity() != 0) {
          b.append(" capacity ").append(buf.getCapacity());
        }
      }
      case SEQUENCE -> { }
    }
    return b.toString();
  }

  public String describe(ConfigEntry e) {
    String v = e.getValue() == null ? "" : e.getValue();
    return "config " + Syntax.identOrQuoted(String.valueOf(e.getName())) + " = "
        + (Syntax.NUMBER.matcher(v).matches() ? v : Syntax.quote(v));
  }

  /** {@code step(%token : i32[], %pos : i32[], ...)}. */
  public String stepHeader() {
    Generate g = graph.getGenerate();
    return "step" + args(g == null || g.getStep() == null ? List.of() : g.getStep().getArgs());
  }

  /** {@code yield %a, %b}: a region's results. */
  public String yieldLine(Region r) {
    return "yield" + (r.getResults().isEmpty() ? "" : " " + uses(r.getResults()));
  }

  private void body(Region r, int indent, StringBuilder b) {
    for (Node n : r.getNodes()) {
      b.append(" ".repeat(indent));
      node(n, indent, true, b);
      b.append('\n');
    }
    b.append(" ".repeat(indent)).append(yieldLine(r)).append('\n');
  }

  private void node(Node n, int indent, boolean full, StringBuilder b) {
    if (!n.getOutputs().isEmpty()) {
      b.append(n.getOutputs().stream().map(this::name).collect(Collectors.joining(", "))).append(" = ");
    }
    b.append(Syntax.opName(n));
    if (!n.getInts().isEmpty()) {
      b.append(n.getInts().stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
    }
    if (n.getOrder() != null) b.append(" tree(").append(n.getOrder().getLanes()).append(", ").append(n.getOrder().getWidth()).append(')');
    if (n.getOp() == Op.CONST || !n.getData().isEmpty()) {
      b.append(' ').append(n.getData().stream().map(d -> Double.toString(d))
          .collect(Collectors.joining(", ", "[", "]")));
    }
    if (!n.getOperands().isEmpty()) b.append(' ').append(uses(n.getOperands()));
    for (Region r : n.getRegions()) {
      b.append(' ').append(args(r.getArgs())).append(" {");
      if (full) {
        b.append('\n');
        body(r, indent + 2, b);
        b.append(" ".repeat(indent)).append('}');
      } else {
        b.append("...}");
      }
    }
    if (!n.getOutputs().isEmpty()) {
      b.append(" : ").append(n.getOutputs().stream().map(o -> TensorType.of(o).toString())
          .collect(Collectors.joining(", ")));
    }
  }

  private String args(List<Arg> args) {
    return args.stream()
        .map(a -> name(a) + " : " + TensorType.of(a) + (a.isIterated() ? " iter" : ""))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private String uses(List<Use> uses) {
    return uses.stream().map(u -> name(u == null ? null : u.getValue())).collect(Collectors.joining(", "));
  }

}
