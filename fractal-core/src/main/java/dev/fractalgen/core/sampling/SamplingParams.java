package dev.fractalgen.core.sampling;

import java.util.Locale;

/**
 * How {@link Sampler} picks a token: temperature (0 = greedy), top-k (0 = off), top-p (1 = off)
 * and the Philox seed of the uniform stream.
 *
 * @param temperature finite and {@code >= 0}
 * @param topK 0 (off) or {@code >= 1}
 * @param topP in (0, 1]
 * @param seed any value; see {@link Philox4x32#uniform}
 */
public record SamplingParams(float temperature, int topK, float topP, long seed) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad value
     */
    public SamplingParams {
        if (!(temperature >= 0)) { // also rejects NaN
            throw bad("temperature must be >= 0, got %s", temperature);
        }
        if (Float.isInfinite(temperature)) {
            throw bad("temperature must be finite, got %s", temperature);
        }
        if (topK < 0) {
            throw bad("topK must be >= 0 (0 = off), got %d", topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw bad("topP must be in (0, 1], got %s", topP);
        }
    }

    /** Returns validated parameters; same contract as the canonical constructor. */
    public static SamplingParams of(float temperature, int topK, float topP, long seed) {
        return new SamplingParams(temperature, topK, topP, seed);
    }

    /** Returns parameters for greedy decoding (temperature 0). */
    public static SamplingParams greedy() {
        return new SamplingParams(0f, 0, 1f, 0L);
    }

    private static IllegalArgumentException bad(String format, Object value) {
        return new IllegalArgumentException(String.format(Locale.ROOT, format, value));
    }
}
