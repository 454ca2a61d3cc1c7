package dev.fractalgen.passes.memory;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.Phase;
import dev.fractalgen.passes.schedule.ReadInPlace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contract: every weight, param, state and grid value of the scheduled graph gets its place (the
 * stage "plan-memory"): weights 256-byte aligned in declaration order with ties sharing their
 * target's bytes, params numbered in order, states 16-byte aligned in one per-sequence stride,
 * grid values 16-byte aligned in a sequence's scratch, first fit in the order written, sharing
 * bytes with values whose live epochs they do not meet, and likewise each parallel phase's body
 * values in a thread's slot or a block's scratch; run-time sizes are bounded by the smallest
 * APPEND capacity, else by {@code defaultMaxPositions}.
 */
public final class PlanMemory {
  private PlanMemory() {
  }

  public static MemoryPlan plan(GridSchedule schedule, long defaultMaxPositions) {
    Graph graph = schedule.graph();
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
    EtdgPrinter names = new EtdgPrinter(graph);
    Set<Node> inPlace = ReadInPlace.of(graph);
    List<MemoryPlan.Scratch> scratch = place(ScratchLiveness.of(schedule, inPlace), bounds, names);
    List<MemoryPlan.PhaseScratch> phases = new ArrayList<>();
    for (Phase.Parallel p : parallelPhases(schedule.step(), new ArrayList<>())) {
      List<MemoryPlan.Scratch> values = place(ScratchLiveness.ofBody(p, inPlace), bounds, names);
      phases.add(new MemoryPlan.PhaseScratch(MemoryPlan.nameOf(names, p.node().getOutputs().get(0)),
          p.mapping() == Phase.Mapping.BLOCK ? "block" : "slot", end(values), values));
    }
    return new MemoryPlan(graph.getName(), bounds.maxPositions(), weights, weightsBytes, params, states, stride, scratch, end(scratch), phases);
  }

  /** The parallel phases of {@code phases}, loop bodies included, in schedule order. */
  static List<Phase.Parallel> parallelPhases(List<Phase> phases, List<Phase.Parallel> out) {
    for (Phase p : phases) {
      if (p instanceof Phase.Parallel par) out.add(par);
      if (p instanceof Phase.Loop l) parallelPhases(l.body(), out);
    }
    return out;
  }

  private static long end(List<MemoryPlan.Scratch> values) {
    return values.stream().mapToLong(x -> x.offset() + aligned(x.bytes())).max().orElse(0);
  }

  /** First fit in the order written: each value at the lowest 16-byte aligned offset clear of every placed value it is live with. */
  private static List<MemoryPlan.Scratch> place(Map<Value, ScratchLiveness.Interval> values, Bounds bounds, EtdgPrinter names) {
    List<MemoryPlan.Scratch> placed = new ArrayList<>();
    for (Map.Entry<Value, ScratchLiveness.Interval> e : values.entrySet()) {
      ScratchLiveness.Interval live = e.getValue();
      long bytes = bounds.bytes(e.getKey());
      List<MemoryPlan.Scratch> clash = placed.stream().filter(p -> live.meets(new ScratchLiveness.Interval(p.def(), p.last())))
          .sorted(Comparator.comparingLong(MemoryPlan.Scratch::offset)).toList();
      long at = 0;
      for (MemoryPlan.Scratch c : clash) {
        if (at + aligned(bytes) <= c.offset()) break;
        at = Math.max(at, c.offset() + aligned(c.bytes()));
      }
      placed.add(new MemoryPlan.Scratch(MemoryPlan.nameOf(names, e.getKey()), at, bytes, live.def(), live.last()));
    }
    return placed;
  }

  private static long aligned(long bytes) {
    return (Math.max(bytes, 1) + 15) & ~15L;
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
