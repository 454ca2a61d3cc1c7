package dev.fractalgen.passes;

import dev.fractalgen.passes.cleanup.EliminateCommonSubexpressionsPass;
import dev.fractalgen.passes.cleanup.EliminateDeadNodesPass;
import dev.fractalgen.passes.fold.FoldConstantsPass;
import dev.fractalgen.passes.loop.HoistScanInvariantsPass;
import dev.fractalgen.passes.order.AssignReductionOrdersPass;
import dev.fractalgen.passes.types.InferShapesPass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** The pipelines of the compiler, as plain code: one line per pass, in the order they run. */
public final class Pipelines {
  private Pipelines() {}

  /** ETDG from the front end to the cleaned-up ETDG every backend starts from. */
  public static PassManager standard() {
    return PassManager.of(
        new InferShapesPass(),                   // first: every later pass trusts the declared types
        new FoldConstantsPass(),                 // before CSE: a folded const may equal another const
        new HoistScanInvariantsPass(),           // before CSE: the tables of q's and k's rotations are one
        new EliminateCommonSubexpressionsPass(), // after folding, to merge the consts it makes
        new EliminateDeadNodesPass());           // last: folding leaves its const operands unused
  }

  /**
   * The standard pipeline, then the orders of long sums set to what a warp computes (they change
   * results in the last bits, so every backend and the reference must run the same graph).
   */
  public static PassManager warpOrders() {
    List<Pass> passes = new ArrayList<>(standard().passes());
    passes.add(new AssignReductionOrdersPass());
    return PassManager.of(passes.toArray(Pass[]::new));
  }

  /** The pipelines tools name, in the order they are listed: none, standard, warp-orders (the default of compile and run). */
  private static final Map<String, Supplier<PassManager>> NAMED = new LinkedHashMap<>();

  static {
    NAMED.put("none", PassManager::of);
    NAMED.put("standard", Pipelines::standard);
    NAMED.put("warp-orders", Pipelines::warpOrders);
  }

  /** The names {@link #named} accepts. */
  public static final List<String> NAMES = List.copyOf(NAMED.keySet());

  /** The pipeline called {@code name} (one of {@link #NAMES}). */
  public static PassManager named(String name) {
    Supplier<PassManager> p = NAMED.get(name);
    if (p == null) throw new NoSuchElementException("no pipeline named '" + name + "'; known: " + NAMES);
    return p.get();
  }

  /** Every pass the compiler has, one instance each, for tools and tests that pick passes by name. */
  public static List<Pass> allPasses() {
    return warpOrders().passes();
  }

  /** The pass named {@code name} (see {@link Pass#name()}). */
  public static Pass byName(String name) {
    for (Pass p : allPasses()) if (p.name().equals(name)) return p;
    throw new NoSuchElementException("no pass named '" + name + "'; known: "
        + allPasses().stream().map(Pass::name).toList());
  }
}
