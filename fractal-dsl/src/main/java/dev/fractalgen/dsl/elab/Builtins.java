package dev.fractalgen.dsl.elab;

import static dev.fractalgen.dsl.elab.Elaborator.fail;

import dev.fractalgen.dsl.elab.Val.LambdaVal;
import dev.fractalgen.dsl.elab.Val.TensorVal;
import dev.fractalgen.dsl.fractal.Call;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.IntLit;
import dev.fractalgen.dsl.fractal.NameRef;
import dev.fractalgen.dsl.fractal.TensorLit;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/** The language's built-in functions: casts, intrinsics, and the tensor operators. */
public final class Builtins {
  private static final Map<String, Op> UNARY = Map.ofEntries(
      Map.entry("exp", Op.EXP), Map.entry("log", Op.LOG), Map.entry("sqrt", Op.SQRT),
      Map.entry("rsqrt", Op.RSQRT), Map.entry("silu", Op.SILU), Map.entry("gelu", Op.GELU),
      Map.entry("tanh", Op.TANH), Map.entry("sin", Op.SIN), Map.entry("cos", Op.COS),
      Map.entry("sigmoid", Op.SIGMOID), Map.entry("abs", Op.ABS));
  private static final Map<String, Op> BINARY = Map.of("pow", Op.POW, "max", Op.MAXIMUM, "min", Op.MINIMUM);
  private static final Map<String, DType> CASTS = Map.of("f32", DType.F32, "f16", DType.F16, "bf16", DType.BF16, "i32", DType.I32);
  private static final Map<String, ReduceKind> REDUCE = Map.of("sum", ReduceKind.SUM, "max", ReduceKind.MAX,
      "min", ReduceKind.MIN, "argmax", ReduceKind.ARGMAX, "prod", ReduceKind.PROD);
  /** Every built-in function's name (also offered by editors' completion). */
  public static final Set<String> NAMES = Set.of("exp", "log", "sqrt", "rsqrt", "silu", "gelu", "tanh", "sin", "cos",
      "sigmoid", "abs", "pow", "max", "min", "f32", "f16", "bf16", "i32", "map", "reduce", "scan", "range",
      "reshape", "concat", "gather", "window");

  private final Elaborator el;
  private final Structured structured;

  Builtins(Elaborator el) {
    this.el = el;
    this.structured = new Structured(el);
  }

  Val call(Call c, Env env, Emitter em) {
    String n = c.getName();
    List<Expr> args = c.getArgs();
    if (UNARY.containsKey(n)) {
      arity(c, 1);
      TensorVal x = el.tensor(args.get(0), env, em);
      if (x.type().dtype() == DType.I32 && !n.equals("abs")) throw fail(args.get(0), IssueCodes.DTYPE_MISMATCH, n + " needs a floating-point tensor, found " + x.type());
      return em.unary(UNARY.get(n), x, x.type().dtype(), c);
    }
    if (BINARY.containsKey(n)) {
      arity(c, 2);
      return em.binary(BINARY.get(n), el.tensor(args.get(0), env, em), el.tensor(args.get(1), env, em), c);
    }
    if (CASTS.containsKey(n)) {
      arity(c, 1);
      TensorVal x = el.tensor(args.get(0), env, em);
      DType to = CASTS.get(n);
      if (x.type().dtype() == to) return x;
      TensorVal r = em.unary(Op.CAST, x, to, c);
      return to == DType.I32 ? new TensorVal(r.type(), r.value(), r.constant(), x.size()) : r;
    }
    return switch (n) {
      case "map" -> structured.map(c, env, em);
      case "scan" -> structured.scan(c, env, em);
      case "reduce" -> reduce(c, env, em);
      case "range" -> range(c, env, em);
      case "reshape" -> reshape(c, env, em);
      case "concat" -> concat(c, env, em);
      case "gather" -> gather(c, env, em);
      case "window" -> window(c, env, em);
      default -> throw fail(c, IssueCodes.UNKNOWN_FUNCTION, "unknown function '" + n + "'");
    };
  }

  static void arity(Call c, int... allowed) {
    for (int a : allowed) if (c.getArgs().size() == a) return;
    throw fail(c, IssueCodes.ARGUMENT_COUNT, c.getName() + " takes " + allowed[0]
        + (allowed.length > 1 ? " to " + allowed[allowed.length - 1] : "") + " argument(s), found " + c.getArgs().size());
  }

