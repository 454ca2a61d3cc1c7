package dev.fractalgen.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a checkpoint operation fails with a given code. */
final class Codes {
    private Codes() {
    }

    /** Runs {@code action}, expects a CheckpointException with {@code code}, and returns it. */
    static CheckpointException expect(CheckpointError code, Executable action) {
        CheckpointException e = assertThrows(CheckpointException.class, action);
        assertEquals(code, e.error(), e.getMessage());
        assertEquals(e.path() + ": " + e.detail() + " [" + code.name() + "]", e.getMessage());
        return e;
    }
}
