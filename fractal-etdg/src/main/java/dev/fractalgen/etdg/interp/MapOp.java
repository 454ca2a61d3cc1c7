package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code map}: the region once per index i of the shared leading dimension n, an {@code iter}
 * argument seeing row i of its operand and every other argument the whole operand; each region
 * result r_j comes out stacked as {@code [n] ++ r_j.shape}.
 */
final class MapOp {
  private MapOp() {
  }

  static List<HostTensor> apply(NodeCall c) {
    Region region = onlyRegion(c);
    int k = c.arity();
    if (region.getArgs().size() != k) throw c.fail("has %d operands for %d region arguments", k, region.getArgs().size());
    if (region.getResults().size() != c.outCount()) {
      throw c.fail("has %d outputs for %d region results", c.outCount(), region.getResults().size());
    }
    long n = -1;
    for (int i = 0; i < k; i++) {
      if (!region.getArgs().get(i).isIterated()) continue;
      HostTensor o = c.in(i);
      if (o.rank() < 1) throw c.fail("iterated operand %d is a scalar", i);
      if (n >= 0 && o.dim(0) != n) throw c.fail("iterated operands have leading dims %d and %d", n, o.dim(0));
      n = o.dim(0);
    }
    if (n < 0) throw c.fail("has no iterated argument");
    List<List<HostTensor>> results = new ArrayList<>();
    for (int j = 0; j < c.outCount(); j++) results.add(new ArrayList<>());
    for (int i = 0; i < n; i++) {
      List<HostTensor> args = new ArrayList<>();
      for (int a = 0; a < k; a++) {
        Arg arg = region.getArgs().get(a);
        args.add(arg.isIterated() ? c.in(a).row(i) : c.in(a));
      }
      List<HostTensor> r = c.evaluator.evaluate(region, args, c.scope, c.node);
      for (int j = 0; j < r.size(); j++) results.get(j).add(r.get(j));
    }
    List<HostTensor> outs = new ArrayList<>();
    for (int j = 0; j < c.outCount(); j++) outs.add(stack(c, j, results.get(j)));
    return outs;
  }

  static Region onlyRegion(NodeCall c) {
    if (c.node.getRegions().size() != 1) throw c.fail("needs exactly one region, has %d", c.node.getRegions().size());
    return c.node.getRegions().get(0);
  }

  /**
   * The per-iteration values of output {@code j} stacked along a new leading dimension; with no
   * iteration at all, the empty tensor of the output's declared type.
   */
  static HostTensor stack(NodeCall c, int j, List<HostTensor> items) {
    if (items.isEmpty()) return HostTensor.zeros(c.outDtype(j), c.outShape(j));
    HostTensor first = items.get(0);
    for (HostTensor t : items) c.requireSameType(first, t, "values of result " + j + " across iterations");
    long[] shape = Layout.concat(new long[] {items.size()}, first.shape());
    TensorBuilder b = new TensorBuilder(first.dtype(), shape);
    int per = first.size();
    for (int o = 0; o < b.size(); o++) b.copy(o, items.get(o / per), o % per);
    return b.build();
  }
}
