package dev.fractalgen.core.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Known-answer vectors from Random123's kat_vectors file (lines "philox4x32 10 ..."): counter
 * (4 words), key (2 words), expected output (4 words).
 */
class Philox4x32Test {

    @Test
    void zeroCounterZeroKey() {
        assertArrayEquals(new int[] {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8},
                Philox4x32.block(0, 0, 0, 0, 0, 0));
    }

    @Test
    void allOnesCounterAllOnesKey() {
        int f = 0xffffffff;
        assertArrayEquals(new int[] {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd},
                Philox4x32.block(f, f, f, f, f, f));
    }

    @Test
    void piDigitsVector() {
        assertArrayEquals(new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1},
                Philox4x32.block(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344,
                        0xa4093822, 0x299f31d0));
    }

    @Test
    void uniformOfSeedZeroIsTheTopBitsOfTheZeroVector() {
        // x0 = 0x6627e8d5; x0 >>> 8 = 0x6627e8 = 6*16^5 + 6*16^4 + 2*16^3 + 7*16^2 + 14*16 + 8
        // = 6,694,888; divided by 2^24.
        assertEquals(6_694_888f / 16_777_216f, Philox4x32.uniform(0L, 0, 0));
    }

    @Test
    void uniformMapsSeedHalvesToKeyAndStepSequenceToCounter() {
        // Key (0xa4093822, 0x299f31d0) is the pi vector's; its counter is not of uniform's form,
        // so this pins the mapping: low seed word -> k0, step -> c0, sequence -> c1.
        long seed = 0x299f31d0_a4093822L;
        int x0 = Philox4x32.block(7, 3, 0, 0, 0xa4093822, 0x299f31d0)[0];
        assertEquals((x0 >>> 8) / 16_777_216f, Philox4x32.uniform(seed, 3, 7));
        int swapped = Philox4x32.block(3, 7, 0, 0, 0xa4093822, 0x299f31d0)[0];
        assertTrue(x0 != swapped, "step and sequence are distinct counter words");
    }

    @Test
    void uniformStaysInUnitInterval() {
        for (int i = 0; i < 10_000; i++) {
            float u = Philox4x32.uniform(-1L, i, i * 31);
            assertTrue(u >= 0f && u < 1f, "u = " + u);
        }
    }
}
