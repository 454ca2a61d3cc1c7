package dev.fractalgen.runtime.checkpoint;

import dev.fractalgen.core.numeric.HalfPrecision;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A named, typed, shaped block of little-endian element bytes, immutable through this API.
 *
 * <p>The bytes may be a read-only slice of a memory-mapped file, so a device upload can copy them
 * without conversion. A shape of rank 0 denotes a scalar (one element). Buffers are limited to
 * 2 GiB, the reach of a {@link ByteBuffer}.
 */
public final class Tensor {
    private final String name;
    private final DType dtype;
    private final long[] shape;
    private final ByteBuffer data;

    /**
     * Wraps {@code data} (from its position to its limit) as a tensor; its length must be
     * exactly {@code elementCount(shape) * dtype.byteSize()}.
     *
     * @throws IllegalArgumentException on a negative dimension or a length mismatch
     */
    public Tensor(String name, DType dtype, long[] shape, ByteBuffer data) {
        this.name = Objects.requireNonNull(name, "name");
        this.dtype = Objects.requireNonNull(dtype, "dtype");
        this.shape = shape.clone();
        long bytes = byteSize(dtype, this.shape);
        ByteBuffer view = data.slice().asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        if (view.remaining() != bytes) {
            throw new IllegalArgumentException("tensor '" + name + "' of " + dtype + " "
                    + shapeString(this.shape) + " needs " + bytes + " bytes, got "
                    + view.remaining());
        }
        this.data = view;
    }

    /**
     * Encodes {@code values} as a floating-point tensor, narrowing to F16/BF16 with
     * round-to-nearest-even.
     *
     * @throws IllegalArgumentException if {@code dtype} is I32 or the value count is wrong
     */
    public static Tensor ofFloats(String name, DType dtype, long[] shape, float[] values) {
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("float values cannot be stored as " + dtype);
        }
        ByteBuffer b = allocate(dtype, shape, values.length);
        for (float v : values) {
            switch (dtype) {
                case F32 -> b.putFloat(v);
                case F16 -> b.putShort(HalfPrecision.toF16(v));
                case BF16 -> b.putShort(HalfPrecision.toBf16(v));
                default -> throw new AssertionError(dtype);
            }
        }
        return new Tensor(name, dtype, shape, b.flip());
    }

    /**
     * Encodes {@code values} as an I32 tensor.
     *
     * @throws IllegalArgumentException if the value count is wrong
     */
    public static Tensor ofInts(String name, long[] shape, int[] values) {
        ByteBuffer b = allocate(DType.I32, shape, values.length);
        for (int v : values) {
            b.putInt(v);
        }
        return new Tensor(name, DType.I32, shape, b.flip());
    }

    private static ByteBuffer allocate(DType dtype, long[] shape, int count) {
        long expected = elementCount(shape);
        if (expected != count) {
            throw new IllegalArgumentException(
                    "shape " + shapeString(shape) + " holds " + expected + " values, got " + count);
        }
        return ByteBuffer.allocate(Math.toIntExact(byteSize(dtype, shape)))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Returns the tensor's name (a checkpoint name or, after binding, a declared name). */
    public String name() {
        return name;
    }

    /** Returns the element type. */
    public DType dtype() {
        return dtype;
    }

    /** Returns a copy of the shape, outermost dimension first. */
    public long[] shape() {
        return shape.clone();
    }

    /** Returns the number of elements: the product of the dimensions (1 for a scalar). */
    public long elementCount() {
        return elementCount(shape);
    }

    /** Returns the number of data bytes. */
    public long byteSize() {
        return data.capacity();
    }

    /** Returns a fresh read-only little-endian view of the bytes, positioned at 0. */
    public ByteBuffer data() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Returns this tensor's data under another name; the bytes are shared, not copied. */
    public Tensor withName(String newName) {
        return new Tensor(newName, dtype, shape, data);
    }

    /** Returns every element as a float: F16/BF16 widen exactly, I32 converts as by a cast. */
    public float[] toFloats() {
        ByteBuffer b = data();
        float[] out = new float[Math.toIntExact(elementCount())];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (dtype) {
                case F32 -> b.getFloat();
                case F16 -> HalfPrecision.fromF16(b.getShort());
                case BF16 -> HalfPrecision.fromBf16(b.getShort());
                case I32 -> b.getInt();
            };
        }
        return out;
    }

    /**
     * Returns every element of an I32 tensor.
     *
     * @throws IllegalStateException if the tensor is not I32
     */
    public int[] toInts() {
        if (dtype != DType.I32) {
            throw new IllegalStateException("tensor '" + name + "' is " + dtype + ", not I32");
        }
        ByteBuffer b = data();
        int[] out = new int[Math.toIntExact(elementCount())];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getInt();
        }
        return out;
    }

    /** Returns the shape as e.g. {@code [64, 512]} ({@code []} for a scalar). */
    public String shapeString() {
        return shapeString(shape);
    }

    /** Formats {@code shape} as e.g. {@code [64, 512]}. */
    public static String shapeString(long[] shape) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (long d : shape) {
            j.add(Long.toString(d));
        }
        return j.toString();
    }

    /**
     * Returns the product of the dimensions of {@code shape}.
     *
     * @throws IllegalArgumentException on a negative dimension
     * @throws ArithmeticException if the product overflows a long
     */
    public static long elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + shapeString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /** Returns the byte size of a {@code dtype} tensor of {@code shape}, overflow-checked. */
    public static long byteSize(DType dtype, long[] shape) {
        return Math.multiplyExact(elementCount(shape), (long) dtype.byteSize());
    }

    /** Returns true if {@code other} has the same name, type, shape and bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor t && name.equals(t.name) && dtype == t.dtype
                && Arrays.equals(shape, t.shape) && data.equals(t.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dtype, Arrays.hashCode(shape));
    }

    @Override
    public String toString() {
        return name + ": " + dtype + " " + shapeString();
    }
}
