package dev.fractalgen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Compiled bundles kept between runs, one folder per key; the key covers everything that decides a
 * bundle's contents: the program's bytes, the config overrides, the targets and the build of every
 * compiler module. Entries appear atomically (compiled aside, then renamed into place), so
 * concurrent runs never see half a bundle.
 */
final class BundleCache {
  /** The modules whose code decides what a bundle holds; each jar carries its build stamp. */
  private static final int COMPILER_MODULES = 5; // runtime, etdg, dsl, passes, llvm-backend

  private final Path root;

  BundleCache(Path root) {
    this.root = root;
  }

  /**
   * The system property fractal.cache.dir, else $FRACTAL_CACHE_DIR, else $XDG_CACHE_HOME/fractal,
   * else ~/.cache/fractal; bundles live in its bundles/ folder.
   */
  static BundleCache userDefault() {
    String dir = System.getProperty("fractal.cache.dir", System.getenv("FRACTAL_CACHE_DIR"));
    if (dir == null || dir.isBlank()) {
      String xdg = System.getenv("XDG_CACHE_HOME");
      Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
      return new BundleCache(base.resolve("fractal").resolve("bundles"));
    }
    return new BundleCache(Path.of(dir).resolve("bundles"));
  }

  Path root() {
    return root;
  }

  /** The key of a program compiled with {@code overrides} for {@code targets} by this build of the compiler. */
  static String key(byte[] program, Map<String, String> overrides, List<String> targets) {
    MessageDigest d = sha256();
    update(d, "program");
    d.update(program);
    // override order does not change the bundle; a key given twice keeps its last value
    for (var e : new TreeMap<>(overrides).entrySet()) update(d, "config " + e.getKey() + "=" + e.getValue());
    update(d, "targets " + String.join(",", targets));
    update(d, "compiler " + compilerBuild());
    return HexFormat.of().formatHex(d.digest()).substring(0, 32);
  }

  /**
   * The build stamps of this project's modules on the class path, one per jar (written at build
   * time from tools/build-stamp), in a fixed order.
   */
  static String compilerBuild() {
    List<String> stamps = new ArrayList<>();
    try {
      Enumeration<URL> all = BundleCache.class.getClassLoader().getResources("META-INF/fractal-build/build.properties");
      while (all.hasMoreElements()) {
        try (InputStream in = all.nextElement().openStream()) {
          stamps.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stamps.size() < COMPILER_MODULES) {
      throw new IllegalStateException("build stamps of the compiler modules are missing from the class path (found " + stamps.size() + ")");
    }
    Collections.sort(stamps);
    return String.join("\n", stamps);
  }

  /** The bundle folder of {@code key} when a complete one is cached. */
  Path lookup(String key) {
    Path dir = root.resolve(key);
    return Files.isRegularFile(dir.resolve("manifest.json")) ? dir : null;
  }

  /** Compiles a bundle with {@code compile} (given an empty folder) and stores it under {@code key}. */
  Path store(String key, Consumer<Path> compile) {
    Path dir = root.resolve(key);
    Path scratch;
    try {
      Files.createDirectories(root);
      scratch = Files.createTempDirectory(root, "incoming-");
    } catch (IOException e) {
      throw new UserError("cannot write the bundle cache " + root + ": " + e.getMessage() + " (use --no-cache)");
    }
    try {
      compile.accept(scratch);
      try {
        Files.move(scratch, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        // another run stored the same key first; its bundle is identical
        if (lookup(key) == null) throw e;
      } catch (IOException e) {
        if (lookup(key) == null) throw e;
      }
      return dir;
    } catch (IOException e) {
      throw new UserError("cannot write the bundle cache " + root + ": " + e.getMessage() + " (use --no-cache)");
    } finally {
      Folders.deleteQuietly(scratch);
    }
  }

  private static void update(MessageDigest d, String s) {
    d.update(s.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
