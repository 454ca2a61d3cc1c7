package dev.fractalgen.passes;

/** A fact about a graph that passes rely on or produce; see {@link Pass#requires()}. */
public enum IrProperty {
  /**
   * Every node output's declared dtype and shape is the one {@code TypeRules} gives. A graph that
   * the Verifier accepts has it.
   */
  TYPES_INFERRED,
  /** No elementwise node of at most FoldConstantsPass.MAX_ELEMENTS elements has only const operands. */
  CONSTANTS_FOLDED,
  /** No two region-free nodes compute the same value where one dominates the other. */
  NO_COMMON_SUBEXPRESSIONS,
  /** Every node reaches a result of the generate step, or is or holds a sample. */
  NO_DEAD_NODES,
  /**
   * Every f32 sum over a constant axis of at least 32 elements carries a declared order (the
   * warp's tree order unless it had one before); see AssignReductionOrdersPass.
   */
  REDUCTION_ORDERS_ASSIGNED
}
