package dev.fractalgen.suites.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fractalgen.runtime.text.Tokenizer;
import dev.fractalgen.runtime.text.TokenizerException;
import dev.fractalgen.runtime.text.Tokenizers;

/**
 * Tokenizer files on arbitrary bytes (llama2.c's format for a 512-token model, and Hugging Face's
 * tokenizer.json): a file that opens must encode and decode a text, or refuse the text with an
 * IllegalArgumentException of one line; any other file is refused with a TokenizerException of one line.
 */
class TokenizerFilesFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void llama2c(FuzzedDataProvider data) {
    open(FuzzFiles.write("tok512.bin", data.consumeRemainingAsBytes()));
  }

  @FuzzTest(maxDuration = "5s")
  void huggingFace(FuzzedDataProvider data) {
    open(FuzzFiles.write("tokenizer.json", data.consumeRemainingAsBytes()));
  }

  private static void open(java.nio.file.Path file) {
    try (Tokenizer t = Tokenizers.open(file, 512)) {
      t.decode(new int[0], t.encode("Once upon a time, 日本"));
    } catch (TokenizerException | IllegalArgumentException e) {
      FuzzFiles.assertOneLine(e.getMessage());
    }
  }
}
