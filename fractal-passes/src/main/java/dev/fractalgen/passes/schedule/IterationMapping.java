package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.passes.order.AssignReductionOrdersPass;
import java.util.List;

/**
 * Chooses what runs one iteration of a parallel map: a block when the body holds a nested map or
 * scan (attention over keys), a warp when the body is elementwise work feeding one f32 sum in a
 * 32-lane tree order whose result the body yields (a matrix row times a vector), else a thread.
 */
final class IterationMapping {
  private IterationMapping() {}

  static Phase.Mapping of(Node map) {
    Region body = map.getRegions().get(0);
    List<Node> nodes = body.getNodes();
    if (nodes.stream().anyMatch(n -> n.getOp() == Op.MAP || n.getOp() == Op.SCAN)) return Phase.Mapping.BLOCK;
    List<Node> sums = nodes.stream().filter(n -> n.getOp() == Op.REDUCE).toList();
    if (sums.size() != 1) return Phase.Mapping.THREAD;
    Node sum = sums.get(0);
    boolean warpOrder = sum.getReduce() == ReduceKind.SUM && sum.getOrder() != null
        && sum.getOrder().getLanes() == AssignReductionOrdersPass.LANES && sum.getOutputs().get(0).getDtype() == DType.F32;
    // the sum must be the last thing computed: every lane then holds its result, nothing follows it
    boolean last = nodes.get(nodes.size() - 1) == sum && body.getResults().size() == 1
        && body.getResults().get(0).getValue() == sum.getOutputs().get(0);
    boolean elementwise = nodes.stream().filter(n -> n != sum).allMatch(n -> n.getRegions().isEmpty() && n.getOp() != Op.SAMPLE);
    return warpOrder && last && elementwise ? Phase.Mapping.WARP : Phase.Mapping.THREAD;
  }
}
