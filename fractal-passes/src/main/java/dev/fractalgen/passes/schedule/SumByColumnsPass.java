package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.ReduceOrder;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.target.TargetDescription;
import java.util.List;

/**
 * Contract: a block phase names in columns(...) the f32 sums of its map body that are in the warp's
 * tree order of one-element chunks, over an axis whose length is known only at run time, with
 * every other axis known when compiling, the axes after the summed one holding at least half a
 * warp of elements, and at most {@link #MAX_SCRATCH_BYTES} of lane sums (a float per order lane
 * and output).
 *
 * <p>Why: summed by warps, a warp takes an output and its lanes take the positions, so each lane
 * reads an element a whole row away from its neighbour's (attention's weighted values: a row of
 * the KV cache per position), one memory line per lane. Summed by columns, a thread takes (order
 * lane, output), neighbouring threads read neighbouring outputs, and the lanes' sums are folded in
 * the order's tree after the block meets. The same values are added in the same order. A machine
 * whose block cannot run it so (its threads or scratch too few) sums by warps.
 */
public final class SumByColumnsPass implements SchedulePass {
  /** Bytes of the lane sums a block keeps for a sum by columns (shared memory on a GPU). */
  public static final long MAX_SCRATCH_BYTES = 16 * 1024;

  @Override
  public String name() {
    return "sum-by-columns";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), SchedulePass.rewrite(s.step(), p ->
        p instanceof Phase.Parallel par && par.mapping() == Phase.Mapping.BLOCK ? par.withColumns(sums(par.node())) : p));
  }

  /** The sums of {@code map}'s body that may be summed by columns. */
  static List<Node> sums(Node map) {
    return map.getRegions().get(0).getNodes().stream().filter(SumByColumnsPass::byColumns).toList();
  }

  /** Whether reduction {@code n} may be summed by columns (the contract's conditions). */
  public static boolean byColumns(Node n) {
    if (n.getOp() != Op.REDUCE || n.getReduce() != ReduceKind.SUM || n.getOutputs().get(0).getDtype() != DType.F32) return false;
    ReduceOrder order = n.getOrder();
    int lanes = TargetDescription.warpOrderLanes();
    if (order == null || order.getLanes() != lanes || order.getWidth() != 1) return false;
    Value x = n.getOperands().get(0).getValue();
    int axis = n.getInts().get(0).intValue();
    List<Dim> shape = x.getShape();
    if (shape.get(axis).getTerms().isEmpty()) return false;
    long outputs = 1, inner = 1;
    for (int d = 0; d < shape.size(); d++) {
      if (d == axis) continue;
      if (!shape.get(d).getTerms().isEmpty()) return false;
      outputs *= shape.get(d).getConstant();
      if (d > axis) inner *= shape.get(d).getConstant();
    }
    return inner >= lanes / 2 && outputs * lanes * 4 <= MAX_SCRATCH_BYTES;
  }
}
