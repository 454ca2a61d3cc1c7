package dev.fractalgen.runtime.checkpoint;

import java.util.Objects;

/** Where a declared weight's data comes from: {@link Named}, {@link Stacked} or {@link Tied}. */
public sealed interface WeightSource {

    /** The checkpoint tensor called {@code tensor}, as is. */
    record Named(String tensor) implements WeightSource {
        /** Creates the source; the name must be non-null. */
        public Named {
            Objects.requireNonNull(tensor, "tensor");
        }
    }

    /**
     * The {@code count} tensors named by replacing {@value #INDEX} in {@code pattern} with
     * 0..count-1, stacked along a new leading axis.
     */
    record Stacked(String pattern, int count) implements WeightSource {
        /** The placeholder a stack pattern must contain. */
        public static final String INDEX = "{i}";

        /**
         * Creates the source.
         *
         * @throws IllegalArgumentException if the pattern lacks {@value #INDEX} or count < 1
         */
        public Stacked {
            if (!pattern.contains(INDEX)) {
                throw new IllegalArgumentException(
                        "stack pattern '" + pattern + "' lacks " + INDEX);
            }
            if (count < 1) {
                throw new IllegalArgumentException("stack count must be >= 1, got " + count);
            }
        }

        /** Returns the checkpoint name of part {@code i}. */
        public String part(int i) {
            return pattern.replace(INDEX, Integer.toString(i));
        }
    }

    /** The same data as the declared weight called {@code weight}. */
    record Tied(String weight) implements WeightSource {
        /** Creates the source; the name must be non-null. */
        public Tied {
            Objects.requireNonNull(weight, "weight");
        }
    }
}
