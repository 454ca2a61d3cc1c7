package dev.fractalgen.dsl.elab;

import dev.fractalgen.etdg.type.DimExpr;
import java.util.ArrayList;
import java.util.List;

/** Shape comparisons that hold for every value of the run-time sizes. */
final class Shapes {
  private Shapes() {}

  /** Equal element counts: the same symbolic dims (as a multiset) and the same constant product. */
  static boolean sameElementCount(List<DimExpr> a, List<DimExpr> b) {
    List<DimExpr> rest = new ArrayList<>();
    long pa = 1;
    for (DimExpr d : a) {
      if (d.isConstant()) pa *= d.constant();
      else rest.add(d);
    }
    long pb = 1;
    for (DimExpr d : b) {
      if (d.isConstant()) pb *= d.constant();
      else if (!rest.remove(d)) return false;
    }
    return pa == pb && rest.isEmpty();
  }

  static boolean equalExcept(List<DimExpr> a, List<DimExpr> b, int axis) {
    for (int i = 0; i < a.size(); i++) if (i != axis && !a.get(i).equals(b.get(i))) return false;
    return true;
  }
}
