package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.passes.IrWalk;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a graph's buffers live for the kernel: weight offsets in the weights blob (256-byte
 * aligned, a tied weight sharing its target's bytes), the index of each param in the param table,
 * each state's place in a sequence's state storage, and a stable number for every node (error
 * details name it).
 */
public final class Layout {
  private final Bounds bounds;
  private final Map<Buffer, Long> weightOffsets = new LinkedHashMap<>();
  private final Map<Buffer, Integer> paramIndex = new LinkedHashMap<>();
  private final Map<Buffer, Long> stateOffsets = new LinkedHashMap<>();
  private final Map<Node, Integer> nodeIds = new HashMap<>();
  private long weightsBytes;
  private long stateStride;

  public Layout(Graph graph, long defaultMaxPositions) {
    long minCapacity = Long.MAX_VALUE;
    for (Buffer b : graph.getBuffers()) {
      if (b.getKind() == BufferKind.STATE && b.getGrowth() == Growth.APPEND) minCapacity = Math.min(minCapacity, b.getCapacity());
    }
    this.bounds = new Bounds(minCapacity == Long.MAX_VALUE ? defaultMaxPositions : minCapacity);
    for (Buffer b : graph.getBuffers()) {
      switch (b.getKind()) {
        case WEIGHT -> {
          if (b.getTiedTo() != null) continue;
          weightOffsets.put(b, weightsBytes);
          weightsBytes += (bounds.bytes(b) + 255) & ~255L;
        }
        case PARAM -> {
          // the runtime fills the param table with 4-byte values
          if (b.getDtype() == DType.F16 || b.getDtype() == DType.BF16) {
            throw new BackendException(BackendException.UNSUPPORTED, "param " + b.getName() + " is " + b.getDtype().getLiteral().toLowerCase() + "; params must be f32 or i32");
          }
          paramIndex.put(b, paramIndex.size());
        }
        case STATE -> {
          stateOffsets.put(b, stateStride);
          stateStride += (stateBytes(b) + 15) & ~15L;
        }
        case SEQUENCE -> { }
      }
    }
    for (Buffer b : graph.getBuffers()) {
      if (b.getKind() == BufferKind.WEIGHT && b.getTiedTo() != null) weightOffsets.put(b, weightOffsets.get(b.getTiedTo()));
    }
    List<Node> all = IrWalk.nodes(IrWalk.step(graph));
    for (int i = 0; i < all.size(); i++) nodeIds.put(all.get(i), i);
  }

  public Bounds bounds() { return bounds; }
  public long maxPositions() { return bounds.maxPositions(); }
  public long weightsBytes() { return weightsBytes; }
  public long stateStride() { return stateStride; }
  public long weightOffset(Buffer b) { return weightOffsets.get(b); }
  public int paramIndex(Buffer b) { return paramIndex.get(b); }
  public long stateOffset(Buffer b) { return stateOffsets.get(b); }
  public Map<Buffer, Long> weightOffsets() { return weightOffsets; }
  public Map<Buffer, Integer> paramIndices() { return paramIndex; }
  public Map<Buffer, Long> stateOffsets() { return stateOffsets; }
  Map<Node, Integer> nodeIds() { return nodeIds; }

  /** An APPEND state holds capacity rows of its declared shape; a REPLACE state one value. */
  public long stateBytes(Buffer b) {
    long one = bounds.bytes(b);
    return b.getGrowth() == Growth.APPEND ? Math.multiplyExact(one, b.getCapacity()) : one;
  }
}
