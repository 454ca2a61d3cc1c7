package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Term;
import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The type of an ETDG value: a dtype and a shape of affine dimensions; immutable. */
public record TensorType(DType dtype, List<DimExpr> shape) {

  public TensorType {
    shape = List.copyOf(shape);
  }

  public static TensorType scalar(DType dtype) {
    return new TensorType(dtype, List.of());
  }

  public static TensorType of(DType dtype, long... dims) {
    List<DimExpr> s = new ArrayList<>();
    for (long d : dims) s.add(DimExpr.of(d));
    return new TensorType(dtype, s);
  }

  public int rank() {
    return shape.size();
  }

  public boolean isScalar() {
    return shape.isEmpty();
  }

  /** The number of elements, or -1 when a dimension depends on a run-time size. */
  public long constantElements() {
    long elements = 1;
    for (DimExpr d : shape) {
      if (!d.isConstant()) return -1;
      elements *= d.constant();
    }
    return elements;
  }

  public DimExpr dim(int axis) {
    return shape.get(axis);
  }

  public TensorType withShape(List<DimExpr> s) {
    return new TensorType(dtype, s);
  }

  public TensorType withDtype(DType d) {
    return new TensorType(d, shape);
  }

  /** This type with {@code lead} prepended to the shape (the result of stacking). */
  public TensorType prepend(DimExpr lead) {
    List<DimExpr> s = new ArrayList<>();
    s.add(lead);
    s.addAll(shape);
    return new TensorType(dtype, s);
  }

  /** This type without its leading dimension (an element of a stack). */
  public TensorType dropLeading() {
    return new TensorType(dtype, shape.subList(1, shape.size()));
  }

  /** Concrete dims under an assignment of run-time sizes. */
  public long[] evaluate(Map<String, Long> env) {
    long[] r = new long[shape.size()];
    for (int i = 0; i < r.length; i++) r[i] = shape.get(i).evaluate(env);
    return r;
  }

  /** The type of an EMF value. */
  public static TensorType of(Value v) {
    List<DimExpr> s = new ArrayList<>();
    for (Dim d : v.getShape()) {
      s.add(DimExpr.of(d.getConstant(),
          d.getTerms().stream().collect(Collectors.toMap(Term::getSymbol, Term::getCoeff, Long::sum))));
    }
    return new TensorType(v.getDtype(), s);
  }

  /** Stores this type into an EMF value, replacing its dtype and shape. */
  public void applyTo(Value v) {
    v.setDtype(dtype);
    v.getShape().clear();
    for (DimExpr e : shape) {
      Dim d = EtdgFactory.eINSTANCE.createDim();
      d.setConstant(e.constant());
      e.terms().forEach((sym, c) -> {
        Term t = EtdgFactory.eINSTANCE.createTerm();
        t.setSymbol(sym);
        t.setCoeff(c);
        d.getTerms().add(t);
      });
      v.getShape().add(d);
    }
  }

  /** {@code f32[5, pos+1]}; scalars print as {@code f32[]}. */
  @Override
  public String toString() {
    return dtype.getLiteral().toLowerCase()
        + shape.stream().map(DimExpr::toString).collect(Collectors.joining(", ", "[", "]"));
  }
}
