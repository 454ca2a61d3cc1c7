package dev.fractalgen.dsl.elab;

import dev.fractalgen.dsl.elab.Val.TensorVal;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.type.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;

/**
 * Emits ETDG nodes for elementwise operations into the current region, folding compile-time
 * constants with exactly the arithmetic the interpreter uses (f32 rounding after every step,
 * wrapping i32), so folding never changes a program's results.
 */
final class Emitter {
  /** Where nodes go; null while evaluating something that must be static (config, dimensions). */
  final RegionBuilder region;
  /** Values of the run-time sizes inside the current generate step (pos, P). */
  final Map<String, Value> symbolValues;

  Emitter(RegionBuilder region, Map<String, Value> symbolValues) {
    this.region = region;
    this.symbolValues = symbolValues;
  }

  Emitter in(RegionBuilder nested) {
    return new Emitter(nested, symbolValues);
  }

  static TensorVal constant(double v, DType dtype) {
    double r = round(v, dtype);
    return new TensorVal(TensorType.scalar(dtype), null, r, dtype == DType.I32 ? DimExpr.of((long) r) : null);
  }

  static TensorVal of(Value v) {
    return new TensorVal(TensorType.of(v), v, null, null);
  }

  static TensorVal ofSize(Value v, DimExpr size) {
    return new TensorVal(TensorType.of(v), v, null, size);
  }

  static double round(double v, DType dtype) {
    return switch (dtype) {
      case I32 -> (double) (int) (long) v;
      default -> (double) (float) v;
    };
  }

  /** The ETDG value of {@code t}, creating a const node (or size arithmetic) when needed. */
  Value materialize(TensorVal t, EObject at) {
    if (t.value() != null) return t.value();
    if (region == null) throw Elaborator.fail(at, IssueCodes.NOT_STATIC, "this must be a compile-time constant");
    if (t.constant() != null) {
      return region.node(Op.CONST).data(t.constant()).output("c", t.type());
    }
    return materializeSize(t.size(), at);
  }

  /** Builds {@code constant + sum(coeff * symbol)} from the values of the run-time sizes. */
  Value materializeSize(DimExpr d, EObject at) {
    TensorType i32 = TensorType.scalar(DType.I32);
    Value acc = null;
    for (var e : d.terms().entrySet()) {
      Value sym = symbolValues.get(e.getKey());
      if (sym == null || region == null) {
        throw Elaborator.fail(at, IssueCodes.NOT_STATIC, "size '" + e.getKey() + "' is not available here");
      }
      Value term = e.getValue() == 1 ? sym
          : region.op(Op.MUL, "mul", i32, sym, materialize(constant(e.getValue(), DType.I32), at));
      acc = acc == null ? term : region.op(Op.ADD, "add", i32, acc, term);
    }
    if (acc == null) return materialize(constant(d.constant(), DType.I32), at);
    if (d.constant() != 0) acc = region.op(Op.ADD, "add", i32, acc, materialize(constant(d.constant(), DType.I32), at));
    return acc;
  }

  TensorVal unary(Op op, TensorVal x, DType result, EObject at) {
    if (op != Op.CAST) checkDtype(op, x.type().dtype(), at);
    if (x.isConstant()) return constant(Folding.unary(op, x.constant(), x.type().dtype(), result), result);
    Value v = materialize(x, at);
    return of(region.op(op, op.getLiteral().toLowerCase(), x.type().withDtype(result), v));
  }

  /** Elementwise binary operation with scalar broadcast; comparisons give i32. */
  TensorVal binary(Op op, TensorVal a, TensorVal b, EObject at) {
    DType dtype = unifyDtypes(a, b, at);
    checkDtype(op, dtype, at);
    TensorType shape = broadcastShape(a.type(), b.type(), op, at);
    DType result = Folding.isComparison(op) ? DType.I32 : dtype;
    if (a.isConstant() && b.isConstant()) {
      return constant(Folding.binary(op, a.constant(), b.constant(), dtype), result);
    }
    DimExpr size = Folding.sizeArithmetic(op, a.size(), b.size());
    Value va = materialize(withDtype(a, dtype), at);
    Value vb = materialize(withDtype(b, dtype), at);
    Value out = region.op(op, op.getLiteral().toLowerCase(), shape.withDtype(result), va, vb);
    return new TensorVal(TensorType.of(out), out, null, size);
  }

  /** The ETDG's typing rule for {@code op} on {@code d}, checked here so the error points at the source (never folded or emitted). */
  private static void checkDtype(Op op, DType d, EObject at) {
    String problem = TypeRules.elementwiseDtypeProblem(op, d);
    if (problem != null) {
      String hint = d == DType.I32 ? " (convert with f32(...))" : " (compare to get an i32 truth value)";
      throw Elaborator.fail(at, IssueCodes.DTYPE_MISMATCH, problem + ", found " + d.getLiteral().toLowerCase() + hint);
    }
  }

  /** A constant takes the dtype of the other operand; two values must agree. */
  static DType unifyDtypes(TensorVal a, TensorVal b, EObject at) {
    DType da = a.type().dtype();
    DType db = b.type().dtype();
    if (da == db) return da;
    if (a.isConstant() && !b.isConstant() && fits(a.constant(), db)) return db;
    if (b.isConstant() && !a.isConstant() && fits(b.constant(), da)) return da;
    if (a.isConstant() && b.isConstant()) return da == DType.I32 ? db : da;
    throw Elaborator.fail(at, IssueCodes.DTYPE_MISMATCH,
        "operands have different dtypes: " + a.type() + " and " + b.type());
  }

  private static boolean fits(double c, DType target) {
    return target != DType.I32 || c == Math.rint(c);
  }

  static TensorVal withDtype(TensorVal t, DType d) {
    if (t.type().dtype() == d || !t.isConstant()) return t;
    return constant(t.constant(), d);
  }

  static TensorType broadcastShape(TensorType a, TensorType b, Op op, EObject at) {
    if (a.isScalar()) return b;
    if (b.isScalar() || a.shape().equals(b.shape())) return a;
    throw Elaborator.fail(at, IssueCodes.SHAPE_MISMATCH, "operands of " + op.getLiteral().toLowerCase()
        + " have incompatible shapes " + a + " and " + b);
  }

  static List<Value> values(List<TensorVal> ts) {
    List<Value> r = new ArrayList<>();
    for (TensorVal t : ts) r.add(t.value());
    return r;
  }
}
