package dev.fractalgen.dsl.elab;

/** Stable codes of the language's diagnostics; tools and tests match on these, never on messages. */
public final class IssueCodes {
  private IssueCodes() {}

  public static final String SYNTAX = "syntax";
  public static final String UNKNOWN_NAME = "unknown-name";
  public static final String UNKNOWN_FUNCTION = "unknown-function";
  public static final String DUPLICATE_NAME = "duplicate-name";
  public static final String DTYPE_MISMATCH = "dtype-mismatch";
  public static final String SHAPE_MISMATCH = "shape-mismatch";
  public static final String LAMBDA_ARITY = "lambda-arity";
  public static final String ARGUMENT_COUNT = "argument-count";
  public static final String REDUCE_AXIS = "reduce-axis";
  public static final String UNKNOWN_REDUCE_OP = "unknown-reduce-op";
  public static final String SCAN_STATE_TYPE = "scan-state-type";
  public static final String NOT_STATIC = "not-static";
  public static final String BAD_CONFIG = "bad-config";
  public static final String UNBOUND_WEIGHT = "unbound-weight";
  public static final String DUPLICATE_BINDING = "duplicate-binding";
  public static final String MISSING_STOP_RULE = "missing-stop-rule";
  public static final String CAPACITY_TOO_SMALL = "capacity-too-small";
  public static final String STATE_UPDATE = "state-update";
  public static final String BAD_SETTING = "bad-setting";
  /** A warning: an eos id outside the logits, which no sequence can produce. */
  public static final String EOS_OUTSIDE_VOCABULARY = "eos-outside-vocabulary";
  public static final String MISSING_GENERATE = "missing-generate";
  public static final String NOT_A_TENSOR = "not-a-tensor";
  public static final String INDEX_RANGE = "index-range";
  /** The program text is larger than the front end accepts (SourceLimits.MAX_CHARS). */
  public static final String PROGRAM_TOO_LARGE = "program-too-large";
  /** Brackets nest deeper than SourceLimits.MAX_DEPTH, or an expression recurses past the front end's stack. */
  public static final String NESTING_TOO_DEEP = "nesting-too-deep";
  public static final String DIVISION_BY_ZERO = "division-by-zero";
  public static final String RECURSION = "recursion";
}
