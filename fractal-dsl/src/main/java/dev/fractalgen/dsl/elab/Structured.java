package dev.fractalgen.dsl.elab;

import static dev.fractalgen.dsl.elab.Elaborator.fail;

import dev.fractalgen.dsl.elab.Val.LambdaVal;
import dev.fractalgen.dsl.elab.Val.TensorVal;
import dev.fractalgen.dsl.elab.Val.TupleVal;
import dev.fractalgen.dsl.fractal.Call;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.etdg.build.NodeBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.emf.ecore.EObject;

/** map and scan: operators with a lambda, lowered to ETDG nodes with a nested region. */
final class Structured {
  private final Elaborator el;

  Structured(Elaborator el) {
    this.el = el;
  }

  /** {@code map(xs..., f)}: f applied to the slices of the xs along their leading dimension. */
  Val map(Call c, Env env, Emitter em) {
    List<Expr> args = c.getArgs();
    if (args.size() < 2) throw fail(c, IssueCodes.ARGUMENT_COUNT, "map takes one or more tensors and a lambda");
    LambdaVal f = Builtins.lambdaArg(el.eval(args.get(args.size() - 1), env, em), args.get(args.size() - 1), "map");
    List<TensorVal> xs = new ArrayList<>();
    for (Expr a : args.subList(0, args.size() - 1)) xs.add(el.tensor(a, env, em));
    checkArity(f, xs.size(), "map over " + xs.size() + " tensor(s)");
    DimExpr n = commonLeading(xs, args);
    NodeBuilder node = em.region.node(Op.MAP);
    List<Val> elems = new ArrayList<>();
    RegionBuilder body = node.region();
    for (int i = 0; i < xs.size(); i++) {
      node.operands(em.materialize(xs.get(i), args.get(i)));
      elems.add(Emitter.of(body.arg(f.lambda().getParams().get(i), xs.get(i).type().dropLeading(), true)));
    }
    Emitter inner = em.in(body);
    Val result = el.applyLambda(f, elems, c, inner);
    List<TensorVal> flat = flatten(result, c);
    List<Value> results = new ArrayList<>();
    for (TensorVal t : flat) results.add(inner.materialize(t, c));
    body.results(results);
    List<Val> outs = new ArrayList<>();
    for (TensorVal t : flat) outs.add(Emitter.of(node.output("map", t.type().prepend(n))));
    return rebuild(result, outs.iterator());
  }

  /** {@code scan(init, xs, (state, x) => (next_state, y))}: returns {@code (final_state, ys)}. */
  Val scan(Call c, Env env, Emitter em) {
    Builtins.arity(c, 3);
    List<Expr> args = c.getArgs();
    Val init = el.eval(args.get(0), env, em);
    Val xsVal = el.eval(args.get(1), env, em);
    LambdaVal f = Builtins.lambdaArg(el.eval(args.get(2), env, em), args.get(2), "scan");
    checkArity(f, 2, "scan (state and element)");
    List<TensorVal> carries = flatten(init, args.get(0));
    List<TensorVal> xs = flatten(xsVal, args.get(1));
    DimExpr n = commonLeading(xs, List.of(args.get(1)));
    // operands before the node: a constant initial state becomes a const node, which must precede the scan
    List<Value> operands = new ArrayList<>();
    for (TensorVal t : carries) operands.add(em.materialize(t, args.get(0)));
    for (TensorVal t : xs) operands.add(em.materialize(t, args.get(1)));
    NodeBuilder node = em.region.node(Op.SCAN).ints(carries.size()).operands(operands);
    RegionBuilder body = node.region();
    List<Val> carryArgs = new ArrayList<>();
    for (TensorVal t : carries) carryArgs.add(Emitter.of(body.arg(f.lambda().getParams().get(0), t.type(), false)));
    List<Val> elemArgs = new ArrayList<>();
    for (TensorVal t : xs) elemArgs.add(Emitter.of(body.arg(f.lambda().getParams().get(1), t.type().dropLeading(), true)));
    Emitter inner = em.in(body);
    Val r = el.applyLambda(f, List.of(rebuild(init, carryArgs.iterator()), rebuild(xsVal, elemArgs.iterator())), c, inner);
    if (r == Poison.VALUE) throw new ElabError(null);
    if (!(r instanceof TupleVal pair) || pair.elements().size() != 2) {
      throw fail(f.lambda(), IssueCodes.SCAN_STATE_TYPE, "a scan body returns (next_state, output), found " + Elaborator.describe(r));
    }
    List<TensorVal> next = flatten(pair.elements().get(0), f.lambda());
    if (!types(next).equals(types(carries))) {
      throw fail(f.lambda(), IssueCodes.SCAN_STATE_TYPE, "scan state changes type from " + types(carries) + " to " + types(next));
    }
    List<TensorVal> ys = flatten(pair.elements().get(1), f.lambda());
    List<Value> results = new ArrayList<>();
    for (TensorVal t : next) results.add(inner.materialize(t, c));
    for (TensorVal t : ys) results.add(inner.materialize(t, c));
    body.results(results);
    List<Val> finals = new ArrayList<>();
    for (TensorVal t : carries) finals.add(Emitter.of(node.output("state", t.type())));
    List<Val> stacked = new ArrayList<>();
    for (TensorVal t : ys) stacked.add(Emitter.of(node.output("ys", t.type().prepend(n))));
    return new TupleVal(List.of(rebuild(init, finals.iterator()), rebuild(pair.elements().get(1), stacked.iterator())));
  }

  private static void checkArity(LambdaVal f, int expected, String what) {
    int actual = f.lambda().getParams().size();
    if (actual != expected) {
      throw fail(f.lambda(), IssueCodes.LAMBDA_ARITY, "a lambda for " + what + " takes " + expected
          + " parameter(s), this one takes " + actual);
    }
  }

  private static DimExpr commonLeading(List<TensorVal> xs, List<Expr> where) {
    DimExpr n = null;
    for (int i = 0; i < xs.size(); i++) {
      TensorType t = xs.get(i).type();
      EObject at = where.get(Math.min(i, where.size() - 1));
      if (t.rank() == 0) throw fail(at, IssueCodes.SHAPE_MISMATCH, "cannot iterate over a scalar " + t);
      if (n == null) n = t.dim(0);
      else if (!n.equals(t.dim(0))) {
        throw fail(at, IssueCodes.SHAPE_MISMATCH, "iterated tensors differ in their leading dimension: "
            + xs.get(0).type() + " and " + t);
      }
    }
    return n;
  }

  static List<TensorVal> flatten(Val v, EObject at) {
    List<TensorVal> out = new ArrayList<>();
    flattenInto(v, at, out);
    return out;
  }

  private static void flattenInto(Val v, EObject at, List<TensorVal> out) {
    if (v instanceof TupleVal t && v != Poison.VALUE) {
      for (Val e : t.elements()) flattenInto(e, at, out);
    } else {
      out.add(Elaborator.asTensor(v, at));
    }
  }

  /** A value with the structure of {@code shape} whose tensors come from {@code leaves}. */
  static Val rebuild(Val shape, Iterator<Val> leaves) {
    if (shape instanceof TupleVal t) {
      List<Val> es = new ArrayList<>();
      for (Val e : t.elements()) es.add(rebuild(e, leaves));
      return new TupleVal(es);
    }
    return leaves.next();
  }

  private static List<TensorType> types(List<TensorVal> ts) {
    return ts.stream().map(TensorVal::type).toList();
  }
}
