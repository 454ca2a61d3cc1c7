package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;

/**
 * A run-time error of the reference interpreter: an index out of range, a value whose shape or
 * dtype differs from its declaration, a missing weight, a rejected generate call.
 *
 * <p>Errors raised while evaluating a node name it by op and first output
 * ({@code "index %x: index 7 out of range [0, 5) on axis 0"}); errors of a whole generate call
 * (an empty prompt, a state too small) name no node.
 */
public final class InterpreterException extends RuntimeException {
  private final Op op;
  private final String outputName;

  /** An error of the node {@code node}. */
  public InterpreterException(Node node, String message) {
    this(node, message, null);
  }

  public InterpreterException(Node node, String message, Throwable cause) {
    super(describe(node) + ": " + message, cause);
    this.op = node.getOp();
    this.outputName = node.getOutputs().isEmpty() ? null : node.getOutputs().get(0).getName();
  }

  /** An error not tied to one node. */
  public InterpreterException(String message) {
    super(message);
    this.op = null;
    this.outputName = null;
  }

  /** The op of the failing node, or null when no node is at fault. */
  public Op op() {
    return op;
  }

  /** The name of the failing node's first output, or null. */
  public String outputName() {
    return outputName;
  }

  /** {@code "reduce.sum %s"} style: the op as docs/etdg.md spells it and the first output. */
  static String describe(Node node) {
    String op = node.getOp().getLiteral().toLowerCase();
    if (node.getReduce() != null && node.getOp() == Op.REDUCE) op += "." + node.getReduce().getLiteral().toLowerCase();
    String out = node.getOutputs().isEmpty() ? "(no output)" : "%" + node.getOutputs().get(0).getName();
    return op + " " + out + dev.fractalgen.etdg.build.SourceSpans.of(node).map(at -> " (" + at + ")").orElse("");
  }
}
