package dev.fractalgen.etdg.verify;

/**
 * One problem the verifier found: a stable code for tests to assert, where it is (the offending
 * line in text form, e.g. {@code %x = add %a, %b : f32[64]}) and what is wrong.
 */
public record VerifyError(Code code, String where, String message) {

  /** Stable codes; never renumbered or reused. */
  public enum Code {
    /** A buffer, region argument or node output without a name. */
    UNNAMED_VALUE,
    /** A use of a value that does not dominate it (or is outside the graph, or is nothing). */
    NOT_VISIBLE,
    /** A node with a number of regions its op does not take. */
    REGION_ARITY,
    /** A node whose typing rule fails (see TypeRules). */
    ILL_TYPED,
    /** A node whose declared outputs differ from what its typing rule gives. */
    OUTPUT_TYPE,
    /** The generate step's args or results differ from docs/etdg.md's signature. */
    STEP_SIGNATURE,
    /** A graph without a generate loop or a step region. */
    NO_GENERATE,
    /** A weight without a source or tie, or a tie to something other than an equal weight. */
    WEIGHT_BINDING,
    /** An APPEND state without a positive capacity. */
    STATE_CAPACITY,
    /** A param that is not a scalar or whose default does not fit its dtype. */
    PARAM,
    /** A shape with an unknown symbol, {@code pos} outside the step, or a negative dim. */
    SHAPE
  }

  @Override
  public String toString() {
    return code + " at `" + where + "`: " + message;
  }
}
