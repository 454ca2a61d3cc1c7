package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.passes.target.TargetDescription;
import java.util.List;

/**
 * Contract: a thread-mapped parallel map whose body is elementwise work feeding one f32 sum in a
 * warp-wide tree order, the sum being the body's last node and only result (a matrix row times a
 * vector), runs one iteration per warp, its lanes loading each chunk of the order as one vector.
 */
public final class MapIterationsToWarpsPass implements SchedulePass {
  @Override
  public String name() {
    return "map-iterations-to-warps";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return SchedulePass.remapThreadMaps(s, MapIterationsToWarpsPass::eligible,
        par -> par.withMapping(Phase.Mapping.WARP).withVector(chunk(par.node())));
  }

  /** The width of the chunks of {@code map}'s sum order, 0 when they are single elements (nothing to load as a vector). */
  static int chunk(Node map) {
    Node sum = map.getRegions().get(0).getNodes().stream().filter(n -> n.getOp() == Op.REDUCE).findFirst().orElseThrow();
    int w = sum.getOrder().getWidth();
    return w > 1 ? w : 0;
  }

  /** Whether a warp may run one iteration of {@code map}: the checker demands this of every warp phase. */
  static boolean eligible(Node map) {
    Region body = map.getRegions().get(0);
    List<Node> nodes = body.getNodes();
    List<Node> sums = nodes.stream().filter(n -> n.getOp() == Op.REDUCE).toList();
    if (sums.size() != 1) return false;
    Node sum = sums.get(0);
    boolean warpOrder = sum.getReduce() == ReduceKind.SUM && sum.getOrder() != null
        && sum.getOrder().getLanes() == TargetDescription.warpOrderLanes() && sum.getOutputs().get(0).getDtype() == DType.F32;
    // the sum must be the last thing computed: every lane then holds its result, nothing follows it
    boolean last = nodes.get(nodes.size() - 1) == sum && body.getResults().size() == 1
        && body.getResults().get(0).getValue() == sum.getOutputs().get(0);
    boolean elementwise = nodes.stream().filter(n -> n != sum).allMatch(n -> n.getRegions().isEmpty() && n.getOp() != Op.SAMPLE);
    return warpOrder && last && elementwise;
  }
}
