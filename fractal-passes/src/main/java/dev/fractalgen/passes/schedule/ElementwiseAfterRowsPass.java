package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contract: a serial elementwise phase (run by the owner blocks) that follows two warp phases with
 * the same items ({@link #sameItems}), with only synchronization between, reads of its region's
 * values only those two phases' (element for element), and is their values' only reader, becomes
 * a spread phase computed {@code by} them: the second phase's warps compute its elements at their
 * items' rows, and the two phases' items go to the same warps. The counter and the owners' wait
 * between go. It applies where that keeps the most items a warp takes at batch 1
 * ({@link #GRID_WARPS}); grid barriers are placed afresh. Every element is computed as the serial
 * phase computed it. (Reading nothing else of the region and being the only reader keep later
 * passes from placing a counter or a barrier between it and the two phases; both phases being
 * batchable or neither keeps {@code take-rows-together} from giving only one of them rows at once.)
 *
 * <p>Why: the stories110M shape's silu(w1) * w3 (2048 elements) waited for the w1 and w3 rows'
 * counter on the owner block, which computed it alone before a grid barrier, where the warp that
 * has just summed w3's row i can compute element i: 634 to 577 us a step at batch 1, 961 to 949 at
 * batch 8 (H200, 2026-12-03, docs/benchmarks.md "SwiGLU's product by the rows' warps"). A spread
 * phase (Llama-3.2-1B's 8192 elements, an element a thread of the grid after a barrier) is left as
 * it is: computed by the gate and up rows' warps, the 1B step measured 1% faster at batch 1 but
 * 1.5%, 2.7% and 10% slower at batches 2, 3 and 8 (the schedule text can still ask for it).
 */
public final class ElementwiseAfterRowsPass implements SchedulePass {
  /**
   * The warps of the H200's grid (132 blocks of 16 warps) the rule assumes: the two phases' items on
   * the same warps take ceil(n / W) twice, where spread over all warps one after the other they take
   * ceil(2n / W); the pass applies only where the two are equal.
   */
  static final long GRID_WARPS = 132 * 16;

  @Override
  public String name() {
    return "elementwise-after-rows";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), PlaceSynchronizationPass.gridBarriersOnly().place(s.graph().getGenerate().getStep(), rewrite(s.step())));
  }

  private static List<Phase> rewrite(List<Phase> phases) {
    List<Phase> out = new ArrayList<>();
    for (Phase p : phases) {
      if (p instanceof Phase.Loop loop) {
        out.add(loop.withBody(rewrite(loop.body())));
        continue;
      }
      int second = lastNonSync(out);
      Phase.Spread by = second >= 1 ? after(out, second, p) : null;
      if (by == null) {
        out.add(p);
        continue;
      }
      while (out.size() > second + 1) out.remove(out.size() - 1);
      out.add(by);
    }
    return out;
  }

  /** The index of the last phase of {@code out} that is not synchronization, -1 for none. */
  private static int lastNonSync(List<Phase> out) {
    for (int i = out.size() - 1; i >= 0; i--) if (!Phase.isSync(out.get(i))) return i;
    return -1;
  }

  /** {@code p} as a spread phase computed by the warp phases at {@code second - 1} and {@code second} of {@code out}, or null. */
  private static Phase.Spread after(List<Phase> out, int second, Phase p) {
    Node node = Phase.node(p);
    boolean elementwiseKind = p instanceof Phase.Serial ser && !ser.replicated();
    if (!elementwiseKind || !FuseElementwiseProducersPass.elementwise(node)) return null;
    if (!(out.get(second - 1) instanceof Phase.Parallel a) || !(out.get(second) instanceof Phase.Parallel b) || !sameItems(a, b)) return null;
    long n = ShareRowsAcrossSequencesPass.knownRows(a.node());
    if (2 * ceil(n, GRID_WARPS) != ceil(2 * n, GRID_WARPS)) return null;
    Phase.Spread spread = new Phase.Spread(node, Phase.fusedSiblings(p), List.of(a.node(), b.node()));
    if (!problems(spread, a, b).isEmpty() || ShareRowsAcrossSequencesPass.sharable(a) != ShareRowsAcrossSequencesPass.sharable(b)) return null;
    // of its region's values it reads only the two phases' (it is in the region: its siblings are)
    Region region = (Region) node.eContainer();
    for (Value v : Phase.reads(spread)) {
      for (Value root : Access.roots(v)) if (root.eContainer() instanceof Node d && d.eContainer() == region) return null;
    }
    // and it is the only reader of their values
    Map<Value, List<Node>> users = FuseElementwiseProducersPass.users(region);
    List<Node> computed = computed(spread);
    for (Node m : List.of(a.node(), b.node())) {
      for (Value v : m.getOutputs()) {
        for (Node user : users.getOrDefault(v, List.of())) if (user == null || !computed.contains(user)) return null;
      }
    }
    return spread;
  }

  /** The nodes {@code spread} computes: its node and the nodes fused into it. */
  private static List<Node> computed(Phase.Spread spread) {
    List<Node> out = new ArrayList<>(spread.fused());
    out.add(spread.node());
    return out;
  }

  private static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * Whether warp phases {@code a} and {@code b} have the same items in every kernel, so that item k
   * of each goes to the same warp once {@code b} starts where {@code a} started: the same known
   * number of rows, taken the same way (rows at once, batched).
   */
  static boolean sameItems(Phase.Parallel a, Phase.Parallel b) {
    long rows = ShareRowsAcrossSequencesPass.knownRows(a.node());
    return a.mapping() == Phase.Mapping.WARP && b.mapping() == Phase.Mapping.WARP && rows > 0
        && rows == ShareRowsAcrossSequencesPass.knownRows(b.node()) && a.soloRows() == b.soloRows() && a.batched() == b.batched()
        && a.rows() == b.rows();
  }

  /**
   * What keeps {@code spread} from being computed by warp phases {@code a} and {@code b} (the two
   * phases right before it): they must have the same items, each yield one value a row, and the
   * spread's node and the nodes fused into it read their values element for element, the node
   * having an element a row.
   */
  static List<String> problems(Phase.Spread spread, Phase.Parallel a, Phase.Parallel b) {
    List<String> out = new ArrayList<>();
    if (!sameItems(a, b)) out.add("the two phases' items differ (both warp phases over the same known number of rows, taken alike)");
    long rows = ShareRowsAcrossSequencesPass.knownRows(a.node());
    Set<Value> byValues = new HashSet<>();
    for (Node m : List.of(a.node(), b.node())) {
      if (m.getOutputs().size() != 1 || TensorType.of(m.getOutputs().get(0)).constantElements() != rows) {
        out.add("a phase computing it does not yield one value a row");
      }
      byValues.addAll(m.getOutputs());
    }
    if (TensorType.of(spread.node().getOutputs().get(0)).constantElements() != rows) out.add("it does not have an element a row");
    for (Node m : computed(spread)) {
      for (var u : m.getOperands()) {
        // a view of a phase's value is read through it, so it counts as that value
        boolean ofThePhases = Access.roots(u.getValue()).stream().anyMatch(byValues::contains);
        if (ofThePhases && (!byValues.contains(u.getValue())
            || !TensorType.of(u.getValue()).shape().equals(TensorType.of(m.getOutputs().get(0)).shape()))) {
          out.add("it reads the phases' values other than element for element");
        }
      }
    }
    return out;
  }
}
