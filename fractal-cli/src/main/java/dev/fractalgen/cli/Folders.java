package dev.fractalgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing scratch folders. */
final class Folders {
  private Folders() {}

  /** Deletes {@code dir} and everything in it if it exists; a scratch folder left behind is harmless. */
  static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // left behind
    }
  }
}
