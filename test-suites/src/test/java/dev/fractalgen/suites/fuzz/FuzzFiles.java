package dev.fractalgen.suites.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One scratch file per fuzz run, rewritten for each input: the readers under test read files. */
final class FuzzFiles {
  private FuzzFiles() {}

  static Path write(String name, byte[] bytes) {
    try {
      Path dir = Path.of(System.getProperty("java.io.tmpdir"), "fractal-fuzz-" + ProcessHandle.current().pid());
      Files.createDirectories(dir);
      Path p = dir.resolve(name);
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reader's message must be one line: the command line prints it as the whole error. */
  static void assertOneLine(String message) {
    if (message == null || message.isBlank() || message.contains("\n")) {
      throw new AssertionError("not a one-line message: " + message);
    }
  }
}
