package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.memory.Bounds;

/**
 * Contract: a warp phase whose first iterated operand is a weight's rows (the weight itself or
 * leading-axis views of it), each row of a size known when compiling, a multiple of 16 bytes and
 * at most {@link #MAX_ROW_BYTES} or a whole number of pieces of that size, is
 * staged({@link #BUFFERS}): each warp copies its next row (or its row's next piece) into shared
 * memory while its lanes read the current one. A phase taking several rows at once
 * ({@link TakeRowsTogetherPass}) loads them itself and is left as it is.
 *
 * <p>Why: a lane's own loads hold registers until their bytes arrive, so a warp has only a few
 * rounds of a row in flight, and a row of 2048 bf16 costs two memory round trips one after the
 * other (Llama-3's down rows of 8192, eight). A copy into shared memory holds none; the whole next
 * row, or two pieces of a long one, is in flight during the current sum. Where the values come
 * from changes, not what is computed or in which order.
 */
public final class StageWeightRowsPass implements SchedulePass {
  /** Row buffers of a warp: the row its lanes read and the next one in flight. */
  public static final int BUFFERS = 2;
  /**
   * The longest row staged: two such rows for each of a 512-thread block's 16 warps is 128 KiB of
   * shared memory (163 KiB a block on sm_80, 227 KiB on sm_90), leaving room for the block arena.
   */
  public static final long MAX_ROW_BYTES = 4096;

  @Override
  public String name() {
    return "stage-weight-rows";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), SchedulePass.rewrite(s.step(), p ->
        p instanceof Phase.Parallel par && par.mapping() == Phase.Mapping.WARP && par.soloRows() == 0 && rowBytes(par.node()) > 0
            ? par.withStaged(BUFFERS) : p));
  }

  /** The bytes of a row of {@code map}'s first iterated operand when it may be staged, else 0. */
  public static long rowBytes(Node map) {
    long bytes = anyRowBytes(map);
    return bytes > 0 && bytes % 16 == 0 && (bytes <= MAX_ROW_BYTES || bytes % MAX_ROW_BYTES == 0) ? bytes : 0;
  }

  /** The bytes of a staged row's buffer: the row, or a piece of {@link #MAX_ROW_BYTES} of a longer one; 0 when not staged. */
  public static long bufferBytes(Node map) {
    return Math.min(rowBytes(map), MAX_ROW_BYTES);
  }

  /** The bytes of a row of {@code map}'s first iterated operand when it is a weight's rows of a size known when compiling, else 0. */
  private static long anyRowBytes(Node map) {
    if (!overWeightRows(map)) return 0;
    Value rows = IrWalk.firstIterated(map);
    long elements = 1;
    for (Dim d : rows.getShape().subList(1, rows.getShape().size())) {
      if (!d.getTerms().isEmpty()) return 0;
      elements *= d.getConstant();
    }
    return elements * Bounds.elementBytes(rows.getDtype());
  }

  /** Whether {@code map}'s first iterated operand is a weight's rows ({@link #isWeightRows}). */
  public static boolean overWeightRows(Node map) {
    Value rows = IrWalk.firstIterated(map);
    return rows != null && isWeightRows(rows);
  }

  /**
   * Whether {@code v} is a weight or a leading-axis view of one. Every such row then starts a whole
   * number of rows past the weight's start (256-byte aligned in the weights blob), so a row of a
   * multiple of 16 bytes is 16-byte aligned, as the copies need.
   */
  public static boolean isWeightRows(Value v) {
    Node d;
    while ((d = IrWalk.definingNode(v)) != null && Access.isView(d)) v = d.getOperands().get(0).getValue();
    return v instanceof Buffer buf && buf.getKind() == BufferKind.WEIGHT;
  }
}
