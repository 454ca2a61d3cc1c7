package dev.fractalgen.runtime.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a checkpoint in the llama2.c format: seven little-endian int32 header fields, then the
 * float32 tensors in fixed order, whose file length must match the header exactly.
 *
 * <p>Exposed tensors: token_embedding_table, rms_att_weight, wq, wk, wv, wo, rms_ffn_weight, w1,
 * w2, w3, rms_final_weight, and wcls only when the header's vocab_size is negative. The legacy
 * RoPE tables are skipped. Metadata keys: dim, hidden_dim, n_layers, n_heads, n_kv_heads,
 * vocab_size (positive), seq_len and shared_classifier (1 or 0).
 */
public final class Llama2cCheckpointReader {
    private Llama2cCheckpointReader() {
    }

    /**
     * Reads {@code path}.
     *
     * @throws CheckpointException CKPT_NOT_FOUND, CKPT_UNREADABLE, CKPT_TRUNCATED (with expected
     *     and present byte counts) or CKPT_BAD_HEADER (implausible fields, trailing bytes)
     */
    public static Checkpoint read(Path path) throws CheckpointException {
        try (CheckpointFile file = CheckpointFile.open(path)) {
            if (file.size() < Llama2cHeader.BYTES) {
                throw CheckpointError.CKPT_TRUNCATED.at(path, Llama2cHeader.BYTES, file.size());
            }
            Llama2cHeader header =
                    Llama2cHeader.parse(path, file.range(0, Llama2cHeader.BYTES));
            long expected;
            try {
                expected = header.expectedFileBytes();
            } catch (ArithmeticException e) {
                throw CheckpointError.CKPT_BAD_HEADER.at(path, "tensor sizes overflow 64 bits");
            }
            if (file.size() < expected) {
                throw CheckpointError.CKPT_TRUNCATED.at(path, expected, file.size());
            }
            if (file.size() > expected) {
                throw CheckpointError.CKPT_BAD_HEADER.at(path, "the header accounts for "
                        + expected + " bytes but the file has " + file.size() + " ("
                        + (file.size() - expected) + " trailing bytes)");
            }
            List<Tensor> tensors = new ArrayList<>();
            long offset = Llama2cHeader.BYTES;
            for (Llama2cHeader.Region region : header.layout()) {
                if (region.exposed()) {
                    tensors.add(new Tensor(region.name(), DType.F32, region.shape(),
                            file.range(offset, region.bytes())));
                }
                offset += region.bytes();
            }
            return new Checkpoint(path, tensors, metadata(header), Map.of());
        }
    }

    private static Map<String, Long> metadata(Llama2cHeader h) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("dim", (long) h.dim());
        m.put("hidden_dim", (long) h.hiddenDim());
        m.put("n_layers", (long) h.nLayers());
        m.put("n_heads", (long) h.nHeads());
        m.put("n_kv_heads", (long) h.nKvHeads());
        m.put("vocab_size", (long) h.vocabSize());
        m.put("seq_len", (long) h.seqLen());
        m.put("shared_classifier", h.sharedClassifier() ? 1L : 0L);
        return m;
    }
}
