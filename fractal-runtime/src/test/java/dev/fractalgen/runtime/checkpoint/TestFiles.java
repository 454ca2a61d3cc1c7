package dev.fractalgen.runtime.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes checkpoint files byte by byte, independently of the production writer, so that readers
 * are tested against layouts spelled out by hand.
 */
final class TestFiles {
    private TestFiles() {
    }

    /** Writes a safetensors file: the JSON's UTF-8 length as u64 LE, the JSON, then data. */
    static Path safetensors(Path file, String json, byte[] data) throws IOException {
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = le(8 + header.length + data.length);
        b.putLong(header.length).put(header).put(data);
        return Files.write(file, b.array());
    }

    /**
     * Writes a llama2.c file: the seven header ints, then {@code floatCount} floats whose value is
     * their own index (exact up to 2^24), so a tensor's first element reveals its file offset.
     */
    static Path llama2c(Path file, int[] header, int floatCount) throws IOException {
        ByteBuffer b = le(4 * header.length + 4 * floatCount);
        for (int h : header) {
            b.putInt(h);
        }
        for (int i = 0; i < floatCount; i++) {
            b.putFloat(i);
        }
        return Files.write(file, b.array());
    }

    /** Returns a little-endian buffer of {@code n} bytes backed by an array. */
    static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Returns {@code shorts} as little-endian bytes. */
    static byte[] shorts(int... shorts) {
        ByteBuffer b = le(2 * shorts.length);
        for (int s : shorts) {
            b.putShort((short) s);
        }
        return b.array();
    }

    /** Returns {@code floats} as little-endian bytes. */
    static byte[] floats(float... floats) {
        ByteBuffer b = le(4 * floats.length);
        for (float f : floats) {
            b.putFloat(f);
        }
        return b.array();
    }
}
