package dev.fractalgen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What decides a model's bundle: its source, its settings, and the compiler's own jars (a
 * snapshot compiler changes without changing its version). Equal keys mean an equal bundle.
 */
final class BuildKey {
  private BuildKey() {}

  /** The key of {@code source} compiled with {@code settings} by the compiler of digest {@link #ofCompiler}. */
  static String of(Path source, List<String> settings, String compiler) throws IOException {
    MessageDigest md = sha256();
    update(md, "source");
    md.update(Files.readAllBytes(source));
    for (String s : settings) update(md, s);
    update(md, compiler);
    return HexFormat.of().formatHex(md.digest());
  }

  /** The digest of the compiler's jars: computed once per build, it enters every model's key. */
  static String ofCompiler(List<Path> compilerJars) throws IOException {
    MessageDigest md = sha256();
    for (Path jar : compilerJars) {
      update(md, jar.getFileName().toString());
      try (InputStream in = new DigestInputStream(Files.newInputStream(jar), md)) {
        in.transferTo(OutputStreamSink.INSTANCE);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest md, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    md.update((byte) (b.length >>> 24));
    md.update((byte) (b.length >>> 16));
    md.update((byte) (b.length >>> 8));
    md.update((byte) b.length);
    md.update(b);
  }

  /** Discards what the digest stream has already counted. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
