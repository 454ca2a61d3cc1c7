package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.core.numeric.HalfPrecision;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * An immutable tensor value of the reference interpreter: a dtype, a shape and row-major data,
 * {@code float[]} for f32/f16/bf16 and {@code int[]} for i32.
 *
 * <p>Invariant: an f16 or bf16 tensor only holds values representable in its dtype. Every way of
 * making one rounds its data (ties to even), which is how "rounded to their dtype at every node
 * output" (docs/etdg.md) holds without each op having to remember it.
 */
public final class HostTensor {
  private final DType dtype;
  private final long[] shape;
  private final float[] floats;
  private final int[] ints;

  /** Takes ownership of the arrays; exactly one of them is non-null, matching the dtype. */
  HostTensor(DType dtype, long[] shape, float[] floats, int[] ints) {
    this.dtype = dtype;
    this.shape = shape.clone();
    int n = elementCount(shape);
    if (isFloat(dtype)) {
      if (floats == null || ints != null || floats.length != n) {
        throw new IllegalArgumentException(dtype + Arrays.toString(shape) + " needs " + n + " float values");
      }
      for (int i = 0; i < n; i++) floats[i] = round(dtype, floats[i]);
    } else if (ints == null || floats != null || ints.length != n) {
      throw new IllegalArgumentException(dtype + Arrays.toString(shape) + " needs " + n + " int values");
    }
    this.floats = floats;
    this.ints = ints;
  }

  /** A floating tensor of {@code dtype} (f32, f16 or bf16); the values are rounded to it. */
  public static HostTensor ofFloats(DType dtype, long[] shape, float... data) {
    if (!isFloat(dtype)) throw new IllegalArgumentException(dtype + " is not a floating dtype");
    return new HostTensor(dtype, shape, data.clone(), null);
  }

  public static HostTensor f32(long[] shape, float... data) {
    return ofFloats(DType.F32, shape, data);
  }

  public static HostTensor i32(long[] shape, int... data) {
    return new HostTensor(DType.I32, shape, null, data.clone());
  }

  public static HostTensor scalarF32(float v) {
    return f32(new long[0], v);
  }

  public static HostTensor scalarI32(int v) {
    return i32(new long[0], v);
  }

  /** A tensor of zeros (the initial value of every state). */
  public static HostTensor zeros(DType dtype, long[] shape) {
    int n = elementCount(shape);
    return isFloat(dtype) ? new HostTensor(dtype, shape, new float[n], null)
        : new HostTensor(dtype, shape, null, new int[n]);
  }

  public DType dtype() {
    return dtype;
  }

  public long[] shape() {
    return shape.clone();
  }

  public int rank() {
    return shape.length;
  }

  public long dim(int axis) {
    return shape[axis];
  }

  /** The number of elements. */
  public int size() {
    return floats != null ? floats.length : ints.length;
  }

  public boolean isFloat() {
    return floats != null;
  }

  /** Element {@code flat} (row-major) of a floating tensor. */
  public float floatAt(int flat) {
    if (floats == null) throw new IllegalStateException("floatAt on an " + typeString() + " tensor");
    return floats[flat];
  }

  /** Element {@code flat} (row-major) of an i32 tensor. */
  public int intAt(int flat) {
    if (ints == null) throw new IllegalStateException("intAt on an " + typeString() + " tensor");
    return ints[flat];
  }

  /** A copy of the data of a floating tensor. */
  public float[] floats() {
    if (floats == null) throw new IllegalStateException("floats() on an " + typeString() + " tensor");
    return floats.clone();
  }

  /** A copy of the data of an i32 tensor. */
  public int[] ints() {
    if (ints == null) throw new IllegalStateException("ints() on an " + typeString() + " tensor");
    return ints.clone();
  }

  /** The same data under another shape of the same element count (row-major order kept). */
  public HostTensor reshape(long[] newShape) {
    return new HostTensor(dtype, newShape, floats == null ? null : floats.clone(), ints == null ? null : ints.clone());
  }

  /** Element {@code i} along the leading dimension: a tensor of shape {@code shape[1:]}. */
  public HostTensor row(int i) {
    if (rank() == 0 || i < 0 || i >= shape[0]) {
      throw new IndexOutOfBoundsException("row " + i + " of " + typeString());
    }
    long[] rowShape = Arrays.copyOfRange(shape, 1, shape.length);
    int n = elementCount(rowShape);
    return floats != null
        ? new HostTensor(dtype, rowShape, Arrays.copyOfRange(floats, i * n, i * n + n), null)
        : new HostTensor(dtype, rowShape, null, Arrays.copyOfRange(ints, i * n, i * n + n));
  }

  /** {@code f32[2, 3]}, the form of docs/etdg.md with concrete dims. */
  public String typeString() {
    return typeString(dtype, shape);
  }

  static String typeString(DType dtype, long[] shape) {
    return dtype.getLiteral().toLowerCase()
        + LongStream.of(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  static boolean isFloat(DType dtype) {
    return dtype != DType.I32;
  }

  /** {@code f} rounded to {@code dtype} (ties to even); identity for f32. */
  static float round(DType dtype, float f) {
    return switch (dtype) {
      case F16 -> HalfPrecision.fromF16(HalfPrecision.toF16(f));
      case BF16 -> HalfPrecision.fromBf16(HalfPrecision.toBf16(f));
      default -> f;
    };
  }

  /** The element count of {@code shape}; rejects negative dims and counts beyond a Java array. */
  static int elementCount(long[] shape) {
    long n = 1;
    for (long d : shape) {
      if (d < 0) throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
      n = Math.multiplyExact(n, d);
      if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many elements: " + Arrays.toString(shape));
    }
    return (int) n;
  }

  /** Equal dtype, shape and data; floats compare as {@link Float#equals}: NaN equals NaN, -0 differs from 0. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HostTensor t) || t.dtype != dtype || !Arrays.equals(t.shape, shape)) return false;
    return floats != null ? Arrays.equals(floats, t.floats) : Arrays.equals(ints, t.ints);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * dtype.hashCode() + Arrays.hashCode(shape))
        + (floats != null ? Arrays.hashCode(floats) : Arrays.hashCode(ints));
  }

  @Override
  public String toString() {
    String data = floats != null ? Arrays.toString(floats) : Arrays.toString(ints);
    return typeString() + " " + data;
  }
}
