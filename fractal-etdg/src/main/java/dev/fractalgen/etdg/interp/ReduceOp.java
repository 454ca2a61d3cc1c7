package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.ReduceOrder;
import dev.fractalgen.core.sampling.Sampler;
import java.util.Arrays;

/**
 * {@code reduce}: the axis removed, each output element folding its lane of the input in the
 * node's order (sequential, or a tree of lanes), exactly as docs/etdg.md spells out the accumulators.
 */
final class ReduceOp {
  private ReduceOp() {
  }

  static HostTensor apply(NodeCall c) {
    c.expectArity(1);
    c.expectAttrs(1);
    ReduceKind kind = c.node.getReduce();
    if (kind == null) throw c.fail("has no reduce kind");
    ReduceOrder order = c.node.getOrder();
    HostTensor x = c.in(0);
    int axis = c.axis(0, x.rank());
    long[] xShape = x.shape();
    int n = (int) xShape[axis];
    if (n == 0 && kind != ReduceKind.SUM && kind != ReduceKind.PROD) {
      throw c.fail("%s of an empty axis %d", kind.getLiteral().toLowerCase(), axis);
    }
    long[] outShape = Layout.remove(xShape, axis);
    TensorBuilder b = new TensorBuilder(kind == ReduceKind.ARGMAX ? DType.I32 : x.dtype(), outShape);
    for (int o = 0; o < b.size(); o++) {
      // The lane of output element o: every input element that differs from it only on axis.
      int[] oi = Layout.unravel(o, outShape);
      int[] xi = new int[x.rank()];
      for (int a = 0, k = 0; a < x.rank(); a++) xi[a] = a == axis ? 0 : oi[k++];
      int[] lane = new int[n];
      for (int j = 0; j < n; j++) {
        xi[axis] = j;
        lane[j] = Layout.ravel(xi, xShape);
      }
      if (kind == ReduceKind.ARGMAX) b.setInt(o, argmax(x, lane));
      else if (x.isFloat() && order != null && (kind == ReduceKind.SUM || kind == ReduceKind.PROD)) {
        b.setFloat(o, foldTree(kind == ReduceKind.SUM, order, x, lane, c.ctx().options().f64Accumulation()));
      } else if (x.isFloat()) b.setFloat(o, foldFloat(kind, x, lane, c.ctx().options().f64Accumulation()));
      else b.setInt(o, foldInt(kind, x, lane));
    }
    return b.build();
  }

  private static float foldFloat(ReduceKind kind, HostTensor x, int[] lane, boolean f64) {
    switch (kind) {
      case SUM, PROD -> {
        boolean sum = kind == ReduceKind.SUM;
        if (f64) {
          double acc = sum ? 0 : 1;
          for (int e : lane) acc = sum ? acc + x.floatAt(e) : acc * x.floatAt(e);
          return (float) acc;
        }
        float acc = sum ? 0f : 1f;
        for (int e : lane) acc = sum ? acc + x.floatAt(e) : acc * x.floatAt(e);
        return acc;
      }
      case MAX, MIN -> {
        // Math.max/min, as the binary maximum/minimum: NaN propagates.
        float acc = x.floatAt(lane[0]);
        for (int j = 1; j < lane.length; j++) {
          acc = kind == ReduceKind.MAX ? Math.max(acc, x.floatAt(lane[j])) : Math.min(acc, x.floatAt(lane[j]));
        }
        return acc;
      }
      default -> throw new IllegalArgumentException(kind.toString());
    }
  }

  /**
   * The tree order: chunks of W consecutive elements dealt to L lane accumulators in turn, each
   * folding its own in index order, then the halving butterfly into lane 0. Accumulators are
   * doubles rounded to f32 after every step unless the f64 option is on: f64 carries more than twice
   * f32's precision plus two bits, so rounding its sum or product of two f32 values once more gives
   * exactly the f32 operation's result.
   */
  private static float foldTree(boolean sum, ReduceOrder order, HostTensor x, int[] lane, boolean f64) {
    int lanes = order.getLanes(), width = order.getWidth();
    double[] acc = new double[lanes];
    Arrays.fill(acc, sum ? 0 : 1);
    for (int j = 0; j < lane.length; j++) {
      int l = (j / width) % lanes;
      acc[l] = step(sum, acc[l], x.floatAt(lane[j]), f64);
    }
    for (int h = lanes / 2; h >= 1; h /= 2) {
      for (int l = 0; l < h; l++) acc[l] = step(sum, acc[l], acc[l + h], f64);
    }
    return (float) acc[0];
  }

  private static double step(boolean sum, double a, double b, boolean f64) {
    double r = sum ? a + b : a * b;
    return f64 ? r : (float) r;
  }

  /** Two's complement accumulation, so sum and prod wrap like every i32 operation. */
  private static int foldInt(ReduceKind kind, HostTensor x, int[] lane) {
    int acc = switch (kind) {
      case SUM -> 0;
      case PROD -> 1;
      default -> x.intAt(lane[0]);
    };
    for (int j = 0; j < lane.length; j++) {
      int v = x.intAt(lane[j]);
      acc = switch (kind) {
        case SUM -> acc + v;
        case PROD -> acc * v;
        case MAX -> Math.max(acc, v);
        case MIN -> Math.min(acc, v);
        default -> throw new IllegalArgumentException(kind.toString());
      };
    }
    return acc;
  }

  /**
   * The index of the first maximum. Floats follow {@link Sampler#argmax}, the greedy rule of the
   * sample op, so that a front end may use either: NaN is skipped, all-NaN gives 0.
   */
  private static int argmax(HostTensor x, int[] lane) {
    if (x.isFloat()) {
      float[] v = new float[lane.length];
      for (int j = 0; j < lane.length; j++) v[j] = x.floatAt(lane[j]);
      return Sampler.argmax(v, 0, v.length);
    }
    int best = 0;
    for (int j = 1; j < lane.length; j++) if (x.intAt(lane[j]) > x.intAt(lane[best])) best = j;
    return best;
  }
}
