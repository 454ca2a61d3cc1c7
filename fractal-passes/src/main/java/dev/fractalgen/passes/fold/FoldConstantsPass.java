package dev.fractalgen.passes.fold;

import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterException;
import dev.fractalgen.passes.IrProperty;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns every elementwise node (unary, binary, cast, select) whose operands are all const and
 * whose output has at most {@link #MAX_ELEMENTS} elements into a const holding its value.
 *
 * <p>The value is computed by the reference interpreter itself, on a region made of copies of the
 * node and its const operands, so a folded constant can never disagree with the oracle. A node
 * the interpreter rejects (i32 division by zero) is left alone, to fail at run time as before.
 * Nodes are visited in order, so a chain of foldable nodes folds in one run.
 */
public final class FoldConstantsPass implements Pass {
  /** Larger results stay computed at run time: a const's data lives in the program text. */
  public static final int MAX_ELEMENTS = 1024;

  private static final EtdgFactory F = EtdgFactory.eINSTANCE;

  @Override
  public String name() {
    return "fold-constants";
  }

  @Override
  public Set<IrProperty> requires() {
    // The folded value takes the node's declared output type.
    return Set.of(IrProperty.TYPES_INFERRED);
  }

  @Override
  public Set<IrProperty> establishes() {
    return Set.of(IrProperty.CONSTANTS_FOLDED);
  }

  @Override
  public Set<IrProperty> invalidates() {
    // The operands of a folded node may now be unused, and the new const equal to another.
    return Set.of(IrProperty.NO_DEAD_NODES, IrProperty.NO_COMMON_SUBEXPRESSIONS);
  }

  @Override
  public void run(Graph g, PassContext ctx) {
    Interpreter oracle = new Interpreter();
    for (Node n : IrWalk.nodes(IrWalk.step(g))) {
      if (!foldable(n)) continue;
      HostTensor value = evaluate(n, oracle);
      if (value == null) continue;
      becomeConstant(n, value);
      ctx.count(this, "folded", 1);
    }
  }

  static boolean elementwise(Op op) {
    return switch (op) {
      case NEG, EXP, LOG, SQRT, RSQRT, SILU, GELU, TANH, SIN, COS, SIGMOID, ABS, NOT,
          ADD, SUB, MUL, DIV, MOD, POW, MAXIMUM, MINIMUM, EQ, NE, LT, LE, GT, GE, AND, OR,
          CAST, SELECT -> true;
      default -> false;
    };
  }

  private static boolean foldable(Node n) {
    if (!elementwise(n.getOp()) || n.getOutputs().size() != 1 || n.getOperands().isEmpty()) return false;
    for (Use u : n.getOperands()) if (u == null || !IrWalk.isConstant(u.getValue())) return false;
    long count = 1;
    for (DimExpr d : TensorType.of(n.getOutputs().get(0)).shape()) {
      if (!d.isConstant()) return false;
      count *= d.constant();
      if (count > MAX_ELEMENTS) return false;
    }
    return true;
  }

  /** {@code n}'s value as the interpreter computes it, or null when the interpreter rejects it. */
  private static HostTensor evaluate(Node n, Interpreter oracle) {
    Region probe = F.createRegion();
    Map<Node, Node> copies = new IdentityHashMap<>();
    Node node = F.createNode();
    node.setOp(n.getOp());
    node.getInts().addAll(n.getInts());
    for (Use u : n.getOperands()) {
      Node source = IrWalk.definingNode(u.getValue());
      Node copy = copies.get(source);
      if (copy == null) {
        copy = EcoreUtil.copy(source);
        copies.put(source, copy);
        probe.getNodes().add(copy);
      }
      Use use = F.createUse();
      use.setValue(copy.getOutputs().get(source.getOutputs().indexOf(u.getValue())));
      node.getOperands().add(use);
    }
    Output out = EcoreUtil.copy(n.getOutputs().get(0));
    node.getOutputs().add(out);
    probe.getNodes().add(node);
    Use result = F.createUse();
    result.setValue(out);
    probe.getResults().add(result);
    try {
      return oracle.evalRegion(probe, List.of(), Map.of(), Map.of()).get(0);
    } catch (InterpreterException e) {
      return null;
    }
  }

  /** Rewrites {@code n} in place, so its output and every use of it stay as they are. */
  private static void becomeConstant(Node n, HostTensor value) {
    List<Double> data = new ArrayList<>(value.size());
    if (value.isFloat()) for (float f : value.floats()) data.add((double) f);
    else for (int i : value.ints()) data.add((double) i);
    n.setOp(Op.CONST);
    n.getOperands().clear();
    n.getInts().clear();
    n.getData().clear();
    n.getData().addAll(data);
  }
}
