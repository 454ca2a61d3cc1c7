package dev.fractalgen.core.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamplingParamsTest {

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
        "-1.0 | 0  | 1.0 | 0 | temperature must be >= 0, got -1.0",
        "NaN  | 0  | 1.0 | 0 | temperature must be >= 0, got NaN",
        "Infinity | 0 | 1.0 | 0 | temperature must be finite, got Infinity",
        "1.0  | -1 | 1.0 | 0 | topK must be >= 0 (0 = off), got -1",
        "1.0  | 0  | 0.0 | 0 | topP must be in (0, 1], got 0.0",
        "1.0  | 0  | 1.5 | 0 | topP must be in (0, 1], got 1.5",
        "1.0  | 0  | NaN | 0 | topP must be in (0, 1], got NaN",
    })
    void rejectsBadValuesWithOneLineMessages(float t, int k, float p, long seed, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SamplingParams.of(t, k, p, seed));
        assertEquals(message, e.getMessage());
    }

    @Test
    void acceptsBoundaries() {
        SamplingParams p = SamplingParams.of(0f, 0, 1f, -5L);
        assertEquals(0f, p.temperature());
        assertEquals(-5L, p.seed());
        assertEquals(1, SamplingParams.of(2f, 1, Float.MIN_VALUE, 0).topK());
        assertEquals(0f, SamplingParams.greedy().temperature());
    }
}
