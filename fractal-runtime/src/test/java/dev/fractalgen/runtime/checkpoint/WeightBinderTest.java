package dev.fractalgen.runtime.checkpoint;

import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_DTYPE_MISMATCH;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_DUPLICATE_BINDING;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_MISSING_TENSOR;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_SHAPE_MISMATCH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightBinderTest {
    private static final Path SOURCE = Path.of("model.safetensors");
    private static final long[] TWO_BY_TWO = {2, 2};
    private static final String EMB = "tok_embeddings.weight";
    private static final String WQ = "layers.{i}.attention.wq";

    /** Layers 0..2 each hold [2, 2] F32 values 10*i + (0..3); plus f16/bf16/i32 extras. */
    private static Checkpoint checkpoint() {
        List<Tensor> ts = new ArrayList<>();
        ts.add(Tensor.ofFloats(EMB, DType.F32, TWO_BY_TWO, new float[] {1, 2, 3, 4}));
        for (int i = 0; i < 3; i++) {
            float b = 10 * i;
            ts.add(Tensor.ofFloats("layers." + i + ".attention.wq", DType.F32, TWO_BY_TWO,
                    new float[] {b, b + 1, b + 2, b + 3}));
        }
        // Raw bit patterns: f16 0x3555 = 1365/4096, 0xC100 = -2.5; bf16 0x3F81 = 1.0078125.
        ts.add(raw("half", DType.F16, new long[] {2}, 0x3555, 0xC100));
        ts.add(raw("brain", DType.BF16, new long[] {1}, 0x3F81));
        ts.add(raw("h.0", DType.F16, new long[] {1}, 0x3C00));
        ts.add(raw("h.1", DType.BF16, new long[] {1}, 0xC020));
        ts.add(Tensor.ofInts("ids", new long[] {2}, new int[] {1, 2}));
        ts.add(Tensor.ofFloats("layers.0.odd", DType.F32, TWO_BY_TWO, new float[4]));
        ts.add(Tensor.ofFloats("layers.1.odd", DType.F32, new long[] {2, 3}, new float[6]));
        ts.add(Tensor.ofFloats("prefix.weight.x", DType.F32, TWO_BY_TWO, new float[] {5, 6, 7, 8}));
        ts.add(Tensor.ofFloats("a.dup", DType.F32, TWO_BY_TWO, new float[4]));
        ts.add(Tensor.ofFloats("b.dup", DType.F32, TWO_BY_TWO, new float[4]));
        return new Checkpoint(SOURCE, ts, Map.of(), Map.of());
    }

    private static Tensor raw(String name, DType dtype, long[] shape, int... bits) {
        return new Tensor(name, dtype, shape, ByteBuffer.wrap(TestFiles.shorts(bits)));
    }

    /** Binds {@code specs} to the fixture, whose other tensors are left unbound on purpose. */
    private static Map<String, Tensor> bind(WeightSpec... specs) throws CheckpointException {
        return WeightBinder.bind(checkpoint(), List.of(specs), unbound -> { });
    }

    @Test
    void tensorsNoWeightBindsAreAnErrorOrHandedToTheCaller() throws Exception {
        List<WeightSpec> specs = List.of(WeightSpec.named("embed", DType.F32, TWO_BY_TWO, EMB),
                WeightSpec.stacked("wq", DType.F32, new long[] {3, 2, 2}, WQ, 3));
        CheckpointException e = assertThrows(CheckpointException.class, () -> WeightBinder.bind(checkpoint(), specs));
        assertEquals(CheckpointError.CKPT_UNBOUND_TENSOR, e.error());
        assertTrue(e.getMessage().contains("10 of the checkpoint's tensors are bound by no weight of the program"), e.getMessage());
        assertTrue(e.getMessage().contains("half, brain, h.0, h.1, ids, layers.0.odd, layers.1.odd, prefix.weight.x, ..."),
                e.getMessage());
        List<String> left = new ArrayList<>();
        Map<String, Tensor> w = WeightBinder.bind(checkpoint(), specs, left::addAll);
        assertEquals(List.of("embed", "wq"), List.copyOf(w.keySet()));
        assertEquals(List.of("half", "brain", "h.0", "h.1", "ids", "layers.0.odd", "layers.1.odd", "prefix.weight.x", "a.dup",
                "b.dup"), left);
    }

    @Test
    void bindsNamedStackedAndTiedInDeclarationOrder() throws Exception {
        Map<String, Tensor> w = bind(
                WeightSpec.tied("lm_head", DType.F32, TWO_BY_TWO, "embed"),
                WeightSpec.named("embed", DType.F32, TWO_BY_TWO, EMB),
                WeightSpec.stacked("wq", DType.F32, new long[] {3, 2, 2}, WQ, 3));
        assertEquals(List.of("lm_head", "embed", "wq"), List.copyOf(w.keySet()));
        assertArrayEquals(new float[] {1, 2, 3, 4}, w.get("embed").toFloats());
        assertEquals("embed", w.get("embed").name());
        assertArrayEquals(new float[] {0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23},
                w.get("wq").toFloats());
        assertArrayEquals(new long[] {3, 2, 2}, w.get("wq").shape());
        assertEquals(w.get("embed").data(), w.get("lm_head").data());
        assertEquals("lm_head", w.get("lm_head").name());
    }

    @Test
    void widensHalfTypesToDeclaredF32Exactly() throws Exception {
        Map<String, Tensor> w = bind(WeightSpec.named("h", DType.F32, new long[] {2}, "half"),
                WeightSpec.named("b", DType.F32, new long[] {1}, "brain"),
                WeightSpec.named("i", DType.I32, new long[] {2}, "ids"));
        assertEquals(DType.F32, w.get("h").dtype());
        assertArrayEquals(new float[] {0.333251953125f, -2.5f}, w.get("h").toFloats());
        assertArrayEquals(new float[] {1.0078125f}, w.get("b").toFloats());
        assertArrayEquals(new int[] {1, 2}, w.get("i").toInts());
    }

    @Test
    void widensEachStackPart() throws Exception {
        // h.0 is f16 0x3C00 = 1.0 and h.1 is bf16 0xC020 = -2.5.
        Tensor h = bind(WeightSpec.stacked("h", DType.F32, new long[] {2, 1}, "h.{i}", 2)).get("h");
        assertEquals(DType.F32, h.dtype());
        assertArrayEquals(new float[] {1f, -2.5f}, h.toFloats());
    }

    @Test
    void missingTensorListsSimilarNames() {
        CheckpointException e = Codes.expect(CKPT_MISSING_TENSOR,
                () -> bind(WeightSpec.named("embed", DType.F32, TWO_BY_TWO,
                        "tok_embedding.weight")));
        assertTrue(e.detail().startsWith("weight 'embed' needs tensor 'tok_embedding.weight'"),
                e.detail());
        assertTrue(e.detail().contains("available: tok_embeddings.weight, "), e.detail());
        assertTrue(e.detail().contains("more)"), e.detail());
        assertEquals(SOURCE, e.path());
    }

    @Test
    void bindsTheOneTensorUnderASinglePrefix() throws Exception {
        // as Hugging Face stores GPT2LMHeadModel's "transformer.h.0..." for the release's "h.0..."
        Map<String, Tensor> w = bind(WeightSpec.named("e", DType.F32, TWO_BY_TWO, "weight.x"),
                WeightSpec.named("q", DType.F32, TWO_BY_TWO, "0.attention.wq"));
        assertArrayEquals(new float[] {5, 6, 7, 8}, w.get("e").toFloats());
        assertArrayEquals(new float[] {0, 1, 2, 3}, w.get("q").toFloats());
    }

    @Test
    void prefixMatchesMustBeUniqueAndOneComponentDeep() {
        CheckpointException e = Codes.expect(CKPT_MISSING_TENSOR,
                () -> bind(WeightSpec.named("d", DType.F32, TWO_BY_TWO, "dup")));
        assertTrue(e.detail().contains("a.dup, b.dup, more than one"), e.detail());
        // a prefix of two components (layers.0, prefix.weight) is not taken
        Codes.expect(CKPT_MISSING_TENSOR, () -> bind(WeightSpec.named("w", DType.F32, TWO_BY_TWO, "attention.wq")));
        Codes.expect(CKPT_MISSING_TENSOR, () -> bind(WeightSpec.named("w", DType.F32, TWO_BY_TWO, "x")));
    }

    @Test
    void missingStackPartNamesThePart() {
        CheckpointException e = Codes.expect(CKPT_MISSING_TENSOR, () -> bind(
                WeightSpec.stacked("wq", DType.F32, new long[] {4, 2, 2}, WQ, 4)));
        assertTrue(e.detail().contains("'layers.3.attention.wq'"), e.detail());
    }

    @Test
    void shapeMismatchNamesBothShapes() {
        CheckpointException e = Codes.expect(CKPT_SHAPE_MISMATCH,
                () -> bind(WeightSpec.named("embed", DType.F32, new long[] {4}, EMB)));
        assertEquals("weight 'embed' expects shape [4] but '" + EMB + "' has shape [2, 2]",
                e.detail());
    }

    @Test
    void stackPartsMustShareTheDeclaredShape() {
        CheckpointException e = Codes.expect(CKPT_SHAPE_MISMATCH,
                () -> bind(WeightSpec.stacked("odd", DType.F32, new long[] {2, 2, 2},
                        "layers.{i}.odd", 2)));
        assertEquals("weight 'odd' expects shape [2, 2] but 'layers.1.odd' has shape [2, 3]",
                e.detail());
    }

    @Test
    void tiedShapeMustEqualTarget() {
        CheckpointException e = Codes.expect(CKPT_SHAPE_MISMATCH, () -> bind(
                WeightSpec.named("embed", DType.F32, TWO_BY_TWO, EMB),
                WeightSpec.tied("lm_head", DType.F32, new long[] {4}, "embed")));
        assertEquals("weight 'lm_head' expects shape [4] but 'embed' has shape [2, 2]", e.detail());
    }

    @Test
    void dtypeMismatches() {
        Codes.expect(CKPT_DTYPE_MISMATCH,  // narrowing is never implicit
                () -> bind(WeightSpec.named("e", DType.F16, TWO_BY_TWO, EMB)));
        Codes.expect(CKPT_DTYPE_MISMATCH,  // ints are not floats
                () -> bind(WeightSpec.named("i", DType.F32, new long[] {2}, "ids")));
        CheckpointException e = Codes.expect(CKPT_DTYPE_MISMATCH,
                () -> bind(WeightSpec.named("b", DType.F16, new long[] {1}, "brain")));
        assertEquals("weight 'b' is declared F16 but 'brain' holds BF16, which cannot be widened"
                + " to it", e.detail());
        Codes.expect(CKPT_DTYPE_MISMATCH, () -> bind(
                WeightSpec.named("embed", DType.F32, TWO_BY_TWO, EMB),
                WeightSpec.tied("lm_head", DType.F16, TWO_BY_TWO, "embed")));
    }

    @Test
    void duplicateBindingWithoutTie() {
        CheckpointException e = Codes.expect(CKPT_DUPLICATE_BINDING, () -> bind(
                WeightSpec.named("embed", DType.F32, TWO_BY_TWO, EMB),
                WeightSpec.named("lm_head", DType.F32, TWO_BY_TWO, EMB)));
        assertEquals("weights 'embed' and 'lm_head' both bind tensor '" + EMB + "' without"
                + " being declared tied", e.detail());
        Codes.expect(CKPT_DUPLICATE_BINDING, () -> bind(
                WeightSpec.stacked("wq", DType.F32, new long[] {2, 2, 2}, WQ, 2),
                WeightSpec.named("wq1", DType.F32, TWO_BY_TWO, "layers.1.attention.wq")));
    }

    @Test
    void inconsistentSpecsAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class,
                () -> bind(WeightSpec.tied("a", DType.F32, TWO_BY_TWO, "nowhere")));
        assertThrows(IllegalArgumentException.class, () -> bind(
                WeightSpec.tied("a", DType.F32, TWO_BY_TWO, "b"),
                WeightSpec.tied("b", DType.F32, TWO_BY_TWO, "a")));
        assertThrows(IllegalArgumentException.class, () -> bind(
                WeightSpec.named("a", DType.F32, TWO_BY_TWO, EMB),
                WeightSpec.named("a", DType.F32, TWO_BY_TWO, EMB)));
        assertThrows(IllegalArgumentException.class,
                () -> WeightSpec.stacked("s", DType.F32, new long[] {2, 2}, "layers.{i}.x", 3));
        assertThrows(IllegalArgumentException.class,
                () -> WeightSpec.stacked("s", DType.F32, new long[] {2, 2}, "layers.x", 2));
    }

    @Test
    void specCopiesItsShape() {
        long[] shape = {2, 2};
        WeightSpec s = WeightSpec.named("a", DType.F32, shape, "t");
        shape[0] = 9;
        assertArrayEquals(new long[] {2, 2}, s.shape());
        assertEquals(WeightSpec.named("a", DType.F32, new long[] {2, 2}, "t"), s);
        assertSame(DType.F32, s.dtype());
    }
}
