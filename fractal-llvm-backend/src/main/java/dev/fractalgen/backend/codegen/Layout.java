package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.memory.Bounds;
import dev.fractalgen.passes.memory.MemoryPlan;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The memory plan as the emitter reads it, by buffer: weight offsets in the weights blob (a tied
 * weight at its target's offset), the index of each param in the param table, each state's place
 * in a sequence's state storage; and a stable number for every node (error details name it).
 */
public final class Layout {
  private final MemoryPlan plan;
  private final Bounds bounds;
  private final Map<Buffer, Long> weightOffsets = new LinkedHashMap<>();
  private final Map<Buffer, Integer> paramIndex = new LinkedHashMap<>();
  private final Map<Buffer, Long> stateOffsets = new LinkedHashMap<>();
  private final Map<Buffer, Long> stateBytes = new HashMap<>();
  private final Map<Node, Integer> nodeIds = new HashMap<>();

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
  }

  public Bounds bounds() { return bounds; }
  public long maxPositions() { return plan.maxPositions(); }
  public long weightsBytes() { return plan.weightsBytes(); }
  public long stateStride() { return plan.stateStride(); }
  public long weightOffset(Buffer b) { return weightOffsets.get(b); }
  public int paramIndex(Buffer b) { return paramIndex.get(b); }
  public long stateOffset(Buffer b) { return stateOffsets.get(b); }
  Map<Node, Integer> nodeIds() { return nodeIds; }

  /** An APPEND state holds capacity rows of its declared shape; a REPLACE state one value. */
  public long stateBytes(Buffer b) {
    return stateBytes.get(b);
  }
}
