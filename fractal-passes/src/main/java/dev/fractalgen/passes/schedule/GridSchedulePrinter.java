package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text form of a grid schedule, one phase per line, names as in the ETDG text form:
 * <pre>
 * schedule llama2c
 * step {
 *   serial %index.1 = index
 *   loop %x, %k_rows, %v_rows = scan {
 *     parallel[warp] %map.1 = map
 *     barrier
 *     parallel[warp] %map.4 = map
 *     arrive %map.4
 *     wait[owners] %map.4
 *     serial %h2 = add
 *   }
 * }
 * </pre>
 */
final class GridSchedulePrinter {
  private final EtdgPrinter names;
  private final StringBuilder out = new StringBuilder();

  private GridSchedulePrinter(GridSchedule s) {
    this.names = new EtdgPrinter(s.graph());
  }

  static String print(GridSchedule s) {
    GridSchedulePrinter p = new GridSchedulePrinter(s);
    p.out.append("schedule ").append(s.graph().getName()).append('\n').append("step {\n");
    p.phases(s.step(), "  ");
    p.out.append("}\n");
    return p.out.toString();
  }

  private void phases(List<Phase> phases, String indent) {
    for (Phase p : phases) {
      out.append(indent);
      if (p instanceof Phase.Barrier) {
        out.append("barrier\n");
        continue;
      }
      if (p instanceof Phase.Arrive a) {
        out.append("arrive ").append(values(a.values())).append('\n');
        continue;
      }
      if (p instanceof Phase.Wait w) {
        out.append(w.owners() ? "wait[owners] " : "wait ").append(values(w.values())).append('\n');
        continue;
      }
      Node n = Phase.node(p);
      out.append(p.getClass().getSimpleName().toLowerCase());
      if (p instanceof Phase.Serial ser && ser.replicated()) out.append("[all]");
      if (p instanceof Phase.Parallel par) out.append('[').append(par.mapping().name().toLowerCase()).append(']');
      out.append(' ');
      if (!n.getOutputs().isEmpty()) out.append(outputs(n.getOutputs())).append(" = ");
      out.append(EtdgPrinter.opName(n));
      List<Node> fused = p instanceof Phase.Parallel par ? par.fused() : Phase.fusedSiblings(p);
      if (!fused.isEmpty()) {
        out.append(" fuse(").append(fused.stream().map(f -> names.name(f.getOutputs().get(0))).collect(Collectors.joining(", "))).append(')');
      }
      if (p instanceof Phase.Parallel par && par.vector() > 0) out.append(" vector(").append(par.vector()).append(')');
      if (p instanceof Phase.Parallel par && par.staged() > 0) out.append(" staged(").append(par.staged()).append(')');
      if (p instanceof Phase.Parallel par && par.early()) out.append(" early");
      if (p instanceof Phase.Parallel par && par.prefetch()) out.append(" prefetch");
      if (p instanceof Phase.Parallel par && par.soloRows() > 0) out.append(" rows(").append(par.soloRows()).append(')');
      if (p instanceof Phase.Parallel par && par.batched() > 0) {
        out.append(" batched(").append(par.batched()).append(par.rows() > 1 ? "x" + par.rows() : "").append(')');
      }
      if (p instanceof Phase.Parallel par && !par.columns().isEmpty()) {
        out.append(" columns(").append(par.columns().stream().map(c -> names.name(c.getOutputs().get(0))).collect(Collectors.joining(", "))).append(')');
      }
      if (p instanceof Phase.Spread sp && !sp.by().isEmpty()) {
        out.append(" by(").append(sp.by().stream().map(c -> names.name(c.getOutputs().get(0))).collect(Collectors.joining(", "))).append(')');
      }
      if (p instanceof Phase.Loop loop) {
        if (loop.ownerRounds()) out.append(" owner-rounds");
        out.append(" {\n");
        phases(loop.body(), indent + "  ");
        out.append(indent).append('}');
      }
      out.append('\n');
    }
  }

  private String outputs(List<Output> outs) {
    return outs.stream().map(o -> names.name(o)).collect(Collectors.joining(", "));
  }

  private String values(List<Value> values) {
    return values.stream().map(names::name).collect(Collectors.joining(", "));
  }
}
