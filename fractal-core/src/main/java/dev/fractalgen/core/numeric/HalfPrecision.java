package dev.fractalgen.core.numeric;

/**
 * Conversions between binary32 and the two 16-bit float formats; narrowing rounds to nearest,
 * ties to even, and widening is exact.
 *
 * <p>The 16-bit values travel as the low 16 bits of a {@code short} or {@code int}.
 */
public final class HalfPrecision {
    private HalfPrecision() {
    }

    /** Returns the binary16 bit pattern nearest to {@code f} (ties to even; NaN stays NaN). */
    public static short toF16(float f) {
        // Since Java 20 the JDK implements IEEE narrowing with round-to-nearest-even.
        return Float.floatToFloat16(f);
    }

    /** Returns the binary32 value of the binary16 bit pattern {@code bits}, exactly. */
    public static float fromF16(short bits) {
        return Float.float16ToFloat(bits);
    }

    /** Returns the bfloat16 bit pattern nearest to {@code f} (ties to even; NaN stays NaN). */
    public static short toBf16(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (Float.isNaN(f)) {
            // Truncation alone could clear every mantissa bit and turn NaN into infinity.
            return (short) ((bits >>> 16) | 0x0040);
        }
        int lsb = (bits >>> 16) & 1;
        // Adding 0x7FFF plus the kept lsb rounds the dropped half to nearest, ties to even;
        // a carry into the exponent correctly yields the next binade or infinity.
        return (short) ((bits + 0x7FFF + lsb) >>> 16);
    }

    /** Returns the binary32 value of the bfloat16 bit pattern {@code bits}, exactly. */
    public static float fromBf16(short bits) {
        return Float.intBitsToFloat((bits & 0xFFFF) << 16);
    }
}
