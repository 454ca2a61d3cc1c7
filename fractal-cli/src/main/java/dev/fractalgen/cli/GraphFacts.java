package dev.fractalgen.cli;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.passes.memory.PlanMemory;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@link LoopFacts} of a lowered program (the reference backend has no bundle to read them from). */
final class GraphFacts {
  private GraphFacts() {}

  static LoopFacts of(Graph g) {
    Map<String, Double> defaults = new LinkedHashMap<>();
    for (Buffer b : g.getBuffers()) {
      if (b.getKind() == BufferKind.PARAM) defaults.put(b.getName(), b.getDefaultValue());
    }
    return new LoopFacts(g.getName(), vocab(g), PlanMemory.appendCapacity(g), defaults);
  }

  /** The length of the logits the step's sample node draws from. */
  private static long vocab(Graph g) {
    return TensorType.of(sampledLogits(g)).dim(0).constant();
  }

  /** The logits the step's sample node draws from (the verifier guarantees one sample node). */
  static Output sampledLogits(Graph g) {
    for (Node n : g.getGenerate().getStep().getNodes()) {
      if (n.getOp() == Op.SAMPLE) return (Output) n.getOperands().get(0).getValue();
    }
    throw new IllegalStateException("the generate step has no sample node");
  }
}
