package dev.fractalgen.runtime.checkpoint;

import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_BAD_HEADER;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_NOT_FOUND;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_TRUNCATED;
import static dev.fractalgen.runtime.checkpoint.CheckpointError.CKPT_UNKNOWN_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {
    private static final int[] TINY = {4, 6, 2, 2, 1, 5, 3}; // 286 floats, see the llama2c test
    private static final String ONE_I32 =
            "{\"x\":{\"dtype\":\"I32\",\"shape\":[1],\"data_offsets\":[0,4]}}";

    @TempDir
    Path dir;

    @Test
    void sniffsSafetensorsWhateverTheName() throws Exception {
        Path f = TestFiles.safetensors(dir.resolve("weights.dat"), ONE_I32,
                new byte[] {3, 0, 0, 0});
        assertEquals(3, Checkpoints.open(f).get("x").orElseThrow().toInts()[0]);
    }

    @Test
    void sniffsLlama2cByExactLengthWhateverTheName() throws Exception {
        Path f = TestFiles.llama2c(dir.resolve("model.ckpt"), TINY, 286);
        assertEquals(4L, Checkpoints.open(f).metadata().get("dim"));
    }

    @Test
    void binExtensionGivesLlama2cDiagnostics() throws Exception {
        Path f = TestFiles.llama2c(dir.resolve("model.bin"), TINY, 200);
        Codes.expect(CKPT_TRUNCATED, () -> Checkpoints.open(f));
    }

    @Test
    void safetensorsExtensionGivesSafetensorsDiagnostics() throws Exception {
        Path f = Files.write(dir.resolve("w.safetensors"),
                new byte[] {5, 0, 0, 0, 0, 0, 0, 0, 'x'});
        Codes.expect(CKPT_TRUNCATED, () -> Checkpoints.open(f));
        Path g = TestFiles.safetensors(dir.resolve("g.safetensors"), " {}", new byte[0]);
        Codes.expect(CKPT_BAD_HEADER, () -> Checkpoints.open(g));
    }

    @Test
    void unknownContentAndName() throws Exception {
        Path f = Files.write(dir.resolve("notes.txt"), "hello, world, not weights".getBytes());
        CheckpointException e = Codes.expect(CKPT_UNKNOWN_FORMAT, () -> Checkpoints.open(f));
        assertTrue(e.getMessage().startsWith(f + ": not a safetensors or llama2.c checkpoint"));
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        Codes.expect(CKPT_UNKNOWN_FORMAT, () -> Checkpoints.open(empty));
    }

    @Test
    void missingFile() {
        Codes.expect(CKPT_NOT_FOUND, () -> Checkpoints.open(dir.resolve("nothing.bin")));
    }
}
