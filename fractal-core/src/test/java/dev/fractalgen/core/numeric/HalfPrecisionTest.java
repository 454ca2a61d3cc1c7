package dev.fractalgen.core.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bit patterns below are worked out by hand from the IEEE / bfloat16 layouts. */
class HalfPrecisionTest {

    @ParameterizedTest(name = "f16({0}) = {1}")
    @CsvSource({
        "1.0, 0x3C00",            // exponent 15, mantissa 0
        "-2.5, 0xC100",           // sign, exponent 16, mantissa 0.25 * 1024 = 0x100
        "0.0, 0x0000",
        "-0.0, 0x8000",
        "65504.0, 0x7BFF",        // largest finite half
        "65520.0, 0x7C00",        // halfway to 65536 rounds to even, i.e. overflows to infinity
        "5.9604645E-8, 0x0001",   // 2^-24, smallest subnormal
        "1.00048828125, 0x3C00",  // 1 + 2^-11: tie between 0x3C00 and 0x3C01, even wins
        "1.00146484375, 0x3C02",  // 1 + 3 * 2^-11: tie between 0x3C01 and 0x3C02, even wins
        "1.0009765625, 0x3C01",   // 1 + 2^-10: exact
        "0.333333333, 0x3555",    // nearest to 1/3 is 1365/4096
    })
    void narrowsToF16(float value, String hex) {
        assertEquals(Integer.decode(hex).shortValue(), HalfPrecision.toF16(value));
    }

    @ParameterizedTest(name = "bf16({0}) = {1}")
    @CsvSource({
        "1.0, 0x3F80",
        "-2.5, 0xC020",          // upper half of 0xC0200000
        "1.00390625, 0x3F80",    // 1 + 2^-8: tie between 0x3F80 and 0x3F81, even wins
        "1.01171875, 0x3F82",    // 1 + 3 * 2^-8: tie between 0x3F81 and 0x3F82, even wins
        "1.0078125, 0x3F81",     // 1 + 2^-7: exact
        "1.0039064, 0x3F81",     // one float ulp above the tie rounds up
        "3.4028235E38, 0x7F80",  // FLT_MAX rounds up to infinity
    })
    void narrowsToBf16(float value, String hex) {
        assertEquals(Integer.decode(hex).shortValue(), HalfPrecision.toBf16(value));
    }

    @ParameterizedTest(name = "f16 {0} = {1}")
    @CsvSource({"0x3C00, 1.0", "0xC100, -2.5", "0x3555, 0.333251953125", "0x0001, 5.9604645E-8",
        "0x7BFF, 65504.0"})
    void widensF16Exactly(String hex, float expected) {
        assertEquals(expected, HalfPrecision.fromF16(Integer.decode(hex).shortValue()));
    }

    @ParameterizedTest(name = "bf16 {0} = {1}")
    @CsvSource({"0x3F80, 1.0", "0xC020, -2.5", "0x3F81, 1.0078125", "0x0001, 9.18355E-41"})
    void widensBf16Exactly(String hex, float expected) {
        assertEquals(expected, HalfPrecision.fromBf16(Integer.decode(hex).shortValue()));
    }

    @Test
    void nanStaysNan() {
        float nan = Float.NaN;
        assertTrue(Float.isNaN(HalfPrecision.fromBf16(HalfPrecision.toBf16(nan))));
        assertTrue(Float.isNaN(HalfPrecision.fromF16(HalfPrecision.toF16(nan))));
        // A NaN whose set mantissa bits all lie in the dropped half must not become infinity.
        float lowPayload = Float.intBitsToFloat(0x7F800001);
        assertTrue(Float.isNaN(HalfPrecision.fromBf16(HalfPrecision.toBf16(lowPayload))));
    }
}
