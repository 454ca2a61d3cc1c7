package dev.fractalgen.cli;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.type.TensorType;

/** What the command line needs to know about a lowered program to validate a run's input. */
final class GraphFacts {
  private final Graph g;

  GraphFacts(Graph g) {
    this.g = g;
  }

  /** The vocabulary size: the length of the logits the step's sample node draws from. */
  long vocab() {
    for (Node n : g.getGenerate().getStep().getNodes()) {
      if (n.getOp() == Op.SAMPLE) return TensorType.of(n.getOperands().get(0).getValue()).dim(0).constant();
    }
    throw new IllegalStateException("the generate step has no sample node");
  }

  /** The smallest capacity of an APPEND state, or 0 when the loop has none. */
  long capacity() {
    long cap = 0;
    for (Buffer b : g.getBuffers()) {
      if (b.getKind() == BufferKind.STATE && b.getGrowth() == Growth.APPEND) cap = cap == 0 ? b.getCapacity() : Math.min(cap, b.getCapacity());
    }
    return cap;
  }

  double defaultParam(String name) {
    for (Buffer b : g.getBuffers()) if (b.getKind() == BufferKind.PARAM && b.getName().equals(name)) return b.getDefaultValue();
    throw new IllegalStateException("no parameter " + name);
  }
}
