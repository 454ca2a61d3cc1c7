package dev.fractalgen.runtime.checkpoint;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a safetensors file from tensors and string metadata: tensors are laid out contiguously
 * in insertion order, and the JSON header is padded with spaces to a multiple of 8 bytes so the
 * data section starts aligned.
 */
public final class SafetensorsWriter {
    private final Map<String, Tensor> tensors = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    /**
     * Adds {@code tensor} under its own name.
     *
     * @throws IllegalArgumentException if the name is taken or is {@code __metadata__}
     */
    public SafetensorsWriter add(Tensor tensor) {
        if (tensor.name().equals(SafetensorsHeader.METADATA_KEY)) {
            throw new IllegalArgumentException("'__metadata__' is reserved, not a tensor name");
        }
        if (tensors.putIfAbsent(tensor.name(), tensor) != null) {
            throw new IllegalArgumentException("tensor '" + tensor.name() + "' added twice");
        }
        return this;
    }

    /**
     * Adds float values stored as {@code dtype} (F32, or F16/BF16 rounded to nearest even).
     *
     * @throws IllegalArgumentException on I32, a value-count mismatch or a taken name
     */
    public SafetensorsWriter add(String name, DType dtype, long[] shape, float[] values) {
        return add(Tensor.ofFloats(name, dtype, shape, values));
    }

    /**
     * Adds int values stored as I32.
     *
     * @throws IllegalArgumentException on a value-count mismatch or a taken name
     */
    public SafetensorsWriter add(String name, long[] shape, int[] values) {
        return add(Tensor.ofInts(name, shape, values));
    }

    /** Sets the {@code __metadata__} entry {@code key} to {@code value}. */
    public SafetensorsWriter metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /**
     * Returns the whole file as bytes.
     *
     * @throws IllegalStateException if the file would exceed 2 GiB; use {@link #write(Path)}
     */
    public byte[] toBytes() {
        List<ByteBuffer> parts = parts();
        long total = parts.stream().mapToLong(ByteBuffer::remaining).sum();
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("file of " + total + " bytes exceeds a byte array");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total);
        parts.forEach(out::put);
        return out.array();
    }

    /** Writes the file to {@code path}, replacing any existing file. */
    public void write(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (ByteBuffer part : parts()) {
                while (part.hasRemaining()) {
                    ch.write(part);
                }
            }
        }
    }

    /** Returns the length prefix, the padded header and each tensor's bytes, in file order. */
    private List<ByteBuffer> parts() {
        byte[] header = paddedHeader();
        List<ByteBuffer> parts = new ArrayList<>();
        parts.add(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(header.length).flip());
        parts.add(ByteBuffer.wrap(header));
        tensors.values().forEach(t -> parts.add(t.data()));
        return parts;
    }

    private byte[] paddedHeader() {
        StringWriter text = new StringWriter();
        try (JsonWriter w = new JsonWriter(text)) {
            w.setHtmlSafe(false);
            w.beginObject();
            if (!metadata.isEmpty()) {
                w.name(SafetensorsHeader.METADATA_KEY).beginObject();
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    w.name(e.getKey()).value(e.getValue());
                }
                w.endObject();
            }
            long offset = 0;
            for (Tensor t : tensors.values()) {
                w.name(t.name()).beginObject();
                w.name("dtype").value(t.dtype().name());
                w.name("shape").beginArray();
                for (long d : t.shape()) {
                    w.value(d);
                }
                w.endArray();
                w.name("data_offsets").beginArray().value(offset)
                        .value(offset + t.byteSize()).endArray();
                w.endObject();
                offset += t.byteSize();
            }
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
        }
        byte[] json = text.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        byte[] out = new byte[padded];
        System.arraycopy(json, 0, out, 0, json.length);
        java.util.Arrays.fill(out, json.length, padded, (byte) ' ');
        return out;
    }
}
