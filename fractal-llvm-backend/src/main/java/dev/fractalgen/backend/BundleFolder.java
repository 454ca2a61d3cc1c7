package dev.fractalgen.backend;

import dev.fractalgen.core.io.IoErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A bundle is written whole or not at all: into a hidden folder beside the output, which then
 * takes the output's place by renames. No file of an earlier bundle survives, nothing is written
 * through a link inside the output, and a failed compile leaves the earlier bundle as it was.
 */
final class BundleFolder {
  private BundleFolder() {
  }

  /**
   * A fresh folder beside {@code out} to write the bundle into.
   *
   * @throws OutputFolderException when {@code out} is a file, a folder holding something other than a bundle, or
   *     cannot be made (its parent folder cannot be written)
   */
  static Path stage(Path out) throws IOException {
    Path abs = out.toAbsolutePath().normalize();
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(abs)) throw new OutputFolderException(out + " exists and is not a folder");
      try (Stream<Path> s = Files.list(abs)) {
        if (s.findAny().isPresent() && !Files.exists(abs.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)) {
          throw new OutputFolderException(out + " is a folder that holds no bundle; not replacing it");
        }
      }
    }
    // a file somewhere on the way to the folder makes it impossible
    for (Path up = abs.getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) throw new OutputFolderException(out + " cannot be created: " + up + " is a file, not a folder");
    }
    try {
      Files.createDirectories(abs.getParent());
      return Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".");
    } catch (IOException e) {
      throw new OutputFolderException(out + " cannot be created: " + IoErrors.reason(e));
    }
  }

  /** Puts {@code staged} in {@code out}'s place; an earlier bundle (or a link) there is removed, not followed. */
  static void install(Path staged, Path out) throws IOException {
    Path abs = out.toAbsolutePath().normalize();
    if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(staged, abs, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".old.");
    Files.delete(old);
    Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(staged, abs, StandardCopyOption.ATOMIC_MOVE);
    delete(old);
  }

  /** Whether {@code staged} holds a toolchain failure's report (failed-*.ll and its command). */
  static boolean holdsFailureReport(Path staged) {
    try (Stream<Path> s = Files.list(staged)) {
      return s.anyMatch(f -> f.getFileName().toString().startsWith("failed-"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Deletes {@code p} and what it holds; links are removed themselves, never followed. */
  static void delete(Path p) {
    try {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
      Files.walkFileTree(p, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
          Files.delete(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          if (e != null) throw e;
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
