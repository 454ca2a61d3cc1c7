package dev.fractalgen.etdg.build;

import static dev.fractalgen.etdg.build.GraphBuilder.F;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;

/** Appends arguments, nodes and results to one region. */
public final class RegionBuilder {
  private final Region region;

  public RegionBuilder(Region region) {
    this.region = region;
  }

  public Region region() {
    return region;
  }

  public Arg arg(String name, TensorType type, boolean iterated) {
    Arg a = F.createArg();
    a.setName(name);
    a.setIterated(iterated);
    type.applyTo(a);
    region.getArgs().add(a);
    return a;
  }

  /** Appends a node of {@code op}; finish it through the returned builder. */
  public NodeBuilder node(Op op) {
    Node n = F.createNode();
    n.setOp(op);
    SourceSpans.attach(n);
    region.getNodes().add(n);
    return new NodeBuilder(n);
  }

  /** Appends a single-output node without attributes or regions. */
  public Output op(Op op, String name, TensorType type, Value... operands) {
    return node(op).operands(operands).output(name, type);
  }

  /** Sets the region's results. */
  public void results(Value... results) {
    results(List.of(results));
  }

  public void results(List<? extends Value> results) {
    for (Value v : results) region.getResults().add(use(v));
  }

  static Use use(Value v) {
    Use u = F.createUse();
    u.setValue(v);
    return u;
  }
}
