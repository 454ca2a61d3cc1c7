package dev.fractalgen.runtime.checkpoint;

import java.util.Arrays;
import java.util.Objects;

/**
 * A weight a compiled program declares: its name, element type, exact shape, and where its data
 * comes from.
 */
public record WeightSpec(String name, DType dtype, long[] shape, WeightSource source) {

    /**
     * Validates and defensively copies the shape.
     *
     * @throws IllegalArgumentException on a negative dimension, or a stacked source whose count
     *     differs from the leading dimension
     */
    public WeightSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(source, "source");
        shape = shape.clone();
        Tensor.elementCount(shape); // rejects negative dimensions
        if (source instanceof WeightSource.Stacked s
                && (shape.length == 0 || shape[0] != s.count())) {
            throw new IllegalArgumentException("weight '" + name + "' stacks " + s.count()
                    + " tensors but declares shape " + Tensor.shapeString(shape));
        }
    }

    /** Declares a weight read from the checkpoint tensor {@code tensor}. */
    public static WeightSpec named(String name, DType dtype, long[] shape, String tensor) {
        return new WeightSpec(name, dtype, shape, new WeightSource.Named(tensor));
    }

    /** Declares a weight stacked from {@code count} tensors named by {@code pattern}. */
    public static WeightSpec stacked(String name, DType dtype, long[] shape, String pattern,
            int count) {
        return new WeightSpec(name, dtype, shape, new WeightSource.Stacked(pattern, count));
    }

    /** Declares a weight sharing the data of the declared weight {@code other}. */
    public static WeightSpec tied(String name, DType dtype, long[] shape, String other) {
        return new WeightSpec(name, dtype, shape, new WeightSource.Tied(other));
    }

    /** Returns a copy of the declared shape. */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightSpec w && name.equals(w.name) && dtype == w.dtype
                && Arrays.equals(shape, w.shape) && source.equals(w.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dtype, Arrays.hashCode(shape), source);
    }

    @Override
    public String toString() {
        return name + ": " + dtype + " " + Tensor.shapeString(shape) + " <- " + source;
    }
}
