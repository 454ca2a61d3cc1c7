package dev.fractalgen.suites.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.fractalgen.runtime.text.Tokenizer;
import dev.fractalgen.runtime.text.TokenizerException;
import dev.fractalgen.runtime.text.Tokenizers;
import dev.fractalgen.suites.Repo;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hugging Face tokenizer.json (GPT-2's byte-level BPE, hf/gpt2) against encodings made by
 * independent JavaScript implementations (gpt-3-encoder, gpt-tokenizer's r50k_base and
 * @huggingface/tokenizers; hf/gpt2/expected.jsonl).
 */
class HuggingFaceTokenizerTest {
  @TempDir static Path tmp;
  static Tokenizer gpt2;

  record Case(String text, int[] ids, boolean special) {}

  @BeforeAll
  static void open() throws Exception {
    Path file = tmp.resolve("tokenizer.json");
    try (InputStream in = new GZIPInputStream(HuggingFaceTokenizerTest.class.getResourceAsStream("/hf/gpt2/tokenizer.json.gz"))) {
      Files.copy(in, file);
    }
    gpt2 = Tokenizers.open(file, 50257);
  }

  @AfterAll
  static void close() {
    gpt2.close();
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String line : Repo.resource("/hf/gpt2/expected.jsonl").split("\n")) {
      if (line.isBlank()) continue;
      JsonObject o = new Gson().fromJson(line, JsonObject.class);
      out.add(new Case(o.get("text").getAsString(), new Gson().fromJson(o.get("ids"), int[].class), o.has("ids_special_as_text")));
    }
    return out;
  }

  @Test
  void vocabularyIsGpt2s() {
    assertEquals(50257, gpt2.vocabSize());
    assertTrue(gpt2.isSpecial(50256), "<|endoftext|> is an added special token");
    assertTrue(!gpt2.isSpecial(15496), "Hello is text");
    assertTrue(gpt2.describe().contains("tokenizer.json"), gpt2.describe());
  }

  @TestFactory
  Stream<DynamicTest> encodesAsTheJavaScriptImplementations() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(Repo.visible(c.text()), () -> assertArrayEquals(c.ids(), gpt2.encode(c.text()))));
  }

  /** Streamed one token at a time, the pieces join to the text, even where a character spans tokens. */
  @TestFactory
  Stream<DynamicTest> streamedPiecesJoinToTheText() {
    return cases().stream().filter(c -> !c.special()).map(c -> DynamicTest.dynamicTest(Repo.visible(c.text()), () -> {
      Tokenizer.Decoder d = gpt2.decoder(new int[0]);
      StringBuilder b = new StringBuilder();
      for (int id : c.ids()) {
        String piece = d.next(id);
        assertTrue(!piece.contains("\uFFFD"), "no half characters are emitted");
        b.append(piece);
      }
      assertEquals(c.text(), b.append(d.finish()).toString());
    }));
  }

  @Test
  void continuationAfterAPromptDecodesOnlyTheNewTokens() {
    int[] prompt = gpt2.encode("The cat sat on");
    int[] rest = gpt2.encode(" the mat 😀.");
    assertEquals(" the mat 😀.", gpt2.decode(prompt, rest));
  }

  @Test
  void malformedFilesAreCodedErrors() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"model\": {\"type\": \"BPE\"}}");
    TokenizerException e = assertThrows(TokenizerException.class, () -> Tokenizers.open(bad, 100));
    assertEquals(TokenizerException.Code.TOK_UNSUPPORTED, e.code());
    Files.writeString(bad, "not json");
    assertEquals(TokenizerException.Code.TOK_MALFORMED, assertThrows(TokenizerException.class, () -> Tokenizers.open(bad, 100)).code());
    Path file = tmp.resolve("tokenizer.json");
    TokenizerException small = assertThrows(TokenizerException.class, () -> Tokenizers.open(file, 512));
    assertEquals(TokenizerException.Code.TOK_VOCAB_MISMATCH, small.code());
    assertTrue(small.getMessage().startsWith(file + ": "), small.getMessage());
  }

  /** The library checks a WordLevel unk_token only when a word is not in the vocabulary: opening must find it. */
  @Test
  void aWordLevelModelWithoutItsUnknownTokenIsRefusedWhenOpened() throws Exception {
    Path bad = tmp.resolve("word-level.json");
    Files.writeString(bad, """
        {"version": "1.0", "pre_tokenizer": {"type": "Whitespace"},
         "model": {"type": "WordLevel", "vocab": {"Once": 0, "a": 1}, "unk_token": "[UNK]"}}""");
    TokenizerException e = assertThrows(TokenizerException.class, () -> Tokenizers.open(bad, 2));
    assertEquals(TokenizerException.Code.TOK_MALFORMED, e.code());
    assertTrue(e.getMessage().startsWith(bad + ": the tokenizers library cannot encode text with it: "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }
}
