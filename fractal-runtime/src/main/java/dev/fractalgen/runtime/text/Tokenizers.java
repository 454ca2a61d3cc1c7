package dev.fractalgen.runtime.text;

import dev.fractalgen.runtime.text.TokenizerException.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Opening tokenizer files by their format, and finding the one that belongs to a checkpoint. */
public final class Tokenizers {
  private Tokenizers() {}

  /**
   * Opens {@code file} for a model of {@code modelVocab} tokens: a Hugging Face {@code tokenizer.json}
   * (by its .json name), else a llama2.c tokenizer of exactly {@code modelVocab} tokens. A tokenizer
   * whose ids could exceed the model's vocabulary is refused.
   */
  public static Tokenizer open(Path file, long modelVocab) throws TokenizerException {
    if (!Files.isRegularFile(file)) throw new TokenizerException(file, Code.TOK_NOT_FOUND, "no such tokenizer file");
    if (modelVocab <= 0 || modelVocab > Integer.MAX_VALUE) {
      throw new TokenizerException(file, Code.TOK_VOCAB_MISMATCH, "the model's vocabulary of " + modelVocab + " tokens cannot be tokenized");
    }
    Tokenizer t = file.getFileName().toString().endsWith(".json")
        ? HfTokenizer.read(file)
        : Llama2cTokenizer.read(file, (int) modelVocab);
    if (t.vocabSize() > modelVocab) {
      t.close();
      throw new TokenizerException(file, Code.TOK_VOCAB_MISMATCH, "has " + t.vocabSize()
          + " tokens but the model only " + modelVocab + "; it belongs to another model");
    }
    return t;
  }

  /**
   * The tokenizer file next to {@code checkpoint}, if any: {@code tokenizer.json}, then
   * {@code tokenizer.bin}, then {@code tok<vocab>.bin} (llama2.c's names for its vocabularies).
   */
  public static Optional<Path> besideCheckpoint(Path checkpoint, long modelVocab) {
    Path dir = checkpoint.toAbsolutePath().getParent();
    if (dir == null) return Optional.empty();
    for (String name : List.of("tokenizer.json", "tokenizer.bin", "tok" + modelVocab + ".bin")) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) return Optional.of(p);
    }
    return Optional.empty();
  }
}
