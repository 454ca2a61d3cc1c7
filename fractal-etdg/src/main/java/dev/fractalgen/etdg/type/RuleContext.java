package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * What one typing rule sees of its node (operand types, attributes, declared outputs) and where it
 * records problems; the arity helpers record a problem and answer false so rules can stop early.
 */
final class RuleContext {
  final Node node;
  private final List<TensorType> operands = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  RuleContext(Node node) {
    this.node = node;
    for (Use u : node.getOperands()) {
      Value v = u == null ? null : u.getValue();
      operands.add(v == null ? null : TensorType.of(v));
    }
  }

  String opName() {
    return node.getOp().getLiteral().toLowerCase();
  }

  List<String> problems() {
    return problems;
  }

  void problem(String message) {
    problems.add(message);
  }

  /** False (with a problem per missing value) when some operand refers to no value. */
  boolean operandsResolved() {
    boolean ok = true;
    for (int i = 0; i < operands.size(); i++) {
      if (operands.get(i) == null) {
        problem("operand " + i + " refers to no value");
        ok = false;
      }
    }
    return ok;
  }

  int operandCount() {
    return operands.size();
  }

  TensorType operand(int i) {
    return operands.get(i);
  }

  List<TensorType> operands() {
    return operands;
  }

  boolean expectOperands(int n) {
    if (operands.size() == n) return true;
    problem(opName() + " takes " + n + " operand" + (n == 1 ? "" : "s") + ", has " + operands.size());
    return false;
  }

  boolean expectOperandsAtLeast(int n) {
    if (operands.size() >= n) return true;
    problem(opName() + " takes at least " + n + " operand" + (n == 1 ? "" : "s") + ", has " + operands.size());
    return false;
  }

  boolean expectInts(int n) {
    int has = node.getInts().size();
    if (has == n) return true;
    problem(opName() + " takes " + n + " int attribute" + (n == 1 ? "" : "s") + ", has " + has);
    return false;
  }

  long intAt(int i) {
    return node.getInts().get(i);
  }

  /** An axis attribute in {@code [0, rank)}, else a problem and -1. */
  int axis(long axis, TensorType of, String what) {
    if (axis >= 0 && axis < of.rank()) return (int) axis;
    problem(what + " axis " + axis + " is out of range for " + of);
    return -1;
  }

  /** The single declared output's type, for rules that read part of their result from it. */
  TensorType declared() {
    if (node.getOutputs().size() == 1) return TensorType.of(node.getOutputs().get(0));
    problem(opName() + " needs exactly one declared output, has " + node.getOutputs().size());
    return null;
  }

  boolean expect(TensorType actual, TensorType expected, String what) {
    if (actual.equals(expected)) return true;
    problem(what + " is " + actual + ", expected " + expected);
    return false;
  }
}
