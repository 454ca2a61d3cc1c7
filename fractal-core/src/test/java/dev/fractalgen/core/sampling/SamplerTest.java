package dev.fractalgen.core.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final float NEAR_ONE = Math.nextDown(1f);
    /** Softmax (temperature 1) of these is exactly 0.5, 0.25, 0.15, 0.10 up to rounding. */
    private static final float[] FOUR = {(float) Math.log(0.5), (float) Math.log(0.25),
        (float) Math.log(0.15), (float) Math.log(0.10)};

    private static SamplingParams params(float t, int k, float p) {
        return SamplingParams.of(t, k, p, 0L);
    }

    @Test
    void argmaxTakesTheLowestIndexAmongTies() {
        assertEquals(1, Sampler.argmax(new float[] {1, 3, 3, 2}, 0, 4));
        // Window [2, 5) of {9, 9, 1, 5, 5}: maxima at relative 1 and 2.
        assertEquals(1, Sampler.argmax(new float[] {9, 9, 1, 5, 5}, 2, 3));
        assertEquals(0, Sampler.argmax(new float[] {-1, -1}, 0, 2));
    }

    @Test
    void argmaxIgnoresNan() {
        assertEquals(1, Sampler.argmax(new float[] {Float.NaN, 1, Float.NaN, 0}, 0, 4));
        assertEquals(0, Sampler.argmax(new float[] {Float.NaN, Float.NaN}, 0, 2));
        float ninf = Float.NEGATIVE_INFINITY;
        assertEquals(0, Sampler.argmax(new float[] {ninf, ninf}, 0, 2));
        assertEquals(1, Sampler.argmax(new float[] {Float.NaN, ninf}, 0, 2));
    }

    @Test
    void greedyIgnoresUTopKAndTopP() {
        float[] logits = {0.5f, 2f, 2f, -1f};
        assertEquals(1, Sampler.sample(logits, 4, SamplingParams.of(0f, 3, 0.1f, 9), NEAR_ONE));
        assertEquals(1, Sampler.sample(logits, 4, SamplingParams.greedy(), 0f));
    }

    @Test
    void zeroUPicksTheMostLikelyToken() {
        float[] logits = {0.1f, 3.0f, -2.0f, 2.9f};
        assertEquals(1, Sampler.sample(logits, 4, params(1.5f, 0, 1f), 0f));
    }

    @Test
    void uJustBelowOnePicksTheLastKeptCandidate() {
        // Candidates by probability: 0, 1, 2, 3; the last is the least likely.
        assertEquals(3, Sampler.sample(FOUR, 4, params(1f, 0, 1f), NEAR_ONE));
        // With top-k 3 the last kept candidate is token 2.
        assertEquals(2, Sampler.sample(FOUR, 4, params(1f, 3, 1f), NEAR_ONE));
    }

    @Test
    void topKOneEqualsGreedyForAnyU() {
        float[] logits = {0.3f, -1f, 0.9f, 0.9f, 0.2f};
        for (float u : new float[] {0f, 0.25f, 0.5f, 0.75f, NEAR_ONE}) {
            assertEquals(2, Sampler.sample(logits, 5, params(2f, 1, 1f), u), "u = " + u);
        }
    }

    @Test
    void topPKeepsTheShortestPrefixReachingP() {
        // Cumulative 0.5, 0.75 >= 0.7: tokens 0 and 1 remain with total 0.75, so token 0 wins
        // while u * 0.75 < 0.5, i.e. u < 2/3.
        SamplingParams p = params(1f, 0, 0.7f);
        assertEquals(0, Sampler.sample(FOUR, 4, p, 0f));
        assertEquals(0, Sampler.sample(FOUR, 4, p, 0.6f));
        assertEquals(0, Sampler.sample(FOUR, 4, p, 0.666f));
        assertEquals(1, Sampler.sample(FOUR, 4, p, 0.668f));
        assertEquals(1, Sampler.sample(FOUR, 4, p, NEAR_ONE));
        // A tiny top-p keeps only the first candidate.
        assertEquals(0, Sampler.sample(FOUR, 4, params(1f, 0, 0.01f), NEAR_ONE));
    }

    @Test
    void topKThenDrawOverRenormalisedWeights() {
        // e = 1, 3, 2, 4 (logits ln 1..ln 4 in order 1, 3, 2, 4); top-2 keeps token 3 (4/7)
        // and token 1 (3/7); the boundary is u = 4/7 = 0.5714.
        float[] logits = {0f, (float) Math.log(3), (float) Math.log(2), (float) Math.log(4)};
        assertEquals(3, Sampler.sample(logits, 4, params(1f, 2, 1f), 0.57f));
        assertEquals(1, Sampler.sample(logits, 4, params(1f, 2, 1f), 0.58f));
    }

    @Test
    void equalLogitsAreOrderedByIndex() {
        float[] logits = {1f, 1f, 1f};
        assertEquals(0, Sampler.sample(logits, 3, params(1f, 0, 1f), 0.3f));
        assertEquals(1, Sampler.sample(logits, 3, params(1f, 0, 1f), 0.5f));
        assertEquals(2, Sampler.sample(logits, 3, params(1f, 0, 1f), 0.9f));
    }

    @Test
    void onlyTheFirstVocabEntriesCount() {
        float[] padded = {0f, 1f, 50f};
        assertEquals(1, Sampler.sample(padded, 2, SamplingParams.greedy(), 0f));
        assertEquals(1, Sampler.sample(padded, 2, params(1f, 0, 1f), 0f));
    }

    @Test
    void nonFiniteLogits() {
        float ninf = Float.NEGATIVE_INFINITY;
        // -infinity and NaN are never drawn while a finite logit exists.
        float[] logits = {ninf, Float.NaN, 0f, ninf};
        for (float u : new float[] {0f, 0.5f, NEAR_ONE}) {
            assertEquals(2, Sampler.sample(logits, 4, params(1f, 0, 1f), u));
        }
        // +infinity, or every logit -infinity, falls back to argmax.
        float pinf = Float.POSITIVE_INFINITY;
        assertEquals(1, Sampler.sample(new float[] {0f, pinf}, 2, params(1f, 0, 1f), 0.9f));
        assertEquals(0, Sampler.sample(new float[] {ninf, ninf}, 2, params(1f, 0, 1f), 0.9f));
    }

    @Test
    void rejectsBadArguments() {
        SamplingParams p = params(1f, 0, 1f);
        assertThrows(IllegalArgumentException.class, () -> Sampler.sample(FOUR, 4, p, 1f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.sample(FOUR, 4, p, -0.1f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.sample(FOUR, 0, p, 0f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.sample(FOUR, 5, p, 0f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.argmax(FOUR, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> Sampler.argmax(FOUR, 0, 0));
    }

    @Test
    void philoxDrawsMatchTheSoftmaxWithinTwoPercent() {
        float[] logits = {2.0f, 1.0f, 0.5f, -1.0f, 0.0f};
        float temperature = 0.8f;
        // Independent softmax in double precision.
        double[] expected = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            expected[i] = Math.exp(logits[i] / 0.8);
            sum += expected[i];
        }
        int draws = 20_000;
        int[] counts = new int[logits.length];
        SamplingParams p = SamplingParams.of(temperature, 0, 1f, 0x5EEDL);
        for (int i = 0; i < draws; i++) {
            // 200 sequences of 100 steps: every (sequence, step) pair is distinct.
            float u = Philox4x32.uniform(p.seed(), i / 100, i % 100);
            counts[Sampler.sample(logits, logits.length, p, u)]++;
        }
        for (int i = 0; i < logits.length; i++) {
            double freq = counts[i] / (double) draws;
            assertEquals(expected[i] / sum, freq, 0.02, "token " + i);
        }
    }
}
