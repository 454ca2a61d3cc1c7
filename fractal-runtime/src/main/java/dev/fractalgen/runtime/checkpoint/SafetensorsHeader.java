package dev.fractalgen.runtime.checkpoint;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed JSON header of a safetensors file: one entry per tensor in header order plus the
 * string metadata, each entry checked on its own (known dtype, non-negative integer shape,
 * offsets whose span equals the tensor's byte size).
 *
 * <p>Parsing streams the JSON in strict mode so that duplicate names, non-integers and lenient
 * syntax are rejected rather than silently accepted.
 */
record SafetensorsHeader(List<Entry> entries, Map<String, String> metadata) {

    /** The key under which safetensors keeps string metadata instead of a tensor. */
    static final String METADATA_KEY = "__metadata__";

    /** One tensor's description; offsets are relative to the first byte after the header. */
    record Entry(String name, DType dtype, long[] shape, long begin, long end) {
    }

    /**
     * Parses {@code json}.
     *
     * @throws CheckpointException CKPT_BAD_HEADER describing the first problem found
     */
    static SafetensorsHeader parse(Path path, String json) throws CheckpointException {
        try (JsonReader r = new JsonReader(new StringReader(json))) {
            r.setStrictness(Strictness.STRICT);
            List<Entry> entries = new ArrayList<>();
            Map<String, String> metadata = Map.of();
            Set<String> seen = new HashSet<>();
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                if (!seen.add(name)) {
                    throw bad(path, "key '" + name + "' appears twice");
                }
                if (name.equals(METADATA_KEY)) {
                    metadata = readMetadata(path, r);
                } else {
                    entries.add(readEntry(path, r, name));
                }
            }
            r.endObject();
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw bad(path, "content after the JSON object");
            }
            return new SafetensorsHeader(entries, metadata);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // Gson signals malformed JSON with MalformedJsonException (an IOException) and
            // unexpected token kinds with IllegalStateException.
            throw CheckpointError.CKPT_BAD_HEADER.at(path, e,
                    "JSON does not parse: " + dev.fractalgen.runtime.util.ErrorText.of(e));
        }
    }

    private static Map<String, String> readMetadata(Path path, JsonReader r)
            throws IOException, CheckpointException {
        Map<String, String> m = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String key = r.nextName();
            if (r.peek() != JsonToken.STRING) {
                throw bad(path, "__metadata__ value of '" + key + "' is not a string");
            }
            if (m.put(key, r.nextString()) != null) {
                throw bad(path, "__metadata__ key '" + key + "' appears twice");
            }
        }
        r.endObject();
        return m;
    }

    private static Entry readEntry(Path path, JsonReader r, String name)
            throws IOException, CheckpointException {
        String dtypeName = null;
        long[] shape = null;
        long[] offsets = null;
        Set<String> fields = new HashSet<>();
        r.beginObject();
        while (r.hasNext()) {
            String field = r.nextName();
            if (!fields.add(field)) {
                throw bad(path, "tensor '" + name + "' repeats field '" + field + "'");
            }
            switch (field) {
                case "dtype" -> {
                    if (r.peek() != JsonToken.STRING) {
                        throw bad(path, "tensor '" + name + "' has a non-string dtype");
                    }
                    dtypeName = r.nextString();
                }
                case "shape" -> shape = readLongs(path, r, name, "shape");
                case "data_offsets" -> offsets = readLongs(path, r, name, "data_offsets");
                default -> r.skipValue(); // tolerate fields later format versions may add
            }
        }
        r.endObject();
        if (dtypeName == null || shape == null || offsets == null) {
            throw bad(path, "tensor '" + name + "' lacks dtype, shape or data_offsets");
        }
        String dt = dtypeName;
        DType dtype = DType.fromSafetensorsName(dt).orElseThrow(() -> bad(path, "tensor '" + name
                + "' has unsupported dtype '" + dt + "' (supported: F32, F16, BF16, I32)"));
        if (offsets.length != 2 || offsets[0] > offsets[1]) {
            throw bad(path, "tensor '" + name
                    + "' needs data_offsets [begin, end] with begin <= end");
        }
        long bytes;
        try {
            bytes = Tensor.byteSize(dtype, shape);
        } catch (ArithmeticException e) {
            throw bad(path, "tensor '" + name + "' of shape " + Tensor.shapeString(shape)
                    + " overflows 64-bit sizes");
        }
        if (offsets[1] - offsets[0] != bytes) {
            throw bad(path, "tensor '" + name + "' of " + dtype + " " + Tensor.shapeString(shape)
                    + " needs " + bytes + " bytes but data_offsets [" + offsets[0] + ", "
                    + offsets[1] + "] span " + (offsets[1] - offsets[0]));
        }
        return new Entry(name, dtype, shape, offsets[0], offsets[1]);
    }

    /** Reads an array of non-negative integers that fit a long. */
    private static long[] readLongs(Path path, JsonReader r, String name, String field)
            throws IOException, CheckpointException {
        List<Long> values = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            // nextLong would also accept a quoted number, which the format does not allow.
            if (r.peek() != JsonToken.NUMBER) {
                throw bad(path, "tensor '" + name + "' has a non-numeric " + field + " element");
            }
            long v = r.nextLong(); // NumberFormatException for 1.5 or out-of-range values
            if (v < 0) {
                throw bad(path, "tensor '" + name + "' has negative " + field + " element " + v);
            }
            values.add(v);
        }
        r.endArray();
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static CheckpointException bad(Path path, String what) {
        return CheckpointError.CKPT_BAD_HEADER.at(path, what);
    }
}
