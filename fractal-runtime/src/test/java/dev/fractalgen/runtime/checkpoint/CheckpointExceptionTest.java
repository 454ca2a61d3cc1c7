package dev.fractalgen.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CheckpointExceptionTest {

    @Test
    void messageIsPathDetailAndCode() {
        CheckpointException e = CheckpointError.CKPT_TRUNCATED.at(Path.of("m.bin"), 100L, 40L);
        assertEquals("m.bin: file is truncated: expected 100 bytes but only 40 are present"
                + " [CKPT_TRUNCATED]", e.getMessage());
        assertEquals("CKPT_TRUNCATED", e.code());
        assertEquals(Path.of("m.bin"), e.path());
    }

    @Test
    void controlCharactersAreEscapedToKeepOneLine() {
        CheckpointException e = CheckpointError.CKPT_BAD_HEADER.at(Path.of("x"), "a\nb");
        assertEquals("x: invalid header: a\\u000ab [CKPT_BAD_HEADER]", e.getMessage());
    }

    @Test
    void everyCodeIsItsName() {
        for (CheckpointError c : CheckpointError.values()) {
            assertEquals(c.name(), c.code());
            assertEquals(true, c.code().startsWith("CKPT_"));
        }
    }
}
