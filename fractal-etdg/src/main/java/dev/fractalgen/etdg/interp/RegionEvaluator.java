package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluates regions node by node in their listed order, checking every argument and every node
 * output against its declared dtype and shape, so that a value never silently disagrees with the
 * IR that describes it.
 */
final class RegionEvaluator {
  private final EvalContext ctx;

  RegionEvaluator(EvalContext ctx) {
    this.ctx = ctx;
  }

  EvalContext ctx() {
    return ctx;
  }

  /**
   * The results of {@code region} applied to {@code args}.
   *
   * @param parent the scope of the enclosing region, or null at the top
   * @param owner the node owning the region (blamed for a bad argument), or null at the top
   */
  List<HostTensor> evaluate(Region region, List<HostTensor> args, Scope parent, Node owner) {
    if (args.size() != region.getArgs().size()) {
      throw EvalContext.error(owner, "region takes " + region.getArgs().size() + " arguments, got " + args.size());
    }
    Scope scope = new Scope(parent);
    for (int i = 0; i < args.size(); i++) {
      Arg a = region.getArgs().get(i);
      checkType(a, args.get(i), owner, "argument %" + a.getName());
      scope.define(a, args.get(i));
    }
    for (Node n : region.getNodes()) evaluate(n, scope);
    List<HostTensor> results = new ArrayList<>();
    for (Use u : region.getResults()) {
      HostTensor t = lookup(u.getValue(), scope);
      if (t == null) throw EvalContext.error(owner, "region result %" + u.getValue().getName() + " is not defined");
      results.add(t);
    }
    return results;
  }

  private void evaluate(Node node, Scope scope) {
    List<HostTensor> in = new ArrayList<>();
    for (Use u : node.getOperands()) {
      HostTensor t = lookup(u.getValue(), scope);
      if (t == null) {
        String what = u.getValue() instanceof Buffer b ? b.getKind().getLiteral().toLowerCase() + " buffer" : "value";
        throw new InterpreterException(node, "operand " + what + " %" + u.getValue().getName() + " has no value");
      }
      in.add(t);
    }
    if (node.getOutputs().isEmpty()) throw new InterpreterException(node, "has no outputs");
    NodeCall call = new NodeCall(node, in, scope, this);
    List<HostTensor> outs;
    try {
      outs = apply(call);
    } catch (InterpreterException e) {
      throw e;
    } catch (RuntimeException e) {
      // Every expected failure is checked and reported above; this is the net for a bug here.
      throw new InterpreterException(node, "internal interpreter error: " + e, e);
    }
    if (outs.size() != node.getOutputs().size()) {
      throw new InterpreterException(node, "produced " + outs.size() + " values for " + node.getOutputs().size() + " outputs");
    }
    for (int j = 0; j < outs.size(); j++) {
      checkType(node.getOutputs().get(j), outs.get(j), node, "output %" + node.getOutputs().get(j).getName());
      scope.define(node.getOutputs().get(j), outs.get(j));
    }
    ctx.observer().onNode(ctx.seq(), ctx.step(), node, outs.get(0));
  }

  private HostTensor lookup(Value v, Scope scope) {
    return v instanceof Buffer b ? ctx.buffers().get(b) : scope.lookup(v);
  }

  private void checkType(Value declared, HostTensor actual, Node at, String what) {
    long[] shape = ctx.shapeOf(declared, at);
    if (actual.dtype() != declared.getDtype() || !Arrays.equals(actual.shape(), shape)) {
      throw EvalContext.error(at, what + " is declared " + HostTensor.typeString(declared.getDtype(), shape)
          + " but its value is " + actual.typeString());
    }
  }

  private static List<HostTensor> apply(NodeCall c) {
    return switch (c.op()) {
      case CONST -> List.of(SourceOps.constant(c));
      case IOTA -> List.of(SourceOps.iota(c));
      case CAST -> List.of(UnaryOps.cast(c));
      case NEG, EXP, LOG, SQRT, RSQRT, SILU, GELU, TANH, SIN, COS, SIGMOID, ABS, NOT -> List.of(UnaryOps.apply(c));
      case ADD, SUB, MUL, DIV, MOD, POW, MAXIMUM, MINIMUM, EQ, NE, LT, LE, GT, GE, AND, OR ->
          List.of(BinaryOps.apply(c));
      case SELECT -> List.of(BinaryOps.select(c));
      case INDEX -> List.of(IndexingOps.index(c));
      case SLICE -> List.of(IndexingOps.slice(c));
      case GATHER -> List.of(IndexingOps.gather(c));
      case WINDOW -> List.of(IndexingOps.window(c));
      case CONCAT -> List.of(ShapeOps.concat(c));
      case STACK -> List.of(ShapeOps.stack(c));
      case RESHAPE -> List.of(ShapeOps.reshape(c));
      case REDUCE -> List.of(ReduceOp.apply(c));
      case MAP -> MapOp.apply(c);
      case SCAN -> ScanOp.apply(c);
      case SAMPLE -> List.of(SampleOp.apply(c));
    };
  }
}
