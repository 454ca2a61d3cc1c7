package dev.fractalgen.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsRoundTripTest {
    @TempDir
    Path dir;

    /** Three values per dtype: 1.0, -2.5 and a tie that rounds to even. */
    @Test
    void f16BitPatternsOnDisk() throws Exception {
        byte[] data = dataSection(write(DType.F16, 1f, -2.5f, 1.00048828125f));
        assertArrayEquals(TestFiles.shorts(0x3C00, 0xC100, 0x3C00), data);
        Tensor back = SafetensorsReader.read(dir.resolve("t.safetensors")).get("t").orElseThrow();
        assertArrayEquals(new float[] {1f, -2.5f, 1f}, back.toFloats());
        assertEquals(DType.F16, back.dtype());
    }

    @Test
    void bf16BitPatternsOnDisk() throws Exception {
        byte[] data = dataSection(write(DType.BF16, 1f, -2.5f, 1.01171875f));
        assertArrayEquals(TestFiles.shorts(0x3F80, 0xC020, 0x3F82), data);
        Tensor back = SafetensorsReader.read(dir.resolve("t.safetensors")).get("t").orElseThrow();
        assertArrayEquals(new float[] {1f, -2.5f, 1.015625f}, back.toFloats());
    }

    @Test
    void f32IsStoredVerbatim() throws Exception {
        byte[] data = dataSection(write(DType.F32, 1f, -2.5f, 0.1f));
        assertArrayEquals(TestFiles.floats(1f, -2.5f, 0.1f), data);
        Tensor back = SafetensorsReader.read(dir.resolve("t.safetensors")).get("t").orElseThrow();
        assertArrayEquals(new float[] {1f, -2.5f, 0.1f}, back.toFloats());
    }

    @Test
    void i32RoundTrips() throws Exception {
        Path f = dir.resolve("i.safetensors");
        new SafetensorsWriter().add("ids", new long[] {2, 2}, new int[] {0, -1, 1 << 30, 7})
                .write(f);
        Tensor back = SafetensorsReader.read(f).get("ids").orElseThrow();
        assertArrayEquals(new int[] {0, -1, 1 << 30, 7}, back.toInts());
        assertArrayEquals(new long[] {2, 2}, back.shape());
        // 0, -1, 2^30, 7 in little-endian order.
        assertArrayEquals(new byte[] {0, 0, 0, 0, -1, -1, -1, -1, 0, 0, 0, 0x40, 7, 0, 0, 0},
                dataSection(f));
    }

    @Test
    void headerIsSpacePaddedJsonWithContiguousOffsetsAndMetadata() throws Exception {
        Path f = dir.resolve("m.safetensors");
        new SafetensorsWriter()
                .add("a", DType.F32, new long[] {3}, new float[] {1, 2, 3})
                .add("b", DType.BF16, new long[] {1, 1}, new float[] {4})
                .add("c", new long[0], new int[] {9})
                .metadata("dim", "64").metadata("format", "pt")
                .write(f);
        byte[] all = Files.readAllBytes(f);
        int n = (int) ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        assertEquals(0, n % 8, "header length is a multiple of 8");
        // 12 bytes of F32, 2 of BF16, 4 of I32.
        assertEquals(8 + n + 18, all.length);
        String header = new String(all, 8, n, StandardCharsets.UTF_8);
        String unpadded = header.stripTrailing();
        assertEquals(" ".repeat(n - unpadded.length()), header.substring(unpadded.length()),
                "padding is trailing spaces only");
        assertTrue(n - unpadded.length() < 8, "no more padding than needed");
        JsonObject json = JsonParser.parseString(header).getAsJsonObject();
        assertEquals("[0,12]", json.getAsJsonObject("a").get("data_offsets").toString());
        assertEquals("[12,14]", json.getAsJsonObject("b").get("data_offsets").toString());
        assertEquals("[14,18]", json.getAsJsonObject("c").get("data_offsets").toString());
        assertEquals("\"BF16\"", json.getAsJsonObject("b").get("dtype").toString());
        assertEquals("[]", json.getAsJsonObject("c").get("shape").toString());
        assertEquals("{\"dim\":\"64\",\"format\":\"pt\"}",
                json.getAsJsonObject("__metadata__").toString());

        Checkpoint back = SafetensorsReader.read(f);
        assertEquals(List.of("a", "b", "c"), back.names());
        assertEquals(Map.of("dim", 64L), back.metadata());
        assertEquals(Map.of("dim", "64", "format", "pt"), back.textMetadata());
        assertArrayEquals(new int[] {9}, back.get("c").orElseThrow().toInts());
        assertArrayEquals(new float[] {4f}, back.get("b").orElseThrow().toFloats());
    }

    @Test
    void emptyFileHasOnlyPaddedBraces() throws Exception {
        byte[] bytes = new SafetensorsWriter().toBytes();
        // "{}" padded to 8 bytes, after the 8-byte length 8.
        byte[] expected = {8, 0, 0, 0, 0, 0, 0, 0, '{', '}', ' ', ' ', ' ', ' ', ' ', ' '};
        assertArrayEquals(expected, bytes);
        Path f = Files.write(dir.resolve("e.safetensors"), bytes);
        assertEquals(0, SafetensorsReader.read(f).size());
    }

    @Test
    void writerRejectsDuplicateAndReservedNames() {
        SafetensorsWriter w = new SafetensorsWriter().add("x", new long[] {1}, new int[] {1});
        assertThrows(IllegalArgumentException.class,
                () -> w.add("x", new long[] {1}, new int[] {2}));
        assertThrows(IllegalArgumentException.class,
                () -> w.add("__metadata__", new long[] {1}, new int[] {2}));
        assertThrows(IllegalArgumentException.class,
                () -> w.add("y", DType.F32, new long[] {2}, new float[] {1}));
    }

    private Path write(DType dtype, float... values) throws IOException {
        Path f = dir.resolve("t.safetensors");
        new SafetensorsWriter().add("t", dtype, new long[] {values.length}, values).write(f);
        return f;
    }

    /** Returns the bytes after the header, located from the length prefix alone. */
    private static byte[] dataSection(Path f) throws IOException {
        byte[] all = Files.readAllBytes(f);
        long n = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        byte[] data = new byte[all.length - 8 - (int) n];
        System.arraycopy(all, 8 + (int) n, data, 0, data.length);
        return data;
    }
}
