package dev.fractalgen.runtime.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fractalgen.runtime.text.TokenizerException.Code;
import dev.fractalgen.runtime.util.ErrorText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Hugging Face {@code tokenizer.json} (GPT-2, Llama 3 and the like), run by the Hugging Face
 * tokenizers library through DJL's bindings, which carry its native code: nothing is downloaded.
 * Prompts get the special tokens the file's post-processor adds; decoding leaves special tokens out.
 */
final class HfTokenizer implements Tokenizer {
  // a few ids before the new ones give the decoder its context (a word's leading space depends on it)
  private static final int CONTEXT = 4;
  private static final String PROBE = "Once upon a time, xqézzy said 日本 42!\n";

  private final Path path;
  private final HuggingFaceTokenizer hf;
  private final int vocab;
  private final Set<Integer> special;

  private HfTokenizer(Path path, HuggingFaceTokenizer hf, Vocabulary v) {
    this.path = path;
    this.hf = hf;
    this.vocab = v.size();
    this.special = v.special();
  }

  /** What the library does not tell: the id range and which added tokens are special. */
  private record Vocabulary(int size, Set<Integer> special) {}

  static HfTokenizer read(Path path) throws TokenizerException {
    // DJL otherwise reports usage over the network and, on CUDA machines, downloads a GPU build;
    // offline it uses the CPU library inside its jar
    if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
    Vocabulary v = vocabulary(path);
    try {
      // the library's defaults truncate to 512 tokens and pad; a prompt must be taken whole
      HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(path,
          Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
      try {
        // the library checks some of a model only when it meets a word (a WordLevel unk_token
        // missing from the vocabulary): a text with unknown words and non-ASCII meets it now
        hf.encode(PROBE);
      } catch (RuntimeException e) {
        hf.close();
        throw new TokenizerException(path, Code.TOK_MALFORMED, "the tokenizers library cannot encode text with it: " + ErrorText.of(e), e);
      }
      return new HfTokenizer(path, hf, v);
    } catch (IOException | RuntimeException e) {
      throw new TokenizerException(path, Code.TOK_MALFORMED, "the tokenizers library cannot load it: " + ErrorText.of(e), e);
    } catch (LinkageError e) {
      throw new TokenizerException(path, Code.TOK_UNSUPPORTED, "the tokenizers library has no native code for this platform: " + e, e);
    }
  }

  /** One more than the largest id of the model's vocabulary and the added tokens; the special ones. */
  private static Vocabulary vocabulary(Path path) throws TokenizerException {
    if (Files.isDirectory(path)) throw new TokenizerException(path, Code.TOK_NOT_FOUND, "is a directory, not a tokenizer file");
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      JsonObject root = JsonParser.parseReader(r).getAsJsonObject();
      JsonElement vocab = root.has("model") && root.get("model").isJsonObject() ? root.getAsJsonObject("model").get("vocab") : null;
      int max;
      if (vocab instanceof JsonObject v) {
        max = v.entrySet().stream().mapToInt(e -> e.getValue().getAsInt()).max().orElse(-1);
      } else if (vocab != null && vocab.isJsonArray()) {
        max = vocab.getAsJsonArray().size() - 1; // Unigram: [piece, score] pairs, ids by position
      } else {
        throw new TokenizerException(path, Code.TOK_UNSUPPORTED, "no model.vocab in this tokenizer.json");
      }
      Set<Integer> special = new HashSet<>();
      if (root.get("added_tokens") instanceof JsonArray added) {
        for (JsonElement t : added) {
          int id = t.getAsJsonObject().get("id").getAsInt();
          max = Math.max(max, id);
          JsonElement sp = t.getAsJsonObject().get("special");
          if (sp != null && sp.getAsBoolean()) special.add(id);
        }
      }
      return new Vocabulary(max + 1, Set.copyOf(special));
    } catch (IOException | RuntimeException e) {
      // RuntimeException: gson's parse errors, and a field of the wrong kind or missing (NPE)
      throw new TokenizerException(path, Code.TOK_MALFORMED, "not a valid tokenizer.json: " + ErrorText.of(e), e);
    }
  }

  @Override
  public int vocabSize() {
    return vocab;
  }

  @Override
  public boolean isSpecial(int id) {
    return special.contains(id);
  }

  @Override
  public String describe() {
    return "Hugging Face tokenizer " + path.getFileName() + " (" + vocab + " tokens)";
  }

  @Override
  public int[] encode(String text) {
    long[] ids;
    try {
      ids = hf.encode(text).getIds();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(path + ": the tokenizer cannot encode this text: " + ErrorText.of(e), e);
    }
    return Arrays.stream(ids).mapToInt(Math::toIntExact).toArray();
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
        String fresh = unseen();
        // a character still arriving (a byte-level token holds part of it); invalid bytes give up after a few
        if (fresh.endsWith("\uFFFD") && window.size() - emittedFrom < CONTEXT) return "";
        // keep a little context for the next token's rendering
        window.subList(0, window.size() - Math.min(CONTEXT, window.size())).clear();
        emittedFrom = window.size();
        return fresh;
      }

      @Override
      public String finish() {
        String rest = unseen();
        window.clear();
        emittedFrom = 0;
        return rest;
      }

      /**
       * The text the ids after emittedFrom add to what is shown. A decoder that rewrites earlier
       * text (cleaning up spaces) cannot un-print it, so then the new ids are decoded on their own.
       */
      private String unseen() {
        String before = decode(window.subList(0, emittedFrom));
        String all = decode(window);
        return all.startsWith(before) ? all.substring(before.length()) : decode(window.subList(emittedFrom, window.size()));
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
