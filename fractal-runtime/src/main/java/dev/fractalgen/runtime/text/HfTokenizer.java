package dev.fractalgen.runtime.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fractalgen.runtime.text.TokenizerException.Code;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Hugging Face {@code tokenizer.json} (GPT-2, Llama 3 and the like), run by the Hugging Face
 * tokenizers library through DJL's bindings, which carry its native code: nothing is downloaded.
 * Prompts get the special tokens the file's post-processor adds; decoding leaves special tokens out.
 */
final class HfTokenizer implements Tokenizer {
  // a few ids before the new ones give the decoder its context (a word's leading space depends on it)
  private static final int CONTEXT = 4;

  private final Path path;
  private final HuggingFaceTokenizer hf;
  private final int vocab;

  private HfTokenizer(Path path, HuggingFaceTokenizer hf, int vocab) {
    this.path = path;
    this.hf = hf;
    this.vocab = vocab;
  }

  static HfTokenizer read(Path path) throws TokenizerException {
    // DJL otherwise reports usage over the network and, on CUDA machines, downloads a GPU build;
    // offline it uses the CPU library inside its jar
    if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
    int vocab = vocabSize(path);
    try {
      // the library's defaults truncate to 512 tokens and pad; a prompt must be taken whole
      HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(path,
          Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
      return new HfTokenizer(path, hf, vocab);
    } catch (IOException | RuntimeException e) {
      throw new TokenizerException(path, Code.TOK_MALFORMED, "the tokenizers library cannot load it: " + e.getMessage(), e);
    }
  }

  /** One more than the largest id of the model's vocabulary and the added tokens. */
  private static int vocabSize(Path path) throws TokenizerException {
    JsonObject root;
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      root = JsonParser.parseReader(r).getAsJsonObject();
    } catch (IOException | RuntimeException e) {
      throw new TokenizerException(path, Code.TOK_MALFORMED, "not a tokenizer.json: " + e.getMessage(), e);
    }
    int max = -1;
    JsonElement model = root.get("model");
    if (model != null && model.isJsonObject() && model.getAsJsonObject().get("vocab") instanceof JsonObject v) {
      for (var e : v.entrySet()) max = Math.max(max, e.getValue().getAsInt());
    } else if (model != null && model.isJsonObject() && model.getAsJsonObject().get("vocab") != null
        && model.getAsJsonObject().get("vocab").isJsonArray()) {
      max = model.getAsJsonObject().getAsJsonArray("vocab").size() - 1; // Unigram: [piece, score] pairs
    } else {
      throw new TokenizerException(path, Code.TOK_UNSUPPORTED, "no model.vocab in this tokenizer.json");
    }
    if (root.get("added_tokens") != null && root.get("added_tokens").isJsonArray()) {
      for (JsonElement t : root.getAsJsonArray("added_tokens")) max = Math.max(max, t.getAsJsonObject().get("id").getAsInt());
    }
    return max + 1;
  }

  @Override
  public int vocabSize() {
    return vocab;
  }

  @Override
  public String describe() {
    return "Hugging Face tokenizer " + path.getFileName() + " (" + vocab + " tokens)";
  }

  @Override
  public int[] encode(String text) {
    return Arrays.stream(hf.encode(text).getIds()).mapToInt(Math::toIntExact).toArray();
  }

  /**
   * Decodes a growing window of ids and emits what the newest ones add; while the window's text
   * ends in an incomplete character (U+FFFD) nothing is emitted, and the window only starts over
   * once its text was complete.
   */
  @Override
  public Decoder decoder(int[] context) {
    return new Decoder() {
      private final List<Long> window = new ArrayList<>();
      private int emittedFrom; // window[0, emittedFrom) is context already rendered

      {
        for (int i = Math.max(0, context.length - CONTEXT); i < context.length; i++) window.add((long) context[i]);
        emittedFrom = window.size();
      }

      @Override
      public String next(int id) {
        if (id < 0 || id >= vocab) throw new IllegalArgumentException("token " + id + " is outside the vocabulary [0, " + vocab + ")");
        window.add((long) id);
        String before = decode(window.subList(0, emittedFrom));
        String all = decode(window);
        if (all.endsWith("\uFFFD") || !all.startsWith(before)) return "";
        String fresh = all.substring(before.length());
        // keep a little context for the next token's rendering
        int keep = Math.min(CONTEXT, window.size());
        window.subList(0, window.size() - keep).clear();
        emittedFrom = window.size();
        return fresh;
      }

      @Override
      public String finish() {
        String before = decode(window.subList(0, emittedFrom));
        String all = decode(window);
        String rest = all.startsWith(before) ? all.substring(before.length()) : all;
        window.clear();
        emittedFrom = 0;
        return rest;
      }

      private String decode(List<Long> ids) {
        return hf.decode(ids.stream().mapToLong(Long::longValue).toArray(), true);
      }
    };
  }

  @Override
  public void close() {
    hf.close();
  }
}
