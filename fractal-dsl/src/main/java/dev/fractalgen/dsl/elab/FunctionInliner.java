package dev.fractalgen.dsl.elab;

import static dev.fractalgen.dsl.elab.Elaborator.fail;

import dev.fractalgen.dsl.elab.Val.TensorVal;
import dev.fractalgen.dsl.elab.Val.TupleVal;
import dev.fractalgen.dsl.fractal.Call;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.Function;
import dev.fractalgen.dsl.fractal.NameRef;
import dev.fractalgen.dsl.fractal.Param;
import dev.fractalgen.dsl.fractal.SizeParam;
import dev.fractalgen.dsl.fractal.TensorTypeRef;
import dev.fractalgen.dsl.fractal.TupleTypeRef;
import dev.fractalgen.dsl.fractal.TypeRef;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * Calls of user functions: binds size parameters by matching argument shapes against the declared
 * parameter types, then elaborates the body in place (functions are always inlined).
 */
final class FunctionInliner {
  private final Elaborator el;
  private final Set<Function> active = new HashSet<>();
  final Set<Function> instantiated = new HashSet<>();
  Env globals;

  FunctionInliner(Elaborator el) {
    this.el = el;
  }

  Val call(Function f, Call c, Env env, Emitter em) {
    if (active.contains(f)) throw fail(c, IssueCodes.RECURSION, "'" + f.getName() + "' calls itself; functions are inlined and cannot recurse");
    if (c.getArgs().size() != f.getParams().size()) {
      throw fail(c, IssueCodes.ARGUMENT_COUNT, f.getName() + " takes " + f.getParams().size()
          + " argument(s), found " + c.getArgs().size());
    }
    Env fenv = globals.child();
    Set<String> unbound = new HashSet<>();
    for (SizeParam s : f.getSizes()) unbound.add(s.getName());
    for (int i = 0; i < f.getParams().size(); i++) {
      Param p = f.getParams().get(i);
      Expr arg = c.getArgs().get(i);
      Val v = el.eval(arg, env, em);
      v = match(p.getType(), v, fenv, unbound, arg, "argument '" + p.getName() + "' of " + f.getName());
      fenv.bind(p.getName(), v);
    }
    active.add(f);
    instantiated.add(f);
    try {
      return body(f, fenv, em, c);
    } finally {
      active.remove(f);
    }
  }

  Val body(Function f, Env fenv, Emitter em, EObject callSite) {
    Val result = el.block(f.getBody(), fenv, em, null);
    if (result == null) throw fail(f, IssueCodes.NOT_A_TENSOR, "function '" + f.getName() + "' has no return");
    if (f.getResult() != null && result != Poison.VALUE) {
      result = match(f.getResult(), result, fenv, Set.of(), f.getBody().getResult(), "the result of " + f.getName());
    }
    return result;
  }

  /** Checks a let's declared type. */
  void checkType(TypeRef t, Val v, Env env, EObject at, String what) {
    match(t, v, env, Set.of(), at, what);
  }

  /**
   * Matches {@code v} against a declared type, binding the size parameters in {@code unbound}
   * (removed once bound) in {@code env}. Compile-time constants take the declared dtype.
   */
  Val match(TypeRef t, Val v, Env env, Set<String> unbound, EObject at, String what) {
    if (v == Poison.VALUE) throw new ElabError(null);
    if (t instanceof TupleTypeRef tt) {
      if (!(v instanceof TupleVal tv) || tv.elements().size() != tt.getElements().size()) {
        throw fail(at, IssueCodes.SHAPE_MISMATCH, what + " must be a tuple of " + tt.getElements().size()
            + ", found " + Elaborator.describe(v));
      }
      List<Val> out = new ArrayList<>();
      for (int i = 0; i < tv.elements().size(); i++) {
        out.add(match(tt.getElements().get(i), tv.elements().get(i), env, unbound, at, what));
      }
      return new TupleVal(out);
    }
    TensorTypeRef tr = (TensorTypeRef) t;
    TensorVal x = Elaborator.asTensor(v, at);
    DType dtype = DType.get(tr.getDtype().getLiteral().toUpperCase());
    if (x.type().dtype() != dtype) {
      if (!x.isConstant()) {
        throw fail(at, IssueCodes.DTYPE_MISMATCH, what + " must have dtype " + dtype.getLiteral().toLowerCase()
            + ", found " + x.type());
      }
      x = Emitter.withDtype(x, dtype);
    }
    List<Expr> dims = tr.getDims();
    if (dims.size() != x.type().rank()) {
      throw fail(at, IssueCodes.SHAPE_MISMATCH, what + " must have " + dims.size() + " dimension(s), found " + x.type());
    }
    for (int i = 0; i < dims.size(); i++) {
      if (dims.get(i) instanceof NameRef n && unbound.contains(n.getName())) {
        env.bindSize(n.getName(), x.type().dim(i));
        unbound.remove(n.getName());
      }
    }
    List<DimExpr> expected = new ArrayList<>();
    for (Expr d : dims) expected.add(el.dim(d, env));
    if (!expected.equals(x.type().shape())) {
      throw fail(at, IssueCodes.SHAPE_MISMATCH, what + " has shape " + x.type() + ", expected "
          + new TensorType(dtype, expected));
    }
    return x;
  }
}
