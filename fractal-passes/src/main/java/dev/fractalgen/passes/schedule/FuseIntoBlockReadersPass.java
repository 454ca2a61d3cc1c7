package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contract: in a block-mapped phase, a node the block shares is fused when its one reader, a
 * computing node of the same body, can compute each element it reads: an elementwise node, or a
 * map whose body is only views and fused nodes (attention's weighted value rows go straight into
 * their sum over positions, and the block never writes the [positions, head] array out); and an
 * elementwise node that is only the body's result, which the block's threads compute as they copy
 * it out (a row times a scalar goes straight to the map's output, not through the block's arena).
 */
public final class FuseIntoBlockReadersPass implements SchedulePass {
  @Override
  public String name() {
    return "fuse-into-block-readers";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), SchedulePass.rewrite(s.step(), p ->
        p instanceof Phase.Parallel par && par.mapping() == Phase.Mapping.BLOCK ? par.withFused(withBlockNodes(par, par.fused())) : p));
  }

  /**
   * {@code fused} (the body's inner fused nodes) with the block's own nodes that may be fused
   * given them, in body order: a map before its body's nodes.
   */
  static List<Node> withBlockNodes(Phase.Parallel par, List<Node> fused) {
    Region body = par.node().getRegions().get(0);
    Map<Value, List<Node>> users = new HashMap<>();
    FuseElementwiseProducersPass.uses(body, users);
    List<Node> own = new ArrayList<>();
    for (Node n : body.getNodes()) {
      if (FuseElementwiseProducersPass.eligible(n, users) || elementwiseMap(n, users, fused)) own.add(n);
    }
    List<Node> out = new ArrayList<>();
    for (Node n : body.getNodes()) collect(n, own, fused, out);
    return out;
  }

  private static void collect(Node n, List<Node> own, List<Node> fused, List<Node> out) {
    if (own.contains(n) || fused.contains(n)) out.add(n);
    for (Region inner : n.getRegions()) for (Node m : inner.getNodes()) collect(m, own, fused, out);
  }

  /** Whether {@code n} is a map read by one computing node of its region, its body only views and {@code fused} nodes. */
  private static boolean elementwiseMap(Node n, Map<Value, List<Node>> users, List<Node> fused) {
    return n.getOp() == Op.MAP && FuseElementwiseProducersPass.readByOneComputingNode(n, users) && bodyFused(n, fused);
  }

  /** Whether every node of {@code map}'s body is a view or one of {@code fused}. */
  static boolean bodyFused(Node map, List<Node> fused) {
    return map.getRegions().get(0).getNodes().stream().allMatch(m -> Access.isView(m) || fused.contains(m));
  }
}
