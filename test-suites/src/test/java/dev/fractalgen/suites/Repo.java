package dev.fractalgen.suites;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Files of the repository the tests read: models, shipped checkpoints, golden resources. */
public final class Repo {
  private Repo() {}

  /** The repository root (the build passes it as fractal.root). */
  public static Path root() {
    return Path.of(System.getProperty("fractal.root", "..")).toAbsolutePath().normalize();
  }

  public static Path path(String relative) {
    return root().resolve(relative);
  }

  /** The published stories260K checkpoint shipped in the repository. */
  public static Path stories260K() {
    return path("models/stories260K/stories260K.bin");
  }

  /** A test resource as UTF-8 text. */
  public static String resource(String name) {
    try (InputStream in = Repo.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test name for a string: quoted, escapes shown, long ones cut. */
  public static String visible(String s) {
    String v = s.length() > 30 ? s.substring(0, 30) + "..." : s;
    return "\"" + v.replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }
}
