package dev.fractalgen.runtime.checkpoint;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The validated seven-int32 header of a llama2.c checkpoint and the tensor layout it implies.
 *
 * @param vocabSize always positive; the file's sign is kept in {@code sharedClassifier}
 * @param sharedClassifier true when the file's vocab_size was positive, i.e. no {@code wcls}
 */
record Llama2cHeader(int dim, int hiddenDim, int nLayers, int nHeads, int nKvHeads, int vocabSize,
        int seqLen, boolean sharedClassifier) {

    /** Bytes in the header: seven little-endian int32 values. */
    static final int BYTES = 7 * Integer.BYTES;

    /**
     * One region of the file after the header.
     *
     * @param exposed false for the legacy RoPE tables, which readers skip
     */
    record Region(String name, long[] shape, boolean exposed) {
        long bytes() {
            return Tensor.byteSize(DType.F32, shape);
        }
    }

    /**
     * Decodes and validates the header in the first {@link #BYTES} bytes of {@code b}.
     *
     * @throws CheckpointException CKPT_BAD_HEADER naming the first implausible value
     */
    static Llama2cHeader parse(Path path, ByteBuffer b) throws CheckpointException {
        int dim = b.getInt(0);
        int hidden = b.getInt(4);
        int layers = b.getInt(8);
        int heads = b.getInt(12);
        int kvHeads = b.getInt(16);
        int vocab = b.getInt(20);
        int seqLen = b.getInt(24);
        positive(path, "dim", dim);
        positive(path, "hidden_dim", hidden);
        positive(path, "n_layers", layers);
        positive(path, "n_heads", heads);
        positive(path, "n_kv_heads", kvHeads);
        // The sign of vocab_size only flags a separate classifier, so zero and MIN_VALUE
        // (whose negation overflows) are the impossible values.
        if (vocab == 0 || vocab == Integer.MIN_VALUE) {
            throw bad(path, "vocab_size must be non-zero, got " + vocab);
        }
        positive(path, "seq_len", seqLen);
        if (heads % kvHeads != 0) {
            throw bad(path, "n_heads " + heads + " is not divisible by n_kv_heads " + kvHeads);
        }
        if (dim % heads != 0) {
            throw bad(path, "dim " + dim + " is not divisible by n_heads " + heads);
        }
        if ((dim / heads) % 2 != 0) {
            // RoPE rotates pairs, so the skipped tables' width head_dim/2 needs an even head_dim.
            throw bad(path, "head_dim " + (dim / heads) + " (dim / n_heads) must be even");
        }
        return new Llama2cHeader(dim, hidden, layers, heads, kvHeads, Math.abs(vocab), seqLen,
                vocab > 0);
    }

    private static void positive(Path path, String field, int value) throws CheckpointException {
        if (value <= 0) {
            throw bad(path, field + " must be positive, got " + value);
        }
    }

    private static CheckpointException bad(Path path, String what) {
        return CheckpointError.CKPT_BAD_HEADER.at(path, what);
    }

    /** Returns dim / n_heads. */
    int headDim() {
        return dim / nHeads;
    }

    /** Returns the width of the k and v projections: dim * n_kv_heads / n_heads. */
    int kvDim() {
        return headDim() * nKvHeads;
    }

    /** Returns every region after the header, in file order. */
    List<Region> layout() {
        long d = dim;
        long l = nLayers;
        long h = hiddenDim;
        long kv = kvDim();
        long v = vocabSize;
        List<Region> r = new ArrayList<>();
        r.add(new Region("token_embedding_table", new long[] {v, d}, true));
        r.add(new Region("rms_att_weight", new long[] {l, d}, true));
        r.add(new Region("wq", new long[] {l, d, d}, true));
        r.add(new Region("wk", new long[] {l, kv, d}, true));
        r.add(new Region("wv", new long[] {l, kv, d}, true));
        r.add(new Region("wo", new long[] {l, d, d}, true));
        r.add(new Region("rms_ffn_weight", new long[] {l, d}, true));
        r.add(new Region("w1", new long[] {l, h, d}, true));
        r.add(new Region("w2", new long[] {l, d, h}, true));
        r.add(new Region("w3", new long[] {l, h, d}, true));
        r.add(new Region("rms_final_weight", new long[] {d}, true));
        r.add(new Region("freq_cis_real", new long[] {seqLen, headDim() / 2}, false));
        r.add(new Region("freq_cis_imag", new long[] {seqLen, headDim() / 2}, false));
        if (!sharedClassifier) {
            r.add(new Region("wcls", new long[] {v, d}, true));
        }
        return r;
    }

    /** Returns the exact length a file with this header must have. */
    long expectedFileBytes() {
        long total = BYTES;
        for (Region region : layout()) {
            total = Math.addExact(total, region.bytes());
        }
        return total;
    }
}
