package dev.fractalgen.runtime.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a safetensors file: an 8-byte little-endian header length N, N bytes of UTF-8 JSON, then
 * the tensor bytes, which the header's data_offsets must index completely, without overlaps or
 * holes (the format's rule against polyglot files).
 *
 * <p>Tensors appear in header order. Metadata values that parse as a decimal long are also
 * offered as integer hyper-parameters.
 */
public final class SafetensorsReader {
    /** Headers beyond this size are corrupt; the reference implementation's limit, 100 MB. */
    static final long MAX_HEADER_BYTES = 100L * 1000 * 1000;

    private SafetensorsReader() {
    }

    /**
     * Reads {@code path}.
     *
     * @throws CheckpointException CKPT_NOT_FOUND, CKPT_UNREADABLE, CKPT_TRUNCATED (the file is
     *     shorter than its header promises) or CKPT_BAD_HEADER (anything inconsistent)
     */
    public static Checkpoint read(Path path) throws CheckpointException {
        try (CheckpointFile file = CheckpointFile.open(path)) {
            if (file.size() < 8) {
                throw CheckpointError.CKPT_TRUNCATED.at(path, 8L, file.size());
            }
            long n = file.range(0, 8).getLong(0);
            if (n < 2 || n > MAX_HEADER_BYTES) {
                // n < 0 means a length of 2^63 or more once read as unsigned.
                throw CheckpointError.CKPT_BAD_HEADER.at(path, "header length "
                        + Long.toUnsignedString(n) + " is outside [2, " + MAX_HEADER_BYTES + "]");
            }
            if (8 + n > file.size()) {
                throw CheckpointError.CKPT_TRUNCATED.at(path, 8 + n, file.size());
            }
            String json = decodeUtf8(path, file.range(8, n));
            if (!json.startsWith("{")) {
                // The format fixes the first header byte, which is what makes files sniffable.
                throw CheckpointError.CKPT_BAD_HEADER.at(path, "header does not start with '{'");
            }
            SafetensorsHeader header = SafetensorsHeader.parse(path, json);
            long dataStart = 8 + n;
            checkCoverage(path, header.entries(), dataStart, file.size());
            List<Tensor> tensors = new ArrayList<>();
            for (SafetensorsHeader.Entry e : header.entries()) {
                tensors.add(new Tensor(e.name(), e.dtype(), e.shape(),
                        file.range(dataStart + e.begin(), e.end() - e.begin())));
            }
            return new Checkpoint(path, tensors, integerValues(header.metadata()),
                    header.metadata());
        }
    }

    private static String decodeUtf8(Path path, ByteBuffer bytes) throws CheckpointException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw CheckpointError.CKPT_BAD_HEADER.at(path, e, "header is not valid UTF-8");
        }
    }

    /**
     * Checks that the byte ranges tile the data section from 0 with neither overlap nor gap, and
     * that the file holds exactly that many bytes.
     */
    private static void checkCoverage(Path path, List<SafetensorsHeader.Entry> entries,
            long dataStart, long fileSize) throws CheckpointException {
        List<SafetensorsHeader.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(SafetensorsHeader.Entry::begin)
                .thenComparingLong(SafetensorsHeader.Entry::end));
        long covered = 0;
        String previous = null;
        for (SafetensorsHeader.Entry e : sorted) {
            if (e.begin() < covered) {
                throw CheckpointError.CKPT_BAD_HEADER.at(path, "data of tensor '" + e.name()
                        + "' starting at " + e.begin() + " overlaps tensor '" + previous
                        + "' ending at " + covered);
            }
            if (e.begin() > covered) {
                throw CheckpointError.CKPT_BAD_HEADER.at(path, "bytes [" + covered + ", "
                        + e.begin() + ") of the data section belong to no tensor");
            }
            covered = e.end();
            previous = e.name();
        }
        long dataBytes = fileSize - dataStart;
        if (covered > dataBytes) {
            // The offsets are self-consistent, so the file itself must have been cut short.
            throw CheckpointError.CKPT_TRUNCATED.at(path, dataStart + covered, fileSize);
        }
        if (covered < dataBytes) {
            throw CheckpointError.CKPT_BAD_HEADER.at(path, (dataBytes - covered)
                    + " trailing bytes after the last tensor's data");
        }
    }

    private static Map<String, Long> integerValues(Map<String, String> metadata) {
        Map<String, Long> ints = new LinkedHashMap<>();
        metadata.forEach((k, v) -> {
            try {
                ints.put(k, Long.parseLong(v.strip()));
            } catch (NumberFormatException notAnInteger) {
                // Free-form text such as {"format": "pt"} stays in the text metadata only.
            }
        });
        return ints;
    }
}
