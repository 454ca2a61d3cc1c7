package dev.fractalgen.runtime.checkpoint;

import java.util.Optional;

/**
 * The element types a checkpoint tensor may hold; each constant's {@link #name()} is its
 * safetensors spelling ("F32", "F16", "BF16", "I32").
 */
public enum DType {
    /** IEEE 754 binary32. */
    F32(4),
    /** IEEE 754 binary16. */
    F16(2),
    /** bfloat16: the upper half of a binary32. */
    BF16(2),
    /** Two's-complement signed 32-bit integer. */
    I32(4);

    private final int byteSize;

    DType(int byteSize) {
        this.byteSize = byteSize;
    }

    /** Returns the number of bytes one element occupies in a file or buffer. */
    public int byteSize() {
        return byteSize;
    }

    /** Returns true for the floating-point types F32, F16 and BF16. */
    public boolean isFloatingPoint() {
        return this != I32;
    }

    /**
     * Returns the type spelled {@code name} in safetensors headers, or empty when this runtime
     * does not support it (safetensors knows more types, e.g. F64 or U8).
     */
    public static Optional<DType> fromSafetensorsName(String name) {
        for (DType t : values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
