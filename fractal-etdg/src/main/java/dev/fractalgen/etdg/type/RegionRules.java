package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import java.util.ArrayList;
import java.util.List;

/** Typing of the nodes with a region: map and scan. */
final class RegionRules {
  private RegionRules() {}

  /**
   * map o_1..o_k: an iterated arg a_i has o_i's element type and walks o_i's leading dim (one n
   * for all of them), another arg has o_i's type; one output [n] ++ r_j per region result r_j.
   */
  static List<TensorType> map(RuleContext cx) {
    if (!cx.expectOperandsAtLeast(1) || !cx.expectInts(0)) return null;
    Region r = cx.node.getRegions().get(0);
    if (!expectArgs(cx, r, cx.operandCount())) return null;
    DimExpr n = null;
    int nFrom = -1;
    for (int i = 0; i < cx.operandCount(); i++) {
      Arg a = r.getArgs().get(i);
      TensorType o = cx.operand(i);
      TensorType expected = o;
      if (a.isIterated()) {
        if (o.isScalar()) {
          cx.problem("map operand " + i + " is a scalar " + o + " and cannot be iterated");
          continue;
        }
        if (n == null) {
          n = o.dim(0);
          nFrom = i;
        } else if (!n.equals(o.dim(0))) {
          cx.problem("map iterates operand " + i + " " + o + " over " + o.dim(0)
              + ", but operand " + nFrom + " over " + n);
        }
        expected = o.dropLeading();
      }
      cx.expect(TensorType.of(a), expected, "map arg " + i + " %" + a.getName());
    }
    if (n == null && cx.problems().isEmpty()) cx.problem("map has no iterated argument");
    List<TensorType> results = resultTypes(cx, r);
    if (results == null || !cx.problems().isEmpty()) return null;
    if (results.isEmpty()) {
      cx.problem("map region yields nothing");
      return null;
    }
    List<TensorType> out = new ArrayList<>();
    for (TensorType t : results) out.add(t.prepend(n));
    return out;
  }

  /**
   * scan[m] c_1..c_m, x_1..x_k: region args are the carries' types then the x's element types
   * (one leading dim n for all x's); region results are the m next carries (of the carries'
   * types) then y_1..y_q; outputs the final carries then each y stacked to [n] ++ y.
   */
  static List<TensorType> scan(RuleContext cx) {
    if (!cx.expectInts(1)) return null;
    long m = cx.intAt(0);
    int total = cx.operandCount();
    if (m < 0 || m >= total) {
      cx.problem("scan[" + m + "] needs " + m + " carries and at least one scanned operand, has "
          + total + " operands");
      return null;
    }
    int carries = (int) m;
    Region r = cx.node.getRegions().get(0);
    if (!expectArgs(cx, r, total)) return null;
    DimExpr n = null;
    for (int i = 0; i < total; i++) {
      TensorType o = cx.operand(i);
      TensorType expected = o;
      if (i >= carries) {
        if (o.isScalar()) {
          cx.problem("scan operand " + i + " is a scalar " + o + " and cannot be scanned");
          continue;
        }
        if (n == null) n = o.dim(0);
        else if (!n.equals(o.dim(0))) {
          cx.problem("scan operand " + i + " " + o + " has length " + o.dim(0) + ", expected " + n);
        }
        expected = o.dropLeading();
      }
      Arg a = r.getArgs().get(i);
      cx.expect(TensorType.of(a), expected, "scan arg " + i + " %" + a.getName());
    }
    List<TensorType> results = resultTypes(cx, r);
    if (results == null || !cx.problems().isEmpty()) return null;
    if (results.size() < carries) {
      cx.problem("scan region yields " + results.size() + " values, fewer than its " + carries
          + " carries");
      return null;
    }
    List<TensorType> out = new ArrayList<>();
    for (int i = 0; i < carries; i++) {
      cx.expect(results.get(i), cx.operand(i), "scan region result " + i + " (next carry)");
      out.add(cx.operand(i));
    }
    for (int j = carries; j < results.size(); j++) out.add(results.get(j).prepend(n));
    return cx.problems().isEmpty() ? out : null;
  }

  private static boolean expectArgs(RuleContext cx, Region r, int n) {
    if (r.getArgs().size() == n) return true;
    cx.problem(cx.opName() + " region has " + r.getArgs().size() + " args for " + n + " operands");
    return false;
  }

  private static List<TensorType> resultTypes(RuleContext cx, Region r) {
    List<TensorType> out = new ArrayList<>();
    for (int j = 0; j < r.getResults().size(); j++) {
      Use u = r.getResults().get(j);
      if (u == null || u.getValue() == null) {
        cx.problem(cx.opName() + " region result " + j + " refers to no value");
        return null;
      }
      out.add(TensorType.of(u.getValue()));
    }
    return out;
  }
}
