package dev.fractalgen.suites.badinput;

import dev.fractalgen.runtime.checkpoint.DType;
import dev.fractalgen.runtime.checkpoint.SafetensorsWriter;
import dev.fractalgen.suites.Repo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The files of the bad-input corpus, written by recipe: each is a valid file (the shipped
 * stories260K checkpoint, its tokenizer, a safetensors file) with one thing broken.
 */
final class CorruptFiles {
  private CorruptFiles() {}

  /** Writes the file named {@code recipe} into {@code dir} and returns its path. */
  static Path write(String recipe, Path dir) throws IOException {
    Path out = dir.resolve(recipe);
    Files.createDirectories(out.getParent());
    byte[] bytes = switch (recipe) {
      case "ckpt-copy" -> ckpt();
      case "plain.txt", "other/plain.txt", "ckpt-text.bin" -> "this is not a checkpoint\n".getBytes(StandardCharsets.UTF_8);
      case "m.fractal" -> Files.readAllBytes(Repo.path("models/llama2c.fractal"));
      case "ckpt-empty.bin", "st-empty.safetensors", "tok-empty.bin" -> new byte[0];
      case "ckpt-10-bytes.bin" -> Arrays.copyOf(ckpt(), 10);
      case "ckpt-header-only.bin" -> Arrays.copyOf(ckpt(), 28 + 100);
      case "ckpt-one-byte-short.bin" -> resized(ckpt(), -1);
      case "ckpt-four-bytes-long.bin" -> resized(ckpt(), 4);
      // llama2.c's header: dim, hidden_dim, n_layers, n_heads, n_kv_heads, vocab_size, seq_len (i32 each)
      case "ckpt-dim-negative.bin" -> header(ckpt(), 0, -64);
      case "ckpt-dim-zero.bin" -> header(ckpt(), 0, 0);
      case "ckpt-layers-huge.bin" -> header(ckpt(), 2, 1_000_000_000);
      case "ckpt-vocab-huge.bin" -> header(ckpt(), 5, 2_000_000_000);
      // 4 heads of which 2 key/value heads: the layer tensors keep their sizes, the RoPE tables at the end do not
      case "ckpt-heads-disagree.bin" -> header(header(ckpt(), 3, 4), 4, 2);
      case "ckpt-nan-weight.bin" -> weight(ckpt(), 1000, Float.NaN);
      case "ckpt-infinite-weight.bin" -> weight(ckpt(), 2000, Float.POSITIVE_INFINITY);
      case "st-header-past-end.safetensors" -> safetensors("{}", 0, 1L << 40);
      case "st-not-json.safetensors" -> safetensors("{not json", 0);
      case "st-array.safetensors" -> safetensors("[1, 2, 3]", 0);
      case "st-offsets-past-end.safetensors" -> safetensors(tensor("emb", "F32", "[8, 4]", 0, 128), 16);
      case "st-overlap.safetensors" -> safetensors("{" + entry("a", "F32", "[4]", 0, 16) + "," + entry("b", "F32", "[4]", 8, 24) + "}", 24);
      case "st-dtype.safetensors" -> safetensors(tensor("emb", "F99", "[4]", 0, 16), 16);
      case "st-size.safetensors" -> safetensors(tensor("emb", "F32", "[8, 4]", 0, 16), 16);
      case "st-reversed.safetensors" -> safetensors(tensor("emb", "F32", "[2]", 8, 0), 16);
      case "st-negative-shape.safetensors" -> safetensors(tensor("emb", "F32", "[-4]", 0, 16), 16);
      case "st-zero-header.safetensors" -> safetensors("", 0);
      case "st-foreign.safetensors" -> new SafetensorsWriter().add("something_else", DType.F32, new long[] {4}, new float[] {1, 2, 3, 4}).toBytes();
      case "oob.safetensors" -> new SafetensorsWriter().add("emb", DType.F32, new long[] {8, 4}, new float[32]).toBytes();
      case "tok-truncated.bin" -> halved(tok());
      // llama2.c's tokenizer: max_token_length, then per token a score (f32), a length (i32) and the bytes
      case "tok-negative-length.bin" -> {
        byte[] t = tok();
        ByteBuffer.wrap(t).order(ByteOrder.LITTLE_ENDIAN).putInt(4 + 4, -7);
        yield t;
      }
      case "bad/tokenizer.json" -> "{\"model\": [".getBytes(StandardCharsets.UTF_8);
      case "other/tokenizer.json" -> "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
      default -> throw new IllegalArgumentException("no recipe " + recipe);
    };
    Files.write(out, bytes);
    return out;
  }

  /** The shipped stories260K checkpoint, read for the recipes that start from it. */
  private static byte[] ckpt() throws IOException {
    return Files.readAllBytes(Repo.stories260K());
  }

  private static byte[] tok() throws IOException {
    return Files.readAllBytes(Repo.stories260K().resolveSibling("tok512.bin"));
  }

  private static byte[] resized(byte[] b, int delta) {
    return Arrays.copyOf(b, b.length + delta);
  }

  private static byte[] halved(byte[] b) {
    return Arrays.copyOf(b, b.length / 2);
  }

  private static byte[] header(byte[] ckpt, int field, int value) {
    byte[] b = ckpt.clone();
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(4 * field, value);
    return b;
  }

  private static byte[] weight(byte[] ckpt, int index, float value) {
    byte[] b = ckpt.clone();
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putFloat(28 + 4 * index, value);
    return b;
  }

  private static String entry(String name, String dtype, String shape, long begin, long end) {
    return "\"" + name + "\": {\"dtype\": \"" + dtype + "\", \"shape\": " + shape + ", \"data_offsets\": [" + begin + ", " + end + "]}";
  }

  private static String tensor(String name, String dtype, String shape, long begin, long end) {
    return "{" + entry(name, dtype, shape, begin, end) + "}";
  }

  private static byte[] safetensors(String header, int data) {
    return safetensors(header, data, header.getBytes(StandardCharsets.UTF_8).length);
  }

  /** A safetensors file: a header length of {@code claimed}, the header, then {@code data} zero bytes. */
  private static byte[] safetensors(String header, int data, long claimed) {
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + data).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(claimed);
    b.put(h);
    return b.array();
  }
}
