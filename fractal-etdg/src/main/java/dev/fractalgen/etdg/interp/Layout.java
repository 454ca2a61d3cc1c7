package dev.fractalgen.etdg.interp;

/**
 * Row-major index arithmetic: the bridge between a flat element number and its multi-index.
 *
 * <p>The layout ops are written as "output element at multi-index o is input element at f(o)",
 * which is slower than strided loops but can be checked against docs/etdg.md line by line.
 */
final class Layout {
  private Layout() {
  }

  /** The multi-index of element {@code flat} of a tensor of {@code shape}. */
  static int[] unravel(int flat, long[] shape) {
    int[] idx = new int[shape.length];
    for (int a = shape.length - 1; a >= 0; a--) {
      idx[a] = (int) (flat % shape[a]);
      flat = (int) (flat / shape[a]);
    }
    return idx;
  }

  /** The flat element number of multi-index {@code idx} in a tensor of {@code shape}. */
  static int ravel(int[] idx, long[] shape) {
    long flat = 0;
    for (int a = 0; a < shape.length; a++) flat = flat * shape[a] + idx[a];
    return (int) flat;
  }

  /** {@code shape} without axis {@code axis}. */
  static long[] remove(long[] shape, int axis) {
    long[] r = new long[shape.length - 1];
    for (int a = 0, k = 0; a < shape.length; a++) if (a != axis) r[k++] = shape[a];
    return r;
  }

  /** {@code head} followed by {@code tail}. */
  static long[] concat(long[] head, long[] tail) {
    long[] r = new long[head.length + tail.length];
    System.arraycopy(head, 0, r, 0, head.length);
    System.arraycopy(tail, 0, r, head.length, tail.length);
    return r;
  }
}
