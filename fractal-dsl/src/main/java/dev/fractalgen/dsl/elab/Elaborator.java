package dev.fractalgen.dsl.elab;

import dev.fractalgen.dsl.elab.Val.FunctionVal;
import dev.fractalgen.dsl.elab.Val.LambdaVal;
import dev.fractalgen.dsl.elab.Val.TensorVal;
import dev.fractalgen.dsl.elab.Val.TupleVal;
import dev.fractalgen.dsl.fractal.Binary;
import dev.fractalgen.dsl.fractal.Block;
import dev.fractalgen.dsl.fractal.Call;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.ExprBody;
import dev.fractalgen.dsl.fractal.FloatLit;
import dev.fractalgen.dsl.fractal.IfExpr;
import dev.fractalgen.dsl.fractal.IntLit;
import dev.fractalgen.dsl.fractal.Lambda;
import dev.fractalgen.dsl.fractal.LambdaBody;
import dev.fractalgen.dsl.fractal.Let;
import dev.fractalgen.dsl.fractal.NameRef;
import dev.fractalgen.dsl.fractal.NextState;
import dev.fractalgen.dsl.fractal.Statement;
import dev.fractalgen.dsl.fractal.Subscript;
import dev.fractalgen.dsl.fractal.TensorLit;
import dev.fractalgen.dsl.fractal.Tuple;
import dev.fractalgen.dsl.fractal.Unary;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;

/**
 * Elaborates expressions and blocks: resolves names, checks dtypes and shapes, and emits the
 * ETDG nodes that compute them. Calls of user functions are inlined, so a generic function is
 * checked at every size it is used with.
 */
final class Elaborator {
  final Diagnostics diagnostics;
  final Builtins builtins;
  final FunctionInliner inliner;
  /**
   * True while checking a function on its own, with symbols for its size parameters. Dimensions
   * that are not affine in them (N / 2 for odd-or-even N) cannot be represented; such a check is
   * dropped quietly rather than reported, since every use of the function checks it concretely.
   */
  boolean generic;
  ElabObserver observer = ElabObserver.NONE;