  private Val reduce(Call c, Env env, Emitter em) {
    arity(c, 2, 3);
    Expr opExpr = c.getArgs().get(0);
    ReduceKind kind = opExpr instanceof NameRef r ? REDUCE.get(r.getName()) : null;
    if (kind == null) throw fail(opExpr, IssueCodes.UNKNOWN_REDUCE_OP, "reduce takes one of sum, max, min, argmax, prod first");
    TensorVal x = el.tensor(c.getArgs().get(1), env, em);
    int axis = c.getArgs().size() == 3 ? (int) literal(c.getArgs().get(2)) : 0;
    if (axis < 0 || axis >= x.type().rank()) {
      throw fail(c, IssueCodes.REDUCE_AXIS, "reduce over dimension " + axis + " of " + x.type()
          + ", which has " + x.type().rank() + " dimension(s)");
    }
    List<DimExpr> shape = new ArrayList<>(x.type().shape());
    shape.remove(axis);
    DType dt = kind == ReduceKind.ARGMAX ? DType.I32 : x.type().dtype();
    return Emitter.of(em.region.node(Op.REDUCE).operands(em.materialize(x, c)).reduce(kind).ints(axis)
        .output(kind.getLiteral().toLowerCase(), new TensorType(dt, shape)));
  }

  static long literal(Expr e) {
    if (e instanceof IntLit i) return i.getValue();
    throw fail(e, IssueCodes.NOT_STATIC, "an integer literal is expected here");
  }

  private Val range(Call c, Env env, Emitter em) {
    arity(c, 1);
    DimExpr n = el.dim(c.getArgs().get(0), env);
    if (em.region == null) throw fail(c, IssueCodes.NOT_STATIC, "range is not a compile-time constant");
    return Emitter.of(em.region.node(Op.IOTA).output("range", new TensorType(DType.I32, List.of(n))));
  }

  private Val reshape(Call c, Env env, Emitter em) {
    arity(c, 2);
    TensorVal x = el.tensor(c.getArgs().get(0), env, em);
    if (!(c.getArgs().get(1) instanceof TensorLit dims)) {
      throw fail(c.getArgs().get(1), IssueCodes.NOT_STATIC, "reshape takes its new shape as a list [d1, d2, ...]");
    }
    List<DimExpr> shape = new ArrayList<>();
    for (Expr d : dims.getElements()) shape.add(el.dim(d, env));
    if (!Shapes.sameElementCount(x.type().shape(), shape)) {
      throw fail(c, IssueCodes.SHAPE_MISMATCH, "cannot reshape " + x.type() + " to " + x.type().withShape(shape)
          + ": the element counts differ");
    }
    return Emitter.of(em.region.op(Op.RESHAPE, "reshape", x.type().withShape(shape), em.materialize(x, c)));
  }

