package dev.fractalgen.dsl.elab;

import dev.fractalgen.dsl.elab.Val.TensorVal;
import dev.fractalgen.dsl.fractal.Sub;
import dev.fractalgen.dsl.fractal.Subscript;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.List;

/** Elaborates {@code x[i, a:b, :]}: slices keep their axis (one slice node each), indices drop theirs (one index node). */
final class Subscripts {
  private Subscripts() {}

  static Val apply(Elaborator el, Subscript s, Env env, Emitter em) {
    TensorVal x = el.tensor(s.getTarget(), env, em);
    List<Sub> subs = s.getSubs();
    if (subs.size() > x.type().rank()) {
      throw Elaborator.fail(s, IssueCodes.SHAPE_MISMATCH,
          subs.size() + " subscripts applied to " + x.type() + ", which has " + x.type().rank() + " dimensions");
    }
    TensorVal cur = x;
    List<Long> axes = new ArrayList<>();
    List<Value> indices = new ArrayList<>();
    for (int axis = 0; axis < subs.size(); axis++) {
      Sub sub = subs.get(axis);
      DimExpr extent = x.type().dim(axis);
      if (sub.isSlice()) {
        cur = slice(el, sub, axis, extent, cur, env, em);
      } else if (sub.getIndex() == null) {
        throw Elaborator.fail(sub, IssueCodes.SYNTAX, "an empty subscript: write an index, a slice a:b, or ':'");
      } else {
        TensorVal i = el.tensor(sub.getIndex(), env, em);
        if (i.type().dtype() != DType.I32 || !i.type().isScalar()) {
          throw Elaborator.fail(sub, IssueCodes.DTYPE_MISMATCH, "an index must be an i32 scalar, found " + i.type());
        }
        if (i.isConstant() && extent.isConstant() && (i.constant() < 0 || i.constant() >= extent.constant())) {
          throw Elaborator.fail(sub, IssueCodes.INDEX_RANGE, "index " + i.constant().longValue()
              + " is outside dimension " + axis + " of " + x.type());
        }
        axes.add((long) axis);
        indices.add(em.materialize(i, sub));
      }
    }
    if (axes.isEmpty()) return cur;
    List<DimExpr> shape = new ArrayList<>();
    for (int a = 0; a < cur.type().rank(); a++) if (!axes.contains((long) a)) shape.add(cur.type().dim(a));
    List<Value> operands = new ArrayList<>();
    operands.add(em.materialize(cur, s));
    operands.addAll(indices);
    long[] ints = axes.stream().mapToLong(Long::longValue).toArray();
    return Emitter.of(em.region.node(Op.INDEX).operands(operands).ints(ints)
        .output("index", cur.type().withShape(shape)));
  }

  private static TensorVal slice(Elaborator el, Sub sub, int axis, DimExpr extent, TensorVal cur, Env env, Emitter em) {
    if (sub.getIndex() == null && sub.getTo() == null) return cur;
    TensorVal start = sub.getIndex() == null ? Emitter.constant(0, DType.I32) : el.tensor(sub.getIndex(), env, em);
    DimExpr end = sub.getTo() == null ? extent : el.dim(sub.getTo(), env);
    if (start.size() == null) {
      if (el.generic) throw new ElabError(null);
      throw Elaborator.fail(sub, IssueCodes.NOT_STATIC, "slice bounds must be sizes known when compiling");
    }
    DimExpr length = end.minus(start.size());
    if (length.isConstant() && length.constant() < 0
        || start.size().isConstant() && start.size().constant() < 0
        || extent.minus(end).isConstant() && extent.minus(end).constant() < 0) {
      throw Elaborator.fail(sub, IssueCodes.INDEX_RANGE, "slice " + start.size() + ":" + end
          + " is outside dimension " + axis + " of size " + extent);
    }
    List<DimExpr> shape = new ArrayList<>(cur.type().shape());
    shape.set(axis, length);
    TensorType out = cur.type().withShape(shape);
    // operands first: a constant start becomes a const node, which must precede the slice
    Value x = em.materialize(cur, sub);
    Value from = em.materialize(start, sub);
    return Emitter.of(em.region.node(Op.SLICE).operands(x, from).ints(axis).output("slice", out));
  }
}