  Elaborator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.builtins = new Builtins(this);
    this.inliner = new FunctionInliner(this);
  }

  static ElabError fail(EObject at, String code, String message) {
    return new ElabError(Diagnostic.error(at, code, message));
  }

  /** The value of {@code e}; the nodes it creates carry its place in the text (SourceSpans). */
  Val eval(Expr e, Env env, Emitter em) {
    var before = dev.fractalgen.etdg.build.SourceSpans.enter(() -> Locations.lineColumn(e));
    try {
      Val v = evalHere(e, env, em);
      if (observer != ElabObserver.NONE) observer.inferred(e, shown(v));
      return v;
    } finally {
      dev.fractalgen.etdg.build.SourceSpans.restore(before);
    }
  }

  private Val evalHere(Expr e, Env env, Emitter em) {
    return switch (e) {
      case IntLit i -> Emitter.constant(i.getValue(), DType.I32);
      case FloatLit f -> Emitter.constant(Double.parseDouble(f.getValue()), DType.F32);
      case NameRef n -> name(n, env, em);
      case Binary b -> binary(b, env, em);
      case Unary u -> unary(u, env, em);
      case IfExpr i -> ifExpr(i, env, em);
      case Subscript s -> Subscripts.apply(this, s, env, em);
      case TensorLit t -> tensorLiteral(t, env, em);
      case Tuple t -> tuple(t, env, em);
      case Call c -> call(c, env, em);
      case Lambda l -> new LambdaVal(l, env);
      default -> throw fail(e, IssueCodes.NOT_A_TENSOR, "unsupported expression");
    };
  }

  /** {@code v} as an editor shows it: its type, and its value when known while compiling. */
  private static String shown(Val v) {
    return switch (v) {
      case TensorVal t when t.isConstant() -> text(t.type()) + " = " + (t.type().dtype() == DType.I32 ? Long.toString(t.constant().longValue()) : Double.toString(t.constant()));
      case TensorVal t when t.size() != null -> text(t.type()) + " = " + t.size();
      case TensorVal t -> text(t.type());
      case TupleVal t -> "(" + String.join(", ", t.elements().stream().map(Elaborator::shown).toList()) + ")";
      case LambdaVal l -> "a lambda";
      case FunctionVal f -> "function " + f.function().getName();
      default -> "an erroneous value";
    };
  }

  /** A type as the language writes it: a scalar is its dtype alone. */
  private static String text(dev.fractalgen.etdg.type.TensorType t) {
    return t.rank() == 0 ? t.dtype().getLiteral().toLowerCase() : t.toString();
  }

  TensorVal tensor(Expr e, Env env, Emitter em) {
    return asTensor(eval(e, env, em), e);
  }

  static TensorVal asTensor(Val v, EObject at) {
    if (v instanceof TensorVal t) return t;
    if (v == Poison.VALUE) throw new ElabError(null);
    String what = v instanceof TupleVal ? "a tuple" : "a function";
    throw fail(at, IssueCodes.NOT_A_TENSOR, "expected a tensor here, found " + what);
  }

  /** A compile-time i32 size (dimension), possibly affine in run-time sizes. */
  DimExpr dim(Expr e, Env env) {
    TensorVal t;
    try {
      t = tensor(e, env, new Emitter(null, Map.of()));
    } catch (ElabError err) {
      boolean notStatic = err.diagnostic != null && err.diagnostic.code().equals(IssueCodes.NOT_STATIC);
      throw generic && notStatic ? new ElabError(null) : err;
    }
    if (t.size() == null) {
      if (generic) throw new ElabError(null);
      throw fail(e, IssueCodes.NOT_STATIC, "a dimension must be an i32 known when compiling, found " + t.type());
    }
    return t.size();
  }

  /** A type whose dimensions are compile-time constants. */
  dev.fractalgen.etdg.type.TensorType staticType(dev.fractalgen.dsl.fractal.TensorTypeRef t, Env env) {
    List<DimExpr> dims = new ArrayList<>();
    for (Expr d : t.getDims()) {
      DimExpr v = dim(d, env);
      if (!v.isConstant() || v.constant() < 1) throw fail(d, IssueCodes.NOT_STATIC, "a dimension here must be a positive constant, found " + v);
      dims.add(v);
    }
    return new dev.fractalgen.etdg.type.TensorType(DType.get(t.getDtype().getLiteral().toUpperCase()), dims);
  }

  private Val name(NameRef n, Env env, Emitter em) {
    Val v = env.lookup(n.getName());
    if (v != null) return v;
    DimExpr size = env.size(n.getName());
    if (size != null) {
      if (size.isConstant()) return Emitter.constant(size.constant(), DType.I32);
      return new TensorVal(dev.fractalgen.etdg.type.TensorType.scalar(DType.I32), null, null, size);
    }
    throw fail(n, IssueCodes.UNKNOWN_NAME, "unknown name '" + n.getName() + "'" + NearestNames.hint(n.getName(), env.names()));
  }

  private static final Map<String, Op> BINARY = Map.ofEntries(
      Map.entry("+", Op.ADD), Map.entry("-", Op.SUB), Map.entry("*", Op.MUL), Map.entry("/", Op.DIV),
      Map.entry("%", Op.MOD), Map.entry("==", Op.EQ), Map.entry("!=", Op.NE), Map.entry("<", Op.LT),
      Map.entry("<=", Op.LE), Map.entry(">", Op.GT), Map.entry(">=", Op.GE), Map.entry("&&", Op.AND),
      Map.entry("||", Op.OR));

  private Val binary(Binary b, Env env, Emitter em) {
    TensorVal l = tensor(b.getLeft(), env, em);
    TensorVal r = tensor(b.getRight(), env, em);
    Op op = BINARY.get(b.getOp());
    // only i32 division by zero is an error; a float one gives an infinity or NaN (IEEE)
    if ((op == Op.DIV || op == Op.MOD) && r.isConstant() && r.constant() == 0 && Emitter.unifyDtypes(l, r, b) == DType.I32) {
      throw fail(b, IssueCodes.DIVISION_BY_ZERO, "i32 division by zero");
    }
    TensorVal out = em.binary(op, l, r, b);
    if (out.size() == null && op == Op.DIV && l.size() != null && r.isConstant()) {
      DimExpr q = exactQuotient(l.size(), (long) (double) r.constant());
      if (q != null) return new TensorVal(out.type(), out.value(), out.constant(), q);
    }
    return out;
  }

  private static DimExpr exactQuotient(DimExpr d, long k) {
    if (k == 0 || d.constant() % k != 0) return null;
    Map<String, Long> terms = new LinkedHashMap<>();
    for (var e : d.terms().entrySet()) {
      if (e.getValue() % k != 0) return null;
      terms.put(e.getKey(), e.getValue() / k);
    }
    return DimExpr.of(d.constant() / k, terms);
  }

  private Val unary(Unary u, Env env, Emitter em) {
    TensorVal x = tensor(u.getOperand(), env, em);
    if (u.getOp().equals("!")) return em.unary(Op.NOT, x, DType.I32, u);
    TensorVal r = em.unary(Op.NEG, x, x.type().dtype(), u);
    return x.size() == null ? r : new TensorVal(r.type(), r.value(), r.constant(), x.size().times(-1));
  }

  private Val ifExpr(IfExpr i, Env env, Emitter em) {
    TensorVal c = tensor(i.getCond(), env, em);
    TensorVal a = tensor(i.getThen(), env, em);
    TensorVal b = tensor(i.getElse(), env, em);
    if (c.type().dtype() != DType.I32) throw fail(i.getCond(), IssueCodes.DTYPE_MISMATCH, "a condition must be i32, found " + c.type());
    if (c.isConstant()) return c.constant() != 0 ? a : b;
    DType d = Emitter.unifyDtypes(a, b, i);
    var shape = Emitter.broadcastShape(a.type(), b.type(), Op.SELECT, i);
    Emitter.broadcastShape(c.type(), shape, Op.SELECT, i);
    Value out = em.region.op(Op.SELECT, "select", shape.withDtype(d), em.materialize(c, i),
        em.materialize(Emitter.withDtype(a, d), i), em.materialize(Emitter.withDtype(b, d), i));
    return Emitter.of(out);
  }

  private Val tensorLiteral(TensorLit t, Env env, Emitter em) {
    List<TensorVal> elems = new ArrayList<>();
    for (Expr e : t.getElements()) elems.add(tensor(e, env, em));
    if (elems.isEmpty()) throw fail(t, IssueCodes.SHAPE_MISMATCH, "an empty tensor literal has no type");
    return builtins.stack(elems, t, em);
  }

  private Val tuple(Tuple t, Env env, Emitter em) {
    if (t.getElements().size() == 1) return eval(t.getElements().get(0), env, em);
    List<Val> vs = new ArrayList<>();
    for (Expr e : t.getElements()) vs.add(eval(e, env, em));
    return new TupleVal(vs);
  }

  private Val call(Call c, Env env, Emitter em) {
    Val callee = env.lookup(c.getName());
    if (callee instanceof FunctionVal f) return inliner.call(f.function(), c, env, em);
    if (callee instanceof LambdaVal l) {
      List<Val> args = new ArrayList<>();
      for (Expr a : c.getArgs()) args.add(eval(a, env, em));
      return applyLambda(l, args, c, em);
    }
    if (Builtins.NAMES.contains(c.getName())) return builtins.call(c, env, em);
    Set<String> known = env.callables();
    known.addAll(Builtins.NAMES);
    throw fail(c, IssueCodes.UNKNOWN_FUNCTION, "unknown function '" + c.getName() + "'" + NearestNames.hint(c.getName(), known));
  }

  /** Applies a lambda to already elaborated arguments, emitting into {@code em}. */
  Val applyLambda(LambdaVal l, List<Val> args, EObject at, Emitter em) {
    Lambda lambda = l.lambda();
    if (lambda.getParams().size() != args.size()) {
      throw fail(lambda, IssueCodes.LAMBDA_ARITY, "this lambda takes " + lambda.getParams().size()
          + " parameter(s) but is applied to " + args.size());
    }
    Env inner = l.env().child();
    for (int i = 0; i < args.size(); i++) inner.bind(lambda.getParams().get(i), args.get(i));
    return body(lambda.getBody(), inner, em);
  }

  private Val body(LambdaBody b, Env env, Emitter em) {
    if (b instanceof ExprBody e) return eval(e.getExpr(), env, em);
    Val result = block((Block) b, env, em, null);
    // as for functions and the step: a block that returns nothing has no value to give
    if (result == null) throw fail(b, IssueCodes.NOT_A_TENSOR, "this lambda's block has no return");
    return result;
  }

  /**
   * Elaborates a block; {@code nextStates} collects `next` statements (null where they are not
   * allowed). Returns the value of `return`, or null when the block has none.
   */
  Val block(Block b, Env env, Emitter em, Map<String, NextUpdate> nextStates) {
    Env scope = env.child();
    for (Statement s : b.getStatements()) {
      try {
        if (s instanceof Let let) bindLet(let, scope, em);
        else nextState((NextState) s, scope, em, nextStates);
      } catch (ElabError err) {
        diagnostics.add(err.diagnostic);
        if (s instanceof Let let) {
          for (String n : let.getNames()) scope.bind(n, Poison.VALUE);
        } else if (nextStates != null) {
          // the state did get a next value, a faulty one: do not also report it as missing
          nextStates.putIfAbsent(((NextState) s).getState(), new NextUpdate((NextState) s, Poison.VALUE));
        }
      }
    }
    if (b.getResult() == null) return null;
    return eval(b.getResult(), scope, em);
  }

  record NextUpdate(NextState where, Val value) {}

  private void nextState(NextState s, Env env, Emitter em, Map<String, NextUpdate> nextStates) {
    if (nextStates == null) throw fail(s, IssueCodes.STATE_UPDATE, "'next' is only allowed in a generate step");
    if (nextStates.containsKey(s.getState())) {
      throw fail(s, IssueCodes.STATE_UPDATE, "state '" + s.getState() + "' already has a next value");
    }
    nextStates.put(s.getState(), new NextUpdate(s, eval(s.getValue(), env, em)));
  }

  private void bindLet(Let let, Env env, Emitter em) {
    Val v = eval(let.getValue(), env, em);
    List<String> names = let.getNames();
    if (let.getType() != null) inliner.checkType(let.getType(), v, env, let.getValue(), "this value");
    if (names.size() == 1) {
      name(v, names.get(0));
      env.bind(names.get(0), v);
      return;
    }
    if (v == Poison.VALUE) throw new ElabError(null);
    if (!(v instanceof TupleVal t) || t.elements().size() != names.size()) {
      throw fail(let, IssueCodes.SHAPE_MISMATCH, "cannot unpack " + describe(v) + " into " + names.size() + " names");
    }
    for (int i = 0; i < names.size(); i++) {
      name(t.elements().get(i), names.get(i));
      env.bind(names.get(i), t.elements().get(i));
    }
  }

  /** Gives the node computing a let-bound value the let's name, for a readable ETDG. */
  private static void name(Val v, String name) {
    if (v instanceof TensorVal t && t.value() instanceof Output o) o.setName(name);
  }

  static String describe(Val v) {
    return switch (v) {
      case TensorVal t -> t.type().toString();
      case TupleVal t -> "a tuple of " + t.elements().size();
      default -> "a function";
    };
  }
}
