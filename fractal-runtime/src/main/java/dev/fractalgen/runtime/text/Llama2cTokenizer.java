package dev.fractalgen.runtime.text;

import dev.fractalgen.runtime.text.TokenizerException.Code;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The tokenizer of llama2.c ({@code tokenizer.bin}, {@code tok512.bin}): a scored vocabulary of
 * byte strings, encoded and decoded exactly as llama2.c's run.c does.
 *
 * <p>File format (little-endian): int32 max_token_length, then per token a float32 score, an
 * int32 byte length and the bytes. Ids 0, 1, 2 are unk, BOS and EOS; {@code <0xNN>} pieces are
 * the byte-fallback tokens.
 */
public final class Llama2cTokenizer implements Tokenizer {
  public static final int BOS = 1;
  public static final int EOS = 2;
  // run.c starts its search for the best merge below every real score
  private static final float NO_MERGE = -1e10f;

  private final Path path;
  private final byte[][] pieces;
  private final float[] scores;
  // pieces as ISO-8859-1 strings (one char per byte) to id; the lowest id wins among duplicates
  private final Map<String, Integer> ids = new HashMap<>();

  private Llama2cTokenizer(Path path, byte[][] pieces, float[] scores) {
    this.path = path;
    this.pieces = pieces;
    this.scores = scores;
    for (int i = pieces.length - 1; i >= 0; i--) ids.put(latin1(pieces[i]), i);
  }

  /** Reads a vocabulary of {@code vocabSize} tokens from {@code path}; the file must hold exactly that many. */
  public static Llama2cTokenizer read(Path path, int vocabSize) throws TokenizerException {
    byte[] all;
    try {
      if (Files.isDirectory(path)) throw new TokenizerException(path, Code.TOK_NOT_FOUND, "is a directory, not a tokenizer file");
      all = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new TokenizerException(path, Code.TOK_NOT_FOUND, "cannot read the tokenizer: " + e.getMessage(), e);
    }
    ByteBuffer in = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    if (in.remaining() < 4) throw new TokenizerException(path, Code.TOK_MALFORMED, "shorter than its 4-byte header");
    int maxLen = in.getInt();
    if (maxLen <= 0) throw new TokenizerException(path, Code.TOK_MALFORMED, "max_token_length is " + maxLen);
    byte[][] pieces = new byte[vocabSize][];
    float[] scores = new float[vocabSize];
    for (int i = 0; i < vocabSize; i++) {
      if (in.remaining() < 8) {
        // a complete file with fewer tokens belongs to a smaller model; one cut mid-token is damaged
        Code code = in.hasRemaining() ? Code.TOK_MALFORMED : Code.TOK_VOCAB_MISMATCH;
        throw new TokenizerException(path, code, "ends after " + i + " of the model's " + vocabSize + " tokens");
      }
      scores[i] = in.getFloat();
      int len = in.getInt();
      if (len < 0 || len > maxLen || len > in.remaining()) {
        throw new TokenizerException(path, Code.TOK_MALFORMED, "token " + i + " has length " + len
            + " (max_token_length " + maxLen + ", " + in.remaining() + " bytes left)");
      }
      pieces[i] = new byte[len];
      in.get(pieces[i]);
    }
    if (in.hasRemaining()) {
      throw new TokenizerException(path, Code.TOK_VOCAB_MISMATCH, "holds more than the model's " + vocabSize
          + " tokens (" + in.remaining() + " bytes left after them)");
    }
    return new Llama2cTokenizer(path, pieces, scores);
  }

  @Override
  public int vocabSize() {
    return pieces.length;
  }

  /** unk, BOS and EOS: llama2.c's vocabularies put them at ids 0, 1 and 2. */
  @Override
  public boolean isSpecial(int id) {
    return id >= 0 && id <= EOS;
  }

  @Override
  public String describe() {
    return "llama2.c tokenizer " + path.getFileName() + " (" + pieces.length + " tokens)";
  }

  /** BOS, then the text as llama2.c encodes it. */
  @Override
  public int[] encode(String text) {
    return encode(text, true, false);
  }

