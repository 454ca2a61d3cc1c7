package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.type.TensorType;

/**
 * Contract: a thread-mapped parallel map with one output, whose body yields one value of at least
 * {@link #WIDE} elements (a constant shape), holds no reduce, sample or nested region (a rotated
 * head: slices, products, a concat), and has fewer iterations than {@link #TURNS_A_GROUP} times its
 * elements, runs one iteration per block, the block's threads sharing each body node's elements.
 * One thread computes such a body eight elements at a time, a memory round trip each time
 * (Llama-3.2-1B's heads of 64 rotated values: 17 us a layer); a block's threads take an element
 * each, and a grid of about a hundred blocks runs the iterations in turns.
 */
public final class MapWideBodiesToBlocksPass implements SchedulePass {
  /** Body elements from which a block runs an iteration: two of the groups of eight a thread computes before storing. */
  public static final long WIDE = 16;
  /**
   * Iterations a turn of the grid's blocks takes (about a hundred and more on the GPUs this targets)
   * for each round trip a thread would pay (eight elements): with more iterations than that, each
   * block's turns cost more than the thread's round trips (16-element bodies a thousand times over).
   */
  static final long TURNS_A_GROUP = 128 / 8;

  @Override
  public String name() {
    return "map-wide-bodies-to-blocks";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return SchedulePass.remapThreadMaps(s, MapWideBodiesToBlocksPass::eligible, par -> par.withMapping(Phase.Mapping.BLOCK));
  }

  /** Whether {@code map}'s body is wide elementwise and data-movement work with no reduction or nested region. */
  private static boolean eligible(Node map) {
    Region body = map.getRegions().get(0);
    if (body.getResults().size() != 1 || map.getOutputs().size() != 1) return false;
    for (Node n : body.getNodes()) {
      if (!n.getRegions().isEmpty() || n.getOp() == Op.REDUCE || n.getOp() == Op.SAMPLE) return false;
    }
    long elements = TensorType.of(body.getResults().get(0).getValue()).constantElements();
    // the output's leading axis is the iterations'; a run-time count may be large
    var iterations = TensorType.of(map.getOutputs().get(0)).dim(0);
    return elements >= WIDE && iterations.isConstant() && iterations.constant() < TURNS_A_GROUP * elements;
  }
}
