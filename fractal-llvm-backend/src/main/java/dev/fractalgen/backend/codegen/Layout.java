package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.memory.Bounds;
import dev.fractalgen.passes.memory.MemoryPlan;
import dev.fractalgen.passes.schedule.ReadInPlace;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The memory plan as the emitter reads it, by buffer: weight offsets in the weights blob (a tied
 * weight at its target's offset), the index of each param in the param table, each state's place
 * in a sequence's state storage, each grid value's offset in a sequence's scratch; and a stable
 * number for every node (error details name it).
 */
public final class Layout {
  private final MemoryPlan plan;
  private final Bounds bounds;
  private final Map<Buffer, Long> weightOffsets = new LinkedHashMap<>();
  private final Map<Buffer, Integer> paramIndex = new LinkedHashMap<>();
  private final Map<Buffer, Long> stateOffsets = new LinkedHashMap<>();
  private final Map<Buffer, Long> stateBytes = new HashMap<>();
  private final Map<Node, Integer> nodeIds = new HashMap<>();
  private final Map<Value, Long> scratchOffsets = new HashMap<>();
  /** Body values of parallel phases: offsets in the slot or block arena, and each phase's planned bytes. */
  private final Map<Value, Long> bodyOffsets = new HashMap<>();
  private final Map<Node, Long> phaseBytes = new HashMap<>();
  private final Set<Node> readInPlace;

  public Layout(Graph graph, MemoryPlan plan) {
    this.plan = plan;
    this.bounds = new Bounds(plan.maxPositions());
    for (Buffer b : graph.getBuffers()) {
      switch (b.getKind()) {
        case WEIGHT -> {
          MemoryPlan.Weight w = plan.weight(b.getName());
          weightOffsets.put(b, (w.tiedTo() == null ? w : plan.weight(w.tiedTo())).offset());
        }
        case PARAM -> {
          // the runtime fills the param table with 4-byte values
          if (HalfFloats.isHalf(b.getDtype())) {
            throw new BackendException(BackendException.UNSUPPORTED, "param " + b.getName() + " is " + b.getDtype().getLiteral().toLowerCase() + "; params must be f32 or i32");
          }
          paramIndex.put(b, plan.param(b.getName()).slot());
        }
        case STATE -> {
          stateOffsets.put(b, plan.state(b.getName()).offset());
          stateBytes.put(b, plan.state(b.getName()).bytes());
        }
        case SEQUENCE -> { }
      }
    }
    List<Node> all = IrWalk.nodes(IrWalk.step(graph));
    for (int i = 0; i < all.size(); i++) nodeIds.put(all.get(i), i);
    readInPlace = ReadInPlace.of(graph);
    Map<String, Long> planned = new HashMap<>();
    for (MemoryPlan.Scratch x : plan.scratch()) planned.put(x.name(), x.offset());
    EtdgPrinter names = new EtdgPrinter(graph);
    Map<String, MemoryPlan.PhaseScratch> phases = new HashMap<>();
    for (MemoryPlan.PhaseScratch p : plan.phases()) phases.put(p.map(), p);
    for (Node n : all) {
      for (Value v : n.getOutputs()) {
        Long off = planned.get(MemoryPlan.nameOf(names, v));
        if (off != null) scratchOffsets.put(v, off);
      }
      MemoryPlan.PhaseScratch p = n.getOutputs().isEmpty() ? null : phases.get(MemoryPlan.nameOf(names, n.getOutputs().get(0)));
      if (n.getOp() != Op.MAP || p == null) continue;
      phaseBytes.put(n, p.bytes());
      Map<String, Long> values = new HashMap<>();
      for (MemoryPlan.Scratch x : p.values()) values.put(x.name(), x.offset());
      for (Node m : n.getRegions().get(0).getNodes()) {
        for (Value v : m.getOutputs()) {
          Long off = values.get(MemoryPlan.nameOf(names, v));
          if (off != null) bodyOffsets.put(v, off);
        }
      }
    }
  }

  public Bounds bounds() { return bounds; }
  public long maxPositions() { return plan.maxPositions(); }
  public long weightsBytes() { return plan.weightsBytes(); }
  public long stateStride() { return plan.stateStride(); }
  public long weightOffset(Buffer b) { return weightOffsets.get(b); }
  public int paramIndex(Buffer b) { return paramIndex.get(b); }
  public long stateOffset(Buffer b) { return stateOffsets.get(b); }
  /** Each node's number, the detail word of its run-time errors. */
  public Map<Node, Integer> nodeIds() { return nodeIds; }
  /** Bytes of a sequence's scratch the plan places; the emitter's own scratch follows. */
  long scratchBytes() { return plan.scratchBytes(); }
  /**
   * The planned offset of {@code v} in {@code arena}: a grid value's in a sequence's scratch, a
   * parallel phase's body value's in the slot or block scratch; -1 when the emitter places it.
   */
  long scratchOffset(Value v, Allocator.Arena arena) {
    return (arena == Allocator.Arena.SEQUENCE ? scratchOffsets : bodyOffsets).getOrDefault(v, -1L);
  }
  /** Bytes the plan places for one iteration of the parallel phase of {@code map}; the emitter's own follow. */
  long phaseBytes(Node map) { return phaseBytes.getOrDefault(map, 0L); }
  /** Whether data-movement node {@code n} is never stored, its users reading its operands in place. */
  boolean readInPlace(Node n) { return readInPlace.contains(n); }

  /** An APPEND state holds capacity rows of its declared shape; a REPLACE state one value. */
  public long stateBytes(Buffer b) {
    return stateBytes.get(b);
  }
}