  private Val concat(Call c, Env env, Emitter em) {
    List<Expr> args = c.getArgs();
    int axis = 0;
    int n = args.size();
    if (n >= 3 && args.get(n - 1) instanceof IntLit lit) {
      axis = (int) lit.getValue();
      n--;
    }
    if (n < 2) throw fail(c, IssueCodes.ARGUMENT_COUNT, "concat joins at least two tensors");
    List<TensorVal> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) parts.add(el.tensor(args.get(i), env, em));
    TensorType first = parts.get(0).type();
    if (axis < 0 || axis >= first.rank()) throw fail(c, IssueCodes.REDUCE_AXIS, "concat along dimension " + axis + " of " + first);
    DimExpr total = DimExpr.of(0);
    List<Value> operands = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TensorType t = parts.get(i).type();
      if (t.dtype() != first.dtype()) throw fail(args.get(i), IssueCodes.DTYPE_MISMATCH, "concat of " + first + " and " + t);
      if (t.rank() != first.rank() || !Shapes.equalExcept(t.shape(), first.shape(), axis)) {
        throw fail(args.get(i), IssueCodes.SHAPE_MISMATCH, "concat along dimension " + axis + " of " + first + " and " + t);
      }
      total = total.plus(t.dim(axis));
      operands.add(em.materialize(parts.get(i), args.get(i)));
    }
    List<DimExpr> shape = new ArrayList<>(first.shape());
    shape.set(axis, total);
    return Emitter.of(em.region.node(Op.CONCAT).operands(operands).ints(axis).output("concat", first.withShape(shape)));
  }

  private Val gather(Call c, Env env, Emitter em) {
    arity(c, 2);
    TensorVal x = el.tensor(c.getArgs().get(0), env, em);
    TensorVal idx = el.tensor(c.getArgs().get(1), env, em);
    if (idx.type().dtype() != DType.I32) throw fail(c.getArgs().get(1), IssueCodes.DTYPE_MISMATCH, "gather indices must be i32, found " + idx.type());
    if (x.type().rank() < 1) throw fail(c, IssueCodes.SHAPE_MISMATCH, "gather from a scalar");
    List<DimExpr> shape = new ArrayList<>(idx.type().shape());
    shape.addAll(x.type().dropLeading().shape());
    return Emitter.of(em.region.op(Op.GATHER, "gather", x.type().withShape(shape), em.materialize(x, c), em.materialize(idx, c)));
  }

  private Val window(Call c, Env env, Emitter em) {
    arity(c, 3);
    TensorVal x = el.tensor(c.getArgs().get(0), env, em);
    long size = literal(c.getArgs().get(1));
    long stride = literal(c.getArgs().get(2));
    if (x.type().rank() < 1 || !x.type().dim(0).isConstant() || size < 1 || stride < 1 || size > x.type().dim(0).constant()) {
      throw fail(c, IssueCodes.SHAPE_MISMATCH, "window of size " + size + " and stride " + stride + " over " + x.type());
    }
    long count = (x.type().dim(0).constant() - size) / stride + 1;
    List<DimExpr> shape = new ArrayList<>(List.of(DimExpr.of(count), DimExpr.of(size)));
    shape.addAll(x.type().dropLeading().shape());
    return Emitter.of(em.region.node(Op.WINDOW).operands(em.materialize(x, c)).ints(size, stride)
        .output("window", x.type().withShape(shape)));
  }

  /** {@code [a, b, c]}: a constant vector when all elements are constant scalars, else a stack node. */
  Val stack(List<TensorVal> elems, EObject at, Emitter em) {
    DType dtype = listDtype(elems, at);
    TensorType t = elems.get(0).type().withDtype(dtype);
    boolean constant = true;
    for (TensorVal e : elems) {
      if (!e.type().shape().equals(t.shape())) throw fail(at, IssueCodes.SHAPE_MISMATCH, "list elements " + elems.get(0).type() + " and " + e.type());
      constant &= e.isConstant();
    }
    TensorType out = t.prepend(DimExpr.of(elems.size()));
    if (constant) {
      if (em.region == null) throw fail(at, IssueCodes.NOT_STATIC, "a list is not a compile-time scalar");
      double[] data = elems.stream().mapToDouble(e -> Emitter.round(e.constant(), t.dtype())).toArray();
      return Emitter.of(em.region.node(Op.CONST).data(data).output("list", out));
    }
    List<Value> operands = new ArrayList<>();
    for (TensorVal e : elems) operands.add(em.materialize(Emitter.withDtype(e, t.dtype()), at));
    return Emitter.of(em.region.node(Op.STACK).operands(operands).output("stack", out));
  }

  /**
   * The elements' common dtype: that of the non-constant ones, which must agree; constants take it
   * as in arithmetic. A list of constants only is floating-point when any of them is.
   */
  private static DType listDtype(List<TensorVal> elems, EObject at) {
    TensorVal typed = null;
    for (TensorVal e : elems) {
      if (e.isConstant()) continue;
      if (typed == null) typed = e;
      else if (e.type().dtype() != typed.type().dtype()) {
        throw fail(at, IssueCodes.DTYPE_MISMATCH, "list elements " + typed.type() + " and " + e.type());
      }
    }
    DType d = typed != null ? typed.type().dtype()
        : elems.stream().map(e -> e.type().dtype()).filter(x -> x != DType.I32).findFirst().orElse(DType.I32);
    for (TensorVal e : elems) {
      if (d == DType.I32 && e.isConstant() && e.constant() != Math.rint(e.constant())) {
        throw fail(at, IssueCodes.DTYPE_MISMATCH, "list elements i32 and " + e.type() + " (the constant " + e.constant() + ")");
      }
    }
    return d;
  }

  static LambdaVal lambdaArg(Val v, EObject at, String what) {
    if (v instanceof LambdaVal l) return l;
    throw fail(at, IssueCodes.NOT_A_TENSOR, what + " takes a lambda here");
  }
}
