package dev.fractalgen.runtime.checkpoint;

import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_BAD_HEADER;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_NOT_FOUND;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_TRUNCATED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Synthetic files use dim=4, hidden=6, layers=2, heads=2, kv_heads=1, seq_len=3, vocab=5:
 * head_dim 2, kv_dim 2. Float counts worked out by hand, in file order: embedding 20,
 * rms_att 8, wq 32, wk 16, wv 16, wo 32, rms_ffn 8, w1 48, w2 48, w3 48, rms_final 4,
 * two RoPE tables of 3 each, then wcls 20 if present: 286 floats shared, 306 separate.
 */
class Llama2cCheckpointReaderTest {
    private static final int[] SHARED = {4, 6, 2, 2, 1, 5, 3};
    private static final int[] SEPARATE = {4, 6, 2, 2, 1, -5, 3};

    @TempDir
    Path dir;

    private Path file(int[] header, int floats) throws Exception {
        return TestFiles.llama2c(dir.resolve("m.bin"), header, floats);
    }

    @Test
    void sharedClassifierLayout() throws Exception {
        Checkpoint c = Llama2cCheckpointReader.read(file(SHARED, 286));
        assertEquals(List.of("token_embedding_table", "rms_att_weight", "wq", "wk", "wv", "wo",
                "rms_ffn_weight", "w1", "w2", "w3", "rms_final_weight"), c.names());
        // Each float holds its own index, so the first element is the tensor's float offset.
        assertFirstLast(c, "token_embedding_table", new long[] {5, 4}, 0, 19);
        assertFirstLast(c, "rms_att_weight", new long[] {2, 4}, 20, 27);
        assertFirstLast(c, "wq", new long[] {2, 4, 4}, 28, 59);
        assertFirstLast(c, "wk", new long[] {2, 2, 4}, 60, 75);
        assertFirstLast(c, "wv", new long[] {2, 2, 4}, 76, 91);
        assertFirstLast(c, "wo", new long[] {2, 4, 4}, 92, 123);
        assertFirstLast(c, "rms_ffn_weight", new long[] {2, 4}, 124, 131);
        assertFirstLast(c, "w1", new long[] {2, 6, 4}, 132, 179);
        assertFirstLast(c, "w2", new long[] {2, 4, 6}, 180, 227);
        assertFirstLast(c, "w3", new long[] {2, 6, 4}, 228, 275);
        assertFirstLast(c, "rms_final_weight", new long[] {4}, 276, 279);
        assertEquals(Map.of("dim", 4L, "hidden_dim", 6L, "n_layers", 2L, "n_heads", 2L,
                "n_kv_heads", 1L, "vocab_size", 5L, "seq_len", 3L, "shared_classifier", 1L),
                c.metadata());
    }

    @Test
    void negativeVocabMeansSeparateClassifierAfterRopeTables() throws Exception {
        Checkpoint c = Llama2cCheckpointReader.read(file(SEPARATE, 306));
        assertEquals("wcls", c.names().get(c.size() - 1));
        assertEquals(12, c.size());
        // RoPE tables occupy floats 280..285 and are skipped.
        assertFirstLast(c, "wcls", new long[] {5, 4}, 286, 305);
        assertEquals(5L, c.metadata().get("vocab_size"));
        assertEquals(0L, c.metadata().get("shared_classifier"));
    }

    @Test
    void truncatedFileReportsBothSizes() throws Exception {
        CheckpointException e = Codes.expect(CKPT_TRUNCATED,
                () -> Llama2cCheckpointReader.read(file(SEPARATE, 300)));
        // 28 + 4 * 306 = 1252 expected, 28 + 4 * 300 = 1228 present.
        assertTrue(e.detail().contains("expected 1252 bytes but only 1228"), e.detail());
    }

    @Test
    void fileShorterThanHeader() throws Exception {
        Path f = java.nio.file.Files.write(dir.resolve("h.bin"), new byte[10]);
        CheckpointException e = Codes.expect(CKPT_TRUNCATED, () -> Llama2cCheckpointReader.read(f));
        assertTrue(e.detail().contains("expected 28 bytes but only 10"), e.detail());
    }

    @Test
    void trailingBytesAreAnError() throws Exception {
        CheckpointException e = Codes.expect(CKPT_BAD_HEADER,
                () -> Llama2cCheckpointReader.read(file(SHARED, 287)));
        assertTrue(e.detail().contains("4 trailing bytes"), e.detail());
    }

    @ParameterizedTest(name = "{7}")
    @CsvSource({
        "0, 6, 2, 2, 1, 5, 3, dim must be positive",
        "4, -6, 2, 2, 1, 5, 3, hidden_dim must be positive",
        "4, 6, 0, 2, 1, 5, 3, n_layers must be positive",
        "4, 6, 2, 0, 1, 5, 3, n_heads must be positive",
        "4, 6, 2, 2, 0, 5, 3, n_kv_heads must be positive",
        "4, 6, 2, 2, 1, 0, 3, vocab_size must be non-zero",
        "4, 6, 2, 2, 1, -2147483648, 3, vocab_size must be non-zero",
        "4, 6, 2, 2, 1, 5, -3, seq_len must be positive",
        "4, 6, 2, 3, 2, 5, 3, not divisible by n_kv_heads",
        "4, 6, 2, 3, 1, 5, 3, dim 4 is not divisible by n_heads 3",
        "4, 6, 2, 4, 1, 5, 3, head_dim 1",
    })
    void implausibleHeaders(int a, int b, int c, int d, int e, int f, int g, String message)
            throws Exception {
        Path p = file(new int[] {a, b, c, d, e, f, g}, 300);
        CheckpointException ex =
                Codes.expect(CKPT_BAD_HEADER, () -> Llama2cCheckpointReader.read(p));
        assertTrue(ex.detail().contains(message), ex.detail());
    }

    @Test
    void llama2SevenBHeaderOnATinyFileIsTruncation() throws Exception {
        // Floats: embedding 131,072,000 + rms 2 * 131,072 + four 4096^2 * 32 projections
        // 2,147,483,648 + three FFN 4,328,521,728 + final 4096 + RoPE 262,144 = 6,607,605,760;
        // times 4, plus the 28-byte header.
        Path p = file(new int[] {4096, 11008, 32, 32, 32, 32000, 2048}, 1);
        CheckpointException e = Codes.expect(CKPT_TRUNCATED, () -> Llama2cCheckpointReader.read(p));
        assertTrue(e.detail().contains("expected 26430423068 bytes but only 32"), e.detail());
    }

    @Test
    void sizesBeyondSixtyFourBitsAreABadHeader() throws Exception {
        int max = Integer.MAX_VALUE;
        Path p = file(new int[] {1 << 30, max, max, 1 << 28, 1 << 28, max, max}, 1);
        CheckpointException e = Codes.expect(CKPT_BAD_HEADER,
                () -> Llama2cCheckpointReader.read(p));
        assertTrue(e.detail().contains("overflow"), e.detail());
    }

    @Test
    void missingFile() {
        Codes.expect(CKPT_NOT_FOUND, () -> Llama2cCheckpointReader.read(dir.resolve("no.bin")));
    }

    private static void assertFirstLast(Checkpoint c, String name, long[] shape, float first,
            float last) {
        Tensor t = c.get(name).orElseThrow();
        assertArrayEquals(shape, t.shape(), name);
        assertEquals(DType.F32, t.dtype());
        float[] v = t.toFloats();
        assertEquals(first, v[0], name);
        assertEquals(last, v[v.length - 1], name);
    }
}