  /**
   * llama2.c's encode(): optional BOS, a dummy-prefix space unless the text is empty, one token per
   * UTF-8 code point found in the vocabulary (else one byte-fallback token per byte), then
   * repeated merging of the adjacent pair whose concatenation scores highest (the first such pair
   * on ties), then optional EOS.
   */
  public int[] encode(String text, boolean bos, boolean eos) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int[] tokens = new int[bytes.length + 3];
    int n = 0;
    if (bos) tokens[n++] = BOS;
    Integer space = ids.get(" ");
    if (bytes.length > 0 && space != null) tokens[n++] = space;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      boolean nextContinues = i + 1 < bytes.length && (bytes[i + 1] & 0xC0) == 0x80;
      // a code point is at most 4 bytes; a longer run of continuation bytes is split like run.c does
      if (nextContinues && i + 1 - start < 4) continue;
      Integer id = ids.get(new String(bytes, start, i + 1 - start, StandardCharsets.ISO_8859_1));
      if (id != null) {
        tokens[n++] = id;
      } else {
        for (int b = start; b <= i; b++) tokens[n++] = (bytes[b] & 0xFF) + 3;
      }
      start = i + 1;
    }
    n = merge(tokens, n);
    if (eos) tokens[n++] = EOS;
    return Arrays.copyOf(tokens, n);
  }

  private int merge(int[] tokens, int n) {
    // the merge found for each adjacent pair (i, i+1), or -1; only the pairs around a merge change
    int[] pair = new int[n];
    for (int i = 0; i + 1 < n; i++) pair[i] = lookupPair(tokens[i], tokens[i + 1]);
    while (true) {
      float best = NO_MERGE;
      int at = -1;
      for (int i = 0; i + 1 < n; i++) {
        if (pair[i] >= 0 && scores[pair[i]] > best) {
          best = scores[pair[i]];
          at = i;
        }
      }
      if (at < 0) return n;
      tokens[at] = pair[at];
      System.arraycopy(tokens, at + 2, tokens, at + 1, n - at - 2);
      System.arraycopy(pair, at + 2, pair, at + 1, n - at - 2);
      n--;
      if (at > 0) pair[at - 1] = lookupPair(tokens[at - 1], tokens[at]);
      pair[at] = at + 1 < n ? lookupPair(tokens[at], tokens[at + 1]) : -1;
    }
  }

  private int lookupPair(int a, int b) {
    Integer id = ids.get(latin1(pieces[a]) + latin1(pieces[b]));
    return id == null ? -1 : id;
  }

  /** The bytes llama2.c's decode() gives for {@code id} after {@code prev}. */
  public byte[] decodeBytes(int prev, int id) {
    byte[] p = pieces[id];
    int off = prev == BOS && p.length > 0 && p[0] == ' ' ? 1 : 0;
    int value = byteFallback(p, off);
    if (value >= 0) return new byte[] {(byte) value};
    return Arrays.copyOfRange(p, off, p.length);
  }

  /** The byte of a {@code <0xNN>} piece (one or two hex digits, as run.c's sscanf reads it), else -1. */
  private static int byteFallback(byte[] p, int off) {
    if (p.length - off < 4 || p[off] != '<' || p[off + 1] != '0' || p[off + 2] != 'x') return -1;
    int value = 0;
    int digits = 0;
    for (int i = off + 3; i < p.length && digits < 2; i++, digits++) {
      int d = Character.digit(p[i], 16);
      if (d < 0) break;
      value = value * 16 + d;
    }
    return digits == 0 ? -1 : value;
  }

  @Override
  public Decoder decoder(int[] context) {
    return new Decoder() {
      private int prev = context.length == 0 ? -1 : context[context.length - 1];
      private final Utf8Stream utf8 = new Utf8Stream();

      @Override
      public String next(int id) {
        if (id < 0 || id >= pieces.length) {
          throw new IllegalArgumentException("token " + id + " is outside the vocabulary [0, " + pieces.length + ")");
        }
        byte[] b = decodeBytes(prev, id);
        prev = id;
        return utf8.push(b);
      }

      @Override
      public String finish() {
        return utf8.finish();
      }
    };
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
