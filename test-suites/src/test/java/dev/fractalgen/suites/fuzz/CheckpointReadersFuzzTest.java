package dev.fractalgen.suites.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fractalgen.runtime.checkpoint.Checkpoint;
import dev.fractalgen.runtime.checkpoint.CheckpointException;
import dev.fractalgen.runtime.checkpoint.Checkpoints;
import dev.fractalgen.runtime.checkpoint.Tensor;

/**
 * The llama2.c and safetensors readers on arbitrary bytes: a file is read whole (every tensor's
 * values too) or refused with a CheckpointException of one line; nothing else may escape.
 */
class CheckpointReadersFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void llama2c(FuzzedDataProvider data) {
    read(FuzzFiles.write("model.bin", data.consumeRemainingAsBytes()));
  }

  @FuzzTest(maxDuration = "5s")
  void safetensors(FuzzedDataProvider data) {
    read(FuzzFiles.write("model.safetensors", data.consumeRemainingAsBytes()));
  }

  private static void read(java.nio.file.Path file) {
    try {
      Checkpoint c = Checkpoints.open(file);
      for (Tensor t : c.tensors()) {
        if (t.dtype().name().equals("I32")) t.toInts();
        else t.toFloats();
      }
    } catch (CheckpointException e) {
      FuzzFiles.assertOneLine(e.getMessage());
    }
  }
}
