package dev.fractalgen.core.sampling;

/**
 * The Philox-4x32-10 counter-based generator of Salmon et al., "Parallel random numbers: as easy
 * as 1, 2, 3" (SC'11), bit-exact with Random123's {@code philox4x32_R(10, ...)}.
 *
 * <p>A round maps counter (c0, c1, c2, c3) and key (k0, k1) to
 * {@code (hi(M1*c2) ^ c1 ^ k0, lo(M1*c2), hi(M0*c0) ^ c3 ^ k1, lo(M0*c0))}, with 64-bit products
 * of unsigned words, M0 = 0xD2511F53 and M1 = 0xCD9E8D57. Ten rounds are applied; between
 * consecutive rounds (nine times) the key is bumped by the Weyl constants W0 = 0x9E3779B9 and
 * W1 = 0xBB67AE85. All arithmetic is modulo 2^32; Java ints carry the unsigned words.
 */
public final class Philox4x32 {
    static final int M0 = 0xD2511F53;
    static final int M1 = 0xCD9E8D57;
    static final int W0 = 0x9E3779B9;
    static final int W1 = 0xBB67AE85;
    static final int ROUNDS = 10;

    private static final long WORD = 0xFFFF_FFFFL;
    private static final float TWO_POW_MINUS_24 = 0x1p-24f;

    private Philox4x32() {
    }

    /** Returns the four output words of Philox-4x32-10 for the given counter and key. */
    public static int[] block(int c0, int c1, int c2, int c3, int k0, int k1) {
        for (int round = 0; round < ROUNDS; round++) {
            if (round > 0) {
                k0 += W0;
                k1 += W1;
            }
            long p0 = (M0 & WORD) * (c0 & WORD); // an unsigned 32x32 product fits 64 bits
            long p1 = (M1 & WORD) * (c2 & WORD);
            int hi0 = (int) (p0 >>> 32);
            int lo0 = (int) p0;
            int hi1 = (int) (p1 >>> 32);
            int lo1 = (int) p1;
            c0 = hi1 ^ c1 ^ k0;
            c1 = lo1;
            c2 = hi0 ^ c3 ^ k1;
            c3 = lo0;
        }
        return new int[] {c0, c1, c2, c3};
    }

    /**
     * Returns the uniform variate in [0, 1) that every FractalGen backend (CPU or GPU) draws for
     * decoding step {@code step} of sequence {@code sequence} under {@code seed}.
     *
     * <p>Definition: key k0 = low 32 bits of {@code seed}, k1 = high 32 bits; counter
     * (c0, c1, c2, c3) = ({@code step}, {@code sequence}, 0, 0); x0 = first output word of
     * {@link #block}; result = (x0 >>> 8) * 2^-24, computed exactly in float. The result thus
     * takes one of the 2^24 values k * 2^-24 and is never 1.
     */
    public static float uniform(long seed, int sequence, int step) {
        int x0 = block(step, sequence, 0, 0, (int) seed, (int) (seed >>> 32))[0];
        // 24 bits fit a float's significand, so the conversion and the scaling are exact.
        return (x0 >>> 8) * TWO_POW_MINUS_24;
    }
}
