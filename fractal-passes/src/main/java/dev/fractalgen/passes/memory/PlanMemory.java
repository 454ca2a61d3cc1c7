package dev.fractalgen.passes.memory;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import java.util.ArrayList;
import java.util.List;

/**
 * Contract: every weight, param and state of the graph gets its place (the stage "plan-memory"):
 * weights 256-byte aligned in declaration order with ties sharing their target's bytes, params
 * numbered in order, states 16-byte aligned in one per-sequence stride; run-time sizes are bounded
 * by the smallest APPEND capacity, else by {@code defaultMaxPositions}.
 */
public final class PlanMemory {
  private PlanMemory() {
  }

  public static MemoryPlan plan(Graph graph, long defaultMaxPositions) {
    long capacity = appendCapacity(graph);
    Bounds bounds = new Bounds(capacity == 0 ? defaultMaxPositions : capacity);
    List<MemoryPlan.Weight> weights = new ArrayList<>();
    List<MemoryPlan.Param> params = new ArrayList<>();
    List<MemoryPlan.State> states = new ArrayList<>();
    long weightsBytes = 0, stride = 0;
    for (Buffer b : graph.getBuffers()) {
      switch (b.getKind()) {
        case WEIGHT -> {
          if (b.getTiedTo() != null) {
            weights.add(new MemoryPlan.Weight(b.getName(), -1, 0, b.getTiedTo().getName()));
            continue;
          }
          long bytes = bounds.bytes(b);
          weights.add(new MemoryPlan.Weight(b.getName(), weightsBytes, bytes, null));
          weightsBytes += (bytes + 255) & ~255L;
        }
        case PARAM -> params.add(new MemoryPlan.Param(b.getName(), params.size()));
        case STATE -> {
          long bytes = stateBytes(b, bounds);
          states.add(new MemoryPlan.State(b.getName(), stride, bytes));
          stride += (bytes + 15) & ~15L;
        }
        case SEQUENCE -> { }
      }
    }
    return new MemoryPlan(graph.getName(), bounds.maxPositions(), weights, weightsBytes, params, states, stride);
  }

  /** The smallest capacity of the graph's APPEND states (the positions a sequence can reach), 0 without one. */
  public static long appendCapacity(Graph graph) {
    long min = Long.MAX_VALUE;
    for (Buffer b : graph.getBuffers()) {
      if (b.getKind() == BufferKind.STATE && b.getGrowth() == Growth.APPEND) min = Math.min(min, b.getCapacity());
    }
    return min == Long.MAX_VALUE ? 0 : min;
  }

  /** An APPEND state holds capacity rows of its declared shape; a REPLACE state one value. */
  private static long stateBytes(Buffer b, Bounds bounds) {
    long one = bounds.bytes(b);
    return b.getGrowth() == Growth.APPEND ? Math.multiplyExact(one, b.getCapacity()) : one;
  }
}
