package dev.fractalgen.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the published stories260K checkpoint shipped in models/stories260K. Expected sizes follow from its
 * published header: dim 64, hidden 172, 5 layers, 8 heads, 4 kv heads (kv_dim 32), vocab 512,
 * seq_len 512 (head_dim 8), 1,056,540 bytes.
 */
class RealLlama2cCheckpointTest {
    private static final long FILE_BYTES = 1_056_540L;
    private static Path model;

    @BeforeAll
    static void locate() {
        model = Path.of(System.getProperty("fractal.root", ".."), "models", "stories260K", "stories260K.bin");
    }

    @Test
    void headerAndTensorsMatchThePublishedShape() throws Exception {
        Checkpoint c = Checkpoints.open(model);
        assertEquals(64L, c.metadata().get("dim"));
        assertEquals(172L, c.metadata().get("hidden_dim"));
        assertEquals(5L, c.metadata().get("n_layers"));
        assertEquals(8L, c.metadata().get("n_heads"));
        assertEquals(4L, c.metadata().get("n_kv_heads"));
        assertEquals(512L, c.metadata().get("vocab_size"));
        assertEquals(512L, c.metadata().get("seq_len"));
        assertEquals(1L, c.metadata().get("shared_classifier"));
        assertTrue(c.get("wcls").isEmpty());

        Tensor emb = c.get("token_embedding_table").orElseThrow();
        assertEquals(512 * 64, emb.toFloats().length);
        assertArrayEquals(new long[] {32, 64}, subShape(c, "wk"));
        for (float v : c.get("rms_final_weight").orElseThrow().toFloats()) {
            assertTrue(Float.isFinite(v));
        }

        // Byte accounting by hand: 28 header bytes, the exposed floats, and the two skipped
        // RoPE tables of 512 * 4 floats each.
        long exposed = c.tensors().stream().mapToLong(Tensor::byteSize).sum();
        long expectedExposedFloats = 512 * 64 + 5 * 64 + 5 * 64 * 64 + 2 * (5 * 32 * 64)
                + 5 * 64 * 64 + 5 * 64 + 3 * (5 * 172 * 64) + 64;
        assertEquals(4 * expectedExposedFloats, exposed);
        assertEquals(FILE_BYTES, 28 + exposed + 4 * (2 * 512 * 4));
        assertEquals(FILE_BYTES, Files.size(model));
    }

    @Test
    void valuesAreTheRawFileFloatsAtHandComputedOffsets() throws Exception {
        Checkpoint c = Llama2cCheckpointReader.read(model);
        ByteBuffer raw = ByteBuffer.wrap(Files.readAllBytes(model)).order(ByteOrder.LITTLE_ENDIAN);
        float[] emb = c.get("token_embedding_table").orElseThrow().toFloats();
        assertEquals(raw.getFloat(28), emb[0]);
        assertEquals(raw.getFloat(28 + 4 * 100), emb[100]);
        // rms_final follows 259,968 floats: 28 + 4 * 259,968 = 1,039,900.
        float[] fin = c.get("rms_final_weight").orElseThrow().toFloats();
        assertEquals(raw.getFloat(1_039_900), fin[0]);
        assertEquals(raw.getFloat(1_039_900 + 4 * 63), fin[63]);
        for (int i = 0; i < 64; i++) {
            assertTrue(Float.isFinite(emb[i]), "embedding value " + i);
        }
    }

    private static long[] subShape(Checkpoint c, String name) {
        long[] s = c.get(name).orElseThrow().shape();
        assertEquals(5, s[0], "stacked over 5 layers");
        return new long[] {s[1], s[2]};
    }
}
