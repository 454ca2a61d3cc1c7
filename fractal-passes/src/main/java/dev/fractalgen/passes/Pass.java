package dev.fractalgen.passes;

import dev.fractalgen.etdg.model.Graph;
import java.util.Set;

/**
 * One step of the compiler from ETDG to scheduled ETDG, run by a {@link PassManager}.
 *
 * <p>Implementations hold no state: whatever lives for one compilation goes in the
 * {@link PassContext}. The declared properties let the manager refuse a pipeline whose order
 * cannot work before anything runs.
 */
public interface Pass {
  /** The name pipelines, errors and the RUN lines of pass tests use, kebab-case: {@code fold-constants}. */
  String name();

  /** What must hold of the graph before this pass runs. */
  Set<IrProperty> requires();

  /** What holds of the graph after this pass runs. */
  Set<IrProperty> establishes();

  /** What may stop holding because this pass ran (what it establishes excepted). */
  Set<IrProperty> invalidates();

  /**
   * Whether the pass changes nothing but the orders of reductions, which change results in the last
   * bits on purpose (docs/etdg.md): translation validation then gives the graph before the pass the
   * same orders and demands identical results, which proves the pass changed nothing else.
   */
  default boolean changesOnlyReductionOrders() {
    return false;
  }

  /** Transforms {@code g} in place. */
  void run(Graph g, PassContext ctx);
}
