package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.type.TensorType;

/**
 * Contract: a thread-mapped parallel map whose body yields one value of at least {@link #WIDE}
 * elements (a constant shape) and holds no sum (a rotated head: slices, products, a concat) runs
 * one iteration per block, the block's threads sharing each body node's elements. One thread
 * computes such a body a few elements at a time, a memory round trip each time (Llama-3.2-1B's
 * heads of 64 rotated values: 17 us a layer); a block's threads take an element each.
 */
public final class MapWideBodiesToBlocksPass implements SchedulePass {
  /** Body elements from which a block runs an iteration: two of the groups a thread computes before storing (8). */
  public static final long WIDE = 16;

  @Override
  public String name() {
    return "map-wide-bodies-to-blocks";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), SchedulePass.rewrite(s.step(), p ->
        p instanceof Phase.Parallel par && par.mapping() == Phase.Mapping.THREAD && eligible(par.node())
            ? par.withMapping(Phase.Mapping.BLOCK) : p));
  }

  /** Whether {@code map}'s body is wide elementwise and data-movement work with no reduction or nested region. */
  private static boolean eligible(Node map) {
    Region body = map.getRegions().get(0);
    if (body.getResults().size() != 1 || map.getOutputs().size() != 1) return false;
    for (Node n : body.getNodes()) {
      if (!n.getRegions().isEmpty() || n.getOp() == Op.REDUCE || n.getOp() == Op.SAMPLE) return false;
    }
    return TensorType.of(body.getResults().get(0).getValue()).constantElements() >= WIDE;
  }
}
