package dev.fractalgen.runtime.checkpoint;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a checkpoint of either supported format, chosen by content first and file extension
 * second.
 *
 * <p>Order of decisions: a plausible safetensors header length (2 to 100 MB, inside the file)
 * followed by '{' means safetensors; otherwise a {@code .safetensors} name is read as
 * safetensors anyway, to report what is wrong with it; otherwise a {@code .bin} name, or a
 * llama2.c header whose implied length equals the file length, means llama2.c; anything else is
 * CKPT_UNKNOWN_FORMAT.
 */
public final class Checkpoints {
    private Checkpoints() {
    }

    /**
     * Reads the checkpoint at {@code path}.
     *
     * @throws CheckpointException CKPT_NOT_FOUND, CKPT_UNKNOWN_FORMAT, or any error of the
     *     chosen reader
     */
    public static Checkpoint open(Path path) throws CheckpointException {
        String name = path.getFileName() == null ? ""
                : path.getFileName().toString().toLowerCase(Locale.ROOT);
        Format sniffed;
        try (CheckpointFile file = CheckpointFile.open(path)) {
            sniffed = sniff(file);
        }
        if (sniffed == Format.SAFETENSORS || name.endsWith(".safetensors")) {
            return SafetensorsReader.read(path);
        }
        if (sniffed == Format.LLAMA2C || name.endsWith(".bin")) {
            return Llama2cCheckpointReader.read(path);
        }
        throw CheckpointError.CKPT_UNKNOWN_FORMAT.at(path, "neither a safetensors header nor a "
                + "llama2.c header matching the file length, and no .safetensors or .bin name");
    }

    private enum Format { SAFETENSORS, LLAMA2C, UNKNOWN }

    private static Format sniff(CheckpointFile file) throws CheckpointException {
        long size = file.size();
        if (size >= 9) {
            ByteBuffer head = file.range(0, 9);
            long n = head.getLong(0);
            if (n >= 2 && n <= SafetensorsReader.MAX_HEADER_BYTES && n <= size - 8
                    && head.get(8) == '{') {
                return Format.SAFETENSORS;
            }
        }
        if (size >= Llama2cHeader.BYTES) {
            try {
                Llama2cHeader h = Llama2cHeader.parse(file.path(),
                        file.range(0, Llama2cHeader.BYTES));
                if (h.expectedFileBytes() == size) {
                    return Format.LLAMA2C;
                }
            } catch (CheckpointException | ArithmeticException notLlama2c) {
                // An implausible header just means this is not a llama2.c file.
            }
        }
        return Format.UNKNOWN;
    }
}
