package dev.fractalgen.runtime.checkpoint;

import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_BAD_HEADER;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_NOT_FOUND;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_TRUNCATED;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_UNREADABLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads hand-built safetensors files, valid and corrupt. */
class SafetensorsReaderTest {
    private static final String F32_PAIR =
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";

    @TempDir
    Path dir;

    private Path file(String json, byte[] data) throws Exception {
        return TestFiles.safetensors(dir.resolve("x.safetensors"), json, data);
    }

    @Test
    void readsHandWrittenFileInHeaderOrder() throws Exception {
        // Header lists b first although its bytes come second.
        Path f = file("{\"b\":{\"dtype\":\"I32\",\"shape\":[1],\"data_offsets\":[4,8]},"
                + "\"a\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]}}",
                new byte[] {0x00, 0x3C, 0x00, (byte) 0xC1, 7, 0, 0, 0});
        Checkpoint c = SafetensorsReader.read(f);
        assertEquals(List.of("b", "a"), c.names());
        assertArrayEquals(new float[] {1f, -2.5f}, c.get("a").orElseThrow().toFloats());
        assertArrayEquals(new int[] {7}, c.get("b").orElseThrow().toInts());
        assertEquals(f, c.source());
        assertTrue(c.get("zz").isEmpty());
    }

    @Test
    void fileShorterThanLengthPrefix() throws Exception {
        Path f = Files.write(dir.resolve("s.safetensors"), new byte[] {1, 2, 3});
        CheckpointException e = Codes.expect(CKPT_TRUNCATED, () -> SafetensorsReader.read(f));
        assertTrue(e.detail().contains("expected 8 bytes but only 3"), e.detail());
    }

    @Test
    void headerCutShort() throws Exception {
        Path f = file(F32_PAIR, new byte[8]);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, 30)); // header alone is 8 + 54 bytes
        CheckpointException e = Codes.expect(CKPT_TRUNCATED, () -> SafetensorsReader.read(f));
        String expected = "expected " + (8 + F32_PAIR.length()) + " bytes but only 30";
        assertTrue(e.detail().contains(expected), e.detail());
    }

    @Test
    void dataCutShort() throws Exception {
        Path f = file(F32_PAIR, new byte[5]);
        CheckpointException e = Codes.expect(CKPT_TRUNCATED, () -> SafetensorsReader.read(f));
        long headerEnd = 8 + F32_PAIR.length();
        assertTrue(e.detail().contains("expected " + (headerEnd + 8) + " bytes but only "
                + (headerEnd + 5)), e.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}",   // unclosed
        "{a:{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}",      // lenient name
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}{}", // two documents
        "[1, 2]",                                                           // not an object
        "{\"a\":5}",                                                        // entry not an object
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
            + "\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", // duplicate name
        "{\"a\":{\"dtype\":\"F32\",\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}",
        "{\"a\":{\"dtype\":\"F32\",\"data_offsets\":[0,8]}}",               // no shape
        "{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]}}", // unsupported dtype
        "{\"a\":{\"dtype\":7,\"shape\":[2],\"data_offsets\":[0,8]}}",       // dtype not a string
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}}", // negative dim
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,8]}}", // fractional dim
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[\"2\"],\"data_offsets\":[0,8]}}", // quoted dim
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}",  // 12 bytes != 8
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,0]}}",  // begin > end
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0]}}",    // one offset
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[4611686018427387904,4],\"data_offsets\":[0,8]}}",
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
            + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", // same range
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
            + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", // overlap
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}",  // hole at [0, 4)
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",  // 4 trailing bytes
        "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[104,112]}}", // past the end
        "{\"__metadata__\":{\"k\":1},"
            + "\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", // int metadata
    })
    void corruptHeaders(String json) throws Exception {
        Path f = file(json, new byte[8]);
        Codes.expect(CKPT_BAD_HEADER, () -> SafetensorsReader.read(f));
    }

    @Test
    void overlapMessageNamesBothTensors() throws Exception {
        Path f = file("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", new byte[12]);
        CheckpointException e = Codes.expect(CKPT_BAD_HEADER, () -> SafetensorsReader.read(f));
        assertTrue(e.detail().contains("'b'") && e.detail().contains("'a'"), e.detail());
    }

    @Test
    void implausibleHeaderLengths() throws Exception {
        for (long n : new long[] {0, 1, 1L << 40, -1}) {
            byte[] b = TestFiles.le(16).putLong(n).put("{}      ".getBytes()).array();
            Path f = Files.write(dir.resolve("n.safetensors"), b);
            Codes.expect(CKPT_BAD_HEADER, () -> SafetensorsReader.read(f));
        }
    }

    @Test
    void headerThatIsNotUtf8() throws Exception {
        byte[] b = TestFiles.le(12).putLong(4).put(new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'})
                .array();
        Path f = Files.write(dir.resolve("u.safetensors"), b);
        Codes.expect(CKPT_BAD_HEADER, () -> SafetensorsReader.read(f));
    }

    @Test
    void missingFileAndDirectory() {
        Codes.expect(CKPT_NOT_FOUND, () -> SafetensorsReader.read(dir.resolve("none.safetensors")));
        Codes.expect(CKPT_UNREADABLE, () -> SafetensorsReader.read(dir));
    }
}
