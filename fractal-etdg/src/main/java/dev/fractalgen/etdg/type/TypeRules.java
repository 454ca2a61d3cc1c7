package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.ReduceOrder;
import java.util.List;

/**
 * Computes a node's output types from its operands, attributes and regions exactly as the node
 * table of docs/etdg.md defines them, or lists the problems that make the node ill-typed.
 *
 * <p>Where the table leaves part of the result to the node itself (the type of a const or a
 * reshape, the length of an iota or a slice, the dtype of a cast), the rule takes that part from
 * the node's declared output and checks what can be checked there: data length, element counts,
 * static bounds. Everything else comes from the operands, so comparing the result with the declared
 * outputs catches every other disagreement. Stateless.
 */
public final class TypeRules {
  private TypeRules() {}

  /** The number of regions a node of {@code op} has: one for map and scan, none otherwise. */
  /** Why elementwise {@code op} cannot take operands of dtype {@code d} (pow of i32, not of f32), or null when it can. */
  public static String elementwiseDtypeProblem(Op op, DType d) {
    return ElementwiseRules.dtypeProblem(op, d);
  }

  public static int regionArity(Op op) {
    return op == Op.MAP || op == Op.SCAN ? 1 : 0;
  }

  /** Types {@code node}; never throws on a malformed node. */
  public static Typing infer(Node node) {
    RuleContext cx = new RuleContext(node);
    int regions = regionArity(node.getOp());
    if (node.getRegions().size() != regions) {
      cx.problem(cx.opName() + " takes " + regions + " region" + (regions == 1 ? "" : "s")
          + ", has " + node.getRegions().size());
    }
    // Only const reads data; data elsewhere would be silently ignored by every backend.
    if (node.getOp() != Op.CONST && !node.getData().isEmpty()) {
      cx.problem(cx.opName() + " carries no data, has " + node.getData().size() + " values");
    }
    orderProblems(cx);
    if (!cx.operandsResolved() || !cx.problems().isEmpty()) return Typing.failed(cx.problems());
    List<TensorType> types = dispatch(cx);
    return cx.problems().isEmpty() && types != null ? Typing.of(types) : Typing.failed(cx.problems());
  }

  /** A reduction order only on sum and prod, with the ranges docs/etdg.md allows. */
  private static void orderProblems(RuleContext cx) {
    ReduceOrder o = cx.node.getOrder();
    if (o == null) return;
    ReduceKind k = cx.node.getReduce();
    if (cx.node.getOp() != Op.REDUCE || k != ReduceKind.SUM && k != ReduceKind.PROD) {
      cx.problem(cx.opName() + " takes no reduction order (only reduce.sum and reduce.prod do)");
    } else if (o.getLanes() < 2 || o.getLanes() > 1024 || Integer.bitCount(o.getLanes()) != 1) {
      cx.problem("a tree order's lanes must be a power of two from 2 to 1024, found " + o.getLanes());
    } else if (o.getWidth() < 1 || o.getWidth() > 64) {
      cx.problem("a tree order's width must be from 1 to 64, found " + o.getWidth());
    }
  }

  private static List<TensorType> dispatch(RuleContext cx) {
    Op op = cx.node.getOp();
    if (ElementwiseRules.isUnary(op)) return ElementwiseRules.unary(cx);
    if (ElementwiseRules.isBinary(op)) return ElementwiseRules.binary(cx);
    return switch (op) {
      case CONST -> LiteralRules.constant(cx);
      case IOTA -> LiteralRules.iota(cx);
      case CAST -> ElementwiseRules.cast(cx);
      case SELECT -> ElementwiseRules.select(cx);
      case INDEX -> AccessRules.index(cx);
      case SLICE -> AccessRules.slice(cx);
      case GATHER -> AccessRules.gather(cx);
      case WINDOW -> AccessRules.window(cx);
      case CONCAT -> LayoutRules.concat(cx);
      case STACK -> LayoutRules.stack(cx);
      case RESHAPE -> LayoutRules.reshape(cx);
      case REDUCE -> LayoutRules.reduce(cx);
      case MAP -> RegionRules.map(cx);
      case SCAN -> RegionRules.scan(cx);
      case SAMPLE -> SampleRule.sample(cx);
      default -> {
        cx.problem("no typing rule for " + cx.opName());
        yield null;
      }
    };
  }
}
