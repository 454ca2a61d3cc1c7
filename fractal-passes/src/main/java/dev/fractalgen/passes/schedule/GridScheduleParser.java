package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.IrWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the text form of {@link GridSchedulePrinter} back, against the graph it schedules: each
 * phase names its node by the node's outputs (as the ETDG text form prints them) and op. The
 * result is not checked for soundness; run {@link GridScheduleChecker} on it.
 */
public final class GridScheduleParser {
  private static final Pattern COUNTER = Pattern.compile("(arrive|wait(\\[owners])?)\\s+(.+)");
  private static final Pattern PHASE = Pattern.compile(
      "(serial(?:\\[all])?|spread|view|loop|parallel\\[(thread|warp|block)])\\s+(.+?)\\s*=\\s*(\\S+)(?:\\s+fuse\\(([^)]*)\\))?(?:\\s+vector\\((\\d{1,2})\\))?(?:\\s+staged\\((\\d)\\))?(\\s+early)?(\\s+prefetch)?(?:\\s+rows\\((\\d)\\))?(?:\\s+batched\\((\\d{1,2})(?:x(\\d{1,2}))?\\))?(?:\\s+columns\\(([^)]*)\\))?(?:\\s+by\\(([^)]*)\\))?(\\s+owner-rounds)?(\\s*\\{)?");

  private final Map<String, Node> byOutput = new HashMap<>();
  private final Map<String, Value> byValue = new HashMap<>();
  private final EtdgPrinter names;
  private final String[] lines;
  private int at;

  private GridScheduleParser(Graph g, String text) {
    this.names = new EtdgPrinter(g);
    for (Node n : IrWalk.nodes(IrWalk.step(g))) {
      if (!n.getOutputs().isEmpty()) byOutput.put(names.name(n.getOutputs().get(0)), n);
      for (Value v : n.getOutputs()) byValue.put(names.name(v), v);
    }
    this.lines = text.split("\n", -1);
  }

  /** A line of schedule text that cannot be read; {@code line} counts from 1. */
  public static final class SyntaxException extends Exception {
    public final int line;

    SyntaxException(int line, String message) {
      super("line " + line + ": " + message);
      this.line = line;
    }
  }

  /** The schedule of {@code g} that {@code text} describes. */
  public static GridSchedule parse(Graph g, String text) throws SyntaxException {
    return new GridScheduleParser(g, text).schedule(g);
  }

  private GridSchedule schedule(Graph g) throws SyntaxException {
    String head = next();
    if (!head.equals("schedule " + g.getName())) throw error("expected 'schedule " + g.getName() + "', found '" + head + "'");
    if (!next().equals("step {")) throw error("expected 'step {'");
    List<Phase> step = phases();
    for (; at < lines.length; at++) {
      if (!lines[at].isBlank()) throw new SyntaxException(at + 1, "text after the end of the step");
    }
    return new GridSchedule(g, step);
  }

  /** Phases up to and including the closing brace. */
  private List<Phase> phases() throws SyntaxException {
    List<Phase> out = new ArrayList<>();
    while (true) {
      String l = next();
      if (l.equals("}")) return out;
      if (l.equals("barrier")) {
        out.add(new Phase.Barrier());
        continue;
      }
      Matcher c = COUNTER.matcher(l);
      if (c.matches()) {
        List<Value> values = new ArrayList<>();
        for (String name : c.group(3).split(",")) {
          Value v = byValue.get(name.strip());
          if (v == null) throw error("no node of the graph defines " + name.strip());
          values.add(v);
        }
        out.add(c.group(1).equals("arrive") ? new Phase.Arrive(values) : new Phase.Wait(values, c.group(2) != null));
        continue;
      }
      Matcher m = PHASE.matcher(l);
      if (!m.matches()) throw error("expected a phase (barrier, arrive, wait, wait[owners], serial, serial[all], spread, view, parallel[thread|warp|block], loop) or '}', found '" + l + "'");
      String first = m.group(3).split(",")[0].strip();
      Node n = byOutput.get(first);
      if (n == null) throw error("no node of the graph defines " + first);
      String outs = n.getOutputs().stream().map(names::name).collect(Collectors.joining(", "));
      if (!outs.equals(m.group(3).replaceAll("\\s*,\\s*", ", "))) throw error("the node defining " + first + " defines " + outs);
      if (!EtdgPrinter.opName(n).equals(m.group(4))) throw error(first + " is defined by " + EtdgPrinter.opName(n) + ", not " + m.group(4));
      String kind = m.group(1);
      boolean opens = m.group(16) != null;
      if (m.group(5) != null && !kind.startsWith("parallel") && !kind.startsWith("serial") && !kind.equals("spread")) {
        throw error("only a parallel, serial or spread phase fuses nodes");
      }
      if (m.group(6) != null && !kind.startsWith("parallel")) throw error("only a parallel phase loads vectors");
      if (m.group(7) != null && !kind.startsWith("parallel")) throw error("only a parallel phase stages rows");
      if (m.group(8) != null && !kind.startsWith("parallel")) throw error("only a parallel phase copies its first rows early");
      if (m.group(9) != null && !kind.startsWith("parallel")) throw error("only a parallel phase prefetches rows");
      if (m.group(10) != null && !kind.startsWith("parallel")) throw error("only a parallel phase takes several rows at once");
      if (m.group(11) != null && !kind.startsWith("parallel")) throw error("only a parallel phase shares rows across sequences");
      if (m.group(13) != null && !kind.startsWith("parallel")) throw error("only a parallel phase sums by columns");
      if (m.group(14) != null && !kind.equals("spread")) throw error("only a spread phase is computed by other phases' warps");
      if (m.group(15) != null && !kind.equals("loop")) throw error("only a loop phase ends its rounds on the owners");
      if (kind.equals("loop") != opens) throw error(kind.equals("loop") ? "a loop phase opens its body with '{'" : "only a loop phase has a body");
      out.add(switch (kind) {
        case "serial" -> new Phase.Serial(n, named(m.group(5)));
        case "serial[all]" -> new Phase.Serial(n, named(m.group(5)), true);
        case "spread" -> new Phase.Spread(n, named(m.group(5)), named(m.group(14)));
        case "view" -> new Phase.View(n);
        case "loop" -> new Phase.Loop(n, phases(), m.group(15) != null);
        default -> new Phase.Parallel(n, Phase.Mapping.valueOf(m.group(2).toUpperCase(Locale.ROOT)), named(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), m.group(8) != null, m.group(9) != null,
            m.group(10) == null ? 0 : Integer.parseInt(m.group(10)), m.group(11) == null ? 0 : Integer.parseInt(m.group(11)), m.group(11) == null ? 0 : m.group(12) == null ? 1 : Integer.parseInt(m.group(12)),
            named(m.group(13)));
      });
    }
  }

  /** The nodes defining the values of a comma-separated list; what they may be is the checker's to verify. */
  private List<Node> named(String list) throws SyntaxException {
    List<Node> out = new ArrayList<>();
    if (list == null) return out;
    for (String name : list.split(",")) {
      Node n = byOutput.get(name.strip());
      if (n == null) throw error("no node of the graph defines " + name.strip());
      out.add(n);
    }
    return out;
  }

  private String next() throws SyntaxException {
    while (at < lines.length && lines[at].isBlank()) at++;
    if (at == lines.length) throw new SyntaxException(at, "unexpected end of the schedule (a '}' is missing)");
    return lines[at++].strip();
  }

  private SyntaxException error(String message) {
    return new SyntaxException(at, message);
  }
}
