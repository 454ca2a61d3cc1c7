package dev.fractalgen.dsl.elab;

import dev.fractalgen.dsl.elab.Val.TupleVal;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.TensorTypeRef;
import dev.fractalgen.dsl.fractal.TupleTypeRef;
import dev.fractalgen.dsl.fractal.TypeRef;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.List;

/** Placeholder arguments of a declared parameter type, for checking a function on its own. */
final class GenericArgs {
  private final Elaborator el;
  private final Env env;
  private final RegionBuilder region;

  GenericArgs(Elaborator el, Env env, RegionBuilder region) {
    this.el = el;
    this.env = env;
    this.region = region;
  }

  Val of(TypeRef t, String name) {
    if (t instanceof TupleTypeRef tt) {
      List<Val> es = new ArrayList<>();
      for (TypeRef e : tt.getElements()) es.add(of(e, name));
      return new TupleVal(es);
    }
    TensorTypeRef tr = (TensorTypeRef) t;
    List<DimExpr> dims = new ArrayList<>();
    for (Expr d : tr.getDims()) dims.add(el.dim(d, env));
    TensorType type = new TensorType(DType.get(tr.getDtype().getLiteral().toUpperCase()), dims);
    return Emitter.of(region.arg(name, type, false));
  }
}
