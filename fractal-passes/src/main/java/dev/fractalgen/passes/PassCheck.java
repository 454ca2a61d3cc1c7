package dev.fractalgen.passes;

import dev.fractalgen.etdg.model.Graph;

/**
 * A check the {@link PassManager} runs after each pass on the graph before and after it, e.g.
 * translation validation with the reference interpreter; it throws to reject the pass's result.
 */
@FunctionalInterface
public interface PassCheck {
  /**
   * @param before a copy of the graph taken just before {@code pass} ran
   * @param after the graph {@code pass} transformed (already verified when verification is on)
   */
  void afterPass(Pass pass, Graph before, Graph after, PassContext ctx);
}
