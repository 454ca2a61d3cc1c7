package dev.fractalgen.etdg.build;

import static dev.fractalgen.etdg.build.GraphBuilder.F;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.ReduceOrder;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;

/** Fills in one node: operands, attributes, nested regions and outputs. */
public final class NodeBuilder {
  private final Node node;

  NodeBuilder(Node node) {
    this.node = node;
  }

  public Node node() {
    return node;
  }

  public NodeBuilder operands(Value... values) {
    return operands(List.of(values));
  }

  public NodeBuilder operands(List<? extends Value> values) {
    for (Value v : values) node.getOperands().add(RegionBuilder.use(v));
    return this;
  }

  public NodeBuilder ints(long... values) {
    for (long v : values) node.getInts().add(v);
    return this;
  }

  public NodeBuilder data(double... values) {
    for (double v : values) node.getData().add(v);
    return this;
  }

  public NodeBuilder reduce(ReduceKind kind) {
    node.setReduce(kind);
    return this;
  }

  /** The tree order {@code tree(lanes, width)} of a sum or product (docs/etdg.md, "Reduction orders"). */
  public NodeBuilder order(int lanes, int width) {
    ReduceOrder o = F.createReduceOrder();
    o.setLanes(lanes);
    o.setWidth(width);
    node.setOrder(o);
    return this;
  }

  /** Adds a nested region and returns its builder. */
  public RegionBuilder region() {
    Region r = F.createRegion();
    node.getRegions().add(r);
    return new RegionBuilder(r);
  }

  /** Adds an output; nodes with several outputs call this once per output, in order. */
  public Output output(String name, TensorType type) {
    Output o = F.createOutput();
    o.setName(name);
    type.applyTo(o);
    node.getOutputs().add(o);
    return o;
  }
}
