package dev.fractalgen.passes;

import dev.fractalgen.passes.cleanup.EliminateCommonSubexpressionsPass;
import dev.fractalgen.passes.cleanup.EliminateDeadNodesPass;
import dev.fractalgen.passes.fold.FoldConstantsPass;
import dev.fractalgen.passes.types.InferShapesPass;
import java.util.List;
import java.util.NoSuchElementException;

/** The pipelines of the compiler, as plain code: one line per pass, in the order they run. */
public final class Pipelines {
  private Pipelines() {}

  /** ETDG from the front end to the cleaned-up ETDG every backend starts from. */
  public static PassManager standard() {
    return PassManager.of(
        new InferShapesPass(),                   // first: every later pass trusts the declared types
        new FoldConstantsPass(),                 // before CSE: a folded const may equal another const
        new EliminateCommonSubexpressionsPass(), // after folding, to merge the consts it makes
        new EliminateDeadNodesPass());           // last: folding leaves its const operands unused
  }

  /** Every pass the compiler has, one instance each, for tools and tests that pick passes by name. */
  public static List<Pass> allPasses() {
    return standard().passes();
  }

  /** The pass named {@code name} (see {@link Pass#name()}). */
  public static Pass byName(String name) {
    for (Pass p : allPasses()) if (p.name().equals(name)) return p;
    throw new NoSuchElementException("no pass named '" + name + "'; known: "
        + allPasses().stream().map(Pass::name).toList());
  }
}
