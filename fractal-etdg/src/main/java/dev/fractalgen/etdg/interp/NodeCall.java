package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import java.util.Arrays;
import java.util.List;

/**
 * One evaluation of one node: its operand values, its declared outputs under the current sizes,
 * and checked accessors whose failures become {@link InterpreterException}s naming the node.
 */
final class NodeCall {
  final Node node;
  private final List<HostTensor> in;
  final Scope scope;
  final RegionEvaluator evaluator;

  NodeCall(Node node, List<HostTensor> in, Scope scope, RegionEvaluator evaluator) {
    this.node = node;
    this.in = List.copyOf(in);
    this.scope = scope;
    this.evaluator = evaluator;
  }

  Op op() {
    return node.getOp();
  }

  EvalContext ctx() {
    return evaluator.ctx();
  }

  InterpreterException fail(String format, Object... args) {
    return new InterpreterException(node, String.format(java.util.Locale.ROOT, format, args));
  }

  int arity() {
    return in.size();
  }

  HostTensor in(int i) {
    return in.get(i);
  }

  List<HostTensor> inputs() {
    return in;
  }

  void expectArity(int n) {
    if (in.size() != n) throw fail("expects %d operands, got %d", n, in.size());
  }

  void expectAttrs(int n) {
    if (node.getInts().size() != n) throw fail("expects %d integer attributes, got %s", n, node.getInts());
  }

  long attr(int i) {
    return node.getInts().get(i);
  }

  /** Attribute {@code i} as an axis of a rank-{@code rank} value. */
  int axis(int i, int rank) {
    long a = attr(i);
    if (a < 0 || a >= rank) throw fail("axis %d out of range for rank %d", a, rank);
    return (int) a;
  }

  int outCount() {
    return node.getOutputs().size();
  }

  DType outDtype(int j) {
    if (j >= outCount()) throw fail("expects at least %d outputs, has %d", j + 1, outCount());
    return node.getOutputs().get(j).getDtype();
  }

  /** Output {@code j}'s declared shape under the current sizes. */
  long[] outShape(int j) {
    if (j >= outCount()) throw fail("expects at least %d outputs, has %d", j + 1, outCount());
    return ctx().shapeOf(node.getOutputs().get(j), node);
  }

  /** Operand {@code i} as an i32 scalar. */
  int scalarInt(int i, String what) {
    HostTensor t = in(i);
    if (t.dtype() != DType.I32 || t.rank() != 0) throw fail("%s must be i32[], got %s", what, t.typeString());
    return t.intAt(0);
  }

  /** Operand {@code i} as a floating scalar. */
  float scalarFloat(int i, String what) {
    HostTensor t = in(i);
    if (!t.isFloat() || t.rank() != 0) throw fail("%s must be a floating scalar, got %s", what, t.typeString());
    return t.floatAt(0);
  }

  void requireSameType(HostTensor a, HostTensor b, String what) {
    if (a.dtype() != b.dtype() || !Arrays.equals(a.shape(), b.shape())) {
      throw fail("%s: %s and %s differ", what, a.typeString(), b.typeString());
    }
  }
}
