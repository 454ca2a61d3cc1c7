package dev.fractalgen.core.sampling;

import java.util.Arrays;

/**
 * The reference token sampler: greedy, temperature, top-k and top-p with one uniform variate,
 * specified to the rounding so that every backend can reproduce it bit for bit.
 *
 * <p>All arithmetic below is f32 unless stated, performed in the order given:
 * <ol>
 *   <li>If temperature == 0: return {@link #argmax} of the logits; top-k/top-p are ignored.
 *   <li>z_i = logits_i / temperature; m = max z_i; e_i = (float) exp(z_i - m), the subtraction
 *       in f32 and the exponential in double ({@link Math#exp}), rounded once to f32.
 *   <li>Candidates are ordered by descending e_i, ties by ascending index.
 *   <li>top-k: if topK > 0, keep the first min(topK, vocab) candidates.
 *   <li>s = sum of the kept e_i, accumulated in candidate order; p_i = e_i / s.
 *   <li>top-p: if topP < 1, keep the shortest prefix of the kept candidates whose running sum of
 *       p_i (in order) is >= topP; if rounding keeps the sum below topP, keep them all.
 *   <li>t = sum of the remaining p_i in order; r = u * t; walk the remaining candidates with
 *       c += p_i and return the first whose c > r; if none (rounding), return the last one.
 * </ol>
 * Non-finite inputs: a NaN logit counts as -infinity (its e_i is 0). If m is not finite (every
 * logit -infinity or NaN, a +infinity logit, or z overflowing), the result is argmax of the
 * logits, the temperature-to-zero limit.
 */
public final class Sampler {
    private Sampler() {
    }

    /**
     * Returns the token drawn from {@code logits[0, vocab)} under {@code p} with the uniform
     * variate {@code u}, per the class description.
     *
     * @throws IllegalArgumentException if vocab is not in [1, logits.length] or u not in [0, 1)
     */
    public static int sample(float[] logits, int vocab, SamplingParams p, float u) {
        if (vocab < 1 || vocab > logits.length) {
            throw new IllegalArgumentException(
                    "vocab must be in [1, " + logits.length + "], got " + vocab);
        }
        if (!(u >= 0f && u < 1f)) {
            throw new IllegalArgumentException("u must be in [0, 1), got " + u);
        }
        float temperature = p.temperature();
        if (temperature == 0f) {
            return argmax(logits, 0, vocab);
        }
        float[] z = new float[vocab];
        float m = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < vocab; i++) {
            z[i] = logits[i] / temperature;
            if (z[i] > m) {
                m = z[i];
            }
        }
        if (!Float.isFinite(m)) {
            return argmax(logits, 0, vocab);
        }
        float[] e = new float[vocab];
        for (int i = 0; i < vocab; i++) {
            e[i] = Float.isNaN(z[i]) ? 0f : (float) Math.exp(z[i] - m);
        }
        int[] order = candidates(e);
        int kept = p.topK() > 0 ? Math.min(p.topK(), vocab) : vocab;

        float s = 0f;
        for (int j = 0; j < kept; j++) {
            s += e[order[j]];
        }
        float[] prob = new float[kept];
        for (int j = 0; j < kept; j++) {
            prob[j] = e[order[j]] / s;
        }
        if (p.topP() < 1f) {
            float cumulative = 0f;
            for (int j = 0; j < kept; j++) {
                cumulative += prob[j];
                if (cumulative >= p.topP()) {
                    kept = j + 1;
                    break;
                }
            }
        }
        float t = 0f;
        for (int j = 0; j < kept; j++) {
            t += prob[j];
        }
        float r = u * t;
        float c = 0f;
        for (int j = 0; j < kept; j++) {
            c += prob[j];
            if (c > r) {
                return order[j];
            }
        }
        return order[kept - 1];
    }

    /** Returns token indices ordered by descending {@code e}, ties by ascending index. */
    private static int[] candidates(float[] e) {
        long[] keys = new long[e.length];
        for (int i = 0; i < e.length; i++) {
            // e_i is in [0, 1], so its bit pattern orders like its value; subtracting it from
            // MAX_VALUE makes an ascending sort descending in e while the low word breaks ties
            // by ascending index.
            keys[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(e[i])) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[e.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = (int) keys[j];
        }
        return order;
    }

    /**
     * Returns the index, relative to {@code offset}, of the largest of
     * {@code logits[offset, offset + length)}: the lowest such index among equal maxima; NaN
     * entries are ignored, and 0 is returned when all are NaN.
     *
     * @throws IllegalArgumentException if length < 1 or the range leaves the array
     */
    public static int argmax(float[] logits, int offset, int length) {
        if (length < 1 || offset < 0 || offset > logits.length - length) {
            throw new IllegalArgumentException("range [" + offset + ", " + offset + "+" + length
                    + ") is empty or outside an array of " + logits.length);
        }
        int best = -1;
        float bestValue = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            float v = logits[offset + i];
            // NaN fails both comparisons; -infinity still wins when nothing else has yet.
            if (v > bestValue || (best < 0 && v == bestValue)) {
                best = i;
                bestValue = v;
            }
        }
        return Math.max(best, 0);
    }
}
