package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scan[m]}: the region for i in 0..n-1 with the carries c_1..c_m and row i of every x;
 * its results are the next carries, then y_1..y_q. Outputs: the final carries, then each y_j
 * stacked as {@code [n] ++ y_j.shape}.
 */
final class ScanOp {
  private ScanOp() {
  }

  static List<HostTensor> apply(NodeCall c) {
    c.expectAttrs(1);
    Region region = MapOp.onlyRegion(c);
    long m = c.attr(0);
    if (m < 0 || m >= c.arity()) {
      throw c.fail("needs m >= 0 carries and at least one scanned operand; m = %d, %d operands", m, c.arity());
    }
    int carries = (int) m;
    if (region.getArgs().size() != c.arity()) {
      throw c.fail("has %d operands for %d region arguments", c.arity(), region.getArgs().size());
    }
    int q = region.getResults().size() - carries;
    if (q < 0 || c.outCount() != carries + q) {
      throw c.fail("has %d outputs for %d carries and %d region results", c.outCount(), carries, region.getResults().size());
    }
    long n = -1;
    for (int i = carries; i < c.arity(); i++) {
      HostTensor x = c.in(i);
      if (x.rank() < 1) throw c.fail("scanned operand %d is a scalar", i);
      if (n >= 0 && x.dim(0) != n) throw c.fail("scanned operands have leading dims %d and %d", n, x.dim(0));
      n = x.dim(0);
    }
    List<HostTensor> carry = new ArrayList<>(c.inputs().subList(0, carries));
    List<List<HostTensor>> ys = new ArrayList<>();
    for (int j = 0; j < q; j++) ys.add(new ArrayList<>());
    for (int i = 0; i < n; i++) {
      List<HostTensor> args = new ArrayList<>(carry);
      for (int a = carries; a < c.arity(); a++) args.add(c.in(a).row(i));
      List<HostTensor> r = c.evaluator.evaluate(region, args, c.scope, c.node);
      carry = new ArrayList<>(r.subList(0, carries));
      for (int j = 0; j < q; j++) ys.get(j).add(r.get(carries + j));
    }
    List<HostTensor> outs = new ArrayList<>(carry);
    for (int j = 0; j < q; j++) outs.add(MapOp.stack(c, carries + j, ys.get(j)));
    return outs;
  }
}
