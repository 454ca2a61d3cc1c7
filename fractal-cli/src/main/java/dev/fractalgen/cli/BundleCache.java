package dev.fractalgen.cli;

import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.kernel.HostCpu;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Compiled bundles kept between runs, one folder per key; the key covers everything that decides a
 * bundle's contents: the program's bytes, the config overrides, the pass pipeline, the targets and the build of every
 * module on the class path. Entries appear atomically (compiled aside, then renamed into place),
 * so concurrent runs never see half a bundle, and an entry that no longer opens is replaced.
 */
final class BundleCache {
  // a compile left behind by a killed run is removed once it is surely not in progress
  private static final Duration ABANDONED = Duration.ofHours(1);

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

  /**
   * The key of a program compiled with {@code overrides} and {@code pipeline} for {@code targets}, a host kernel
   * for {@code hostCpu} (a cache used on another machine keeps apart), by this build, or null
   * when the build cannot be identified (classes outside the project's jars): then nothing is cached.
   */
  static String key(byte[] program, Map<String, String> overrides, String pipeline, List<String> targets, HostCpu hostCpu) {
    String build = build();
    if (build == null) return null;
    MessageDigest d = sha256();
    update(d, "program");
    d.update(program);
    // override order does not change the bundle; a key given twice keeps its last value
    for (var e : new TreeMap<>(overrides).entrySet()) update(d, "config " + e.getKey() + "=" + e.getValue());
    update(d, "pipeline " + pipeline);
    update(d, "targets " + String.join(",", targets));
    update(d, "host-cpu " + hostCpu.id);
    update(d, "build " + build);
    return HexFormat.of().formatHex(d.digest()).substring(0, 32);
  }

  /**
   * The build stamps of this project's modules on the class path, one per jar (written at build
   * time from tools/build-stamp), in a fixed order; null unless the compiler's own stamp is among them.
   */
  private static String build() {
    List<String> stamps = new ArrayList<>();
    try {
      Enumeration<URL> all = BundleCache.class.getClassLoader().getResources("META-INF/fractal-build/build.properties");
      while (all.hasMoreElements()) {
        try (InputStream in = all.nextElement().openStream()) {
          stamps.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      return null;
    }
    if (stamps.stream().noneMatch(s -> s.contains("module=fractal-llvm-backend"))) return null;
    Collections.sort(stamps);
    return String.join("\n", stamps);
  }

  /** The cached bundle of {@code key}, or null; an entry that does not open is removed. */
  Bundle lookup(String key) {
    Path dir = root.resolve(key);
    if (!Files.isDirectory(dir)) return null;
    try {
      return Bundle.open(dir);
    } catch (Bundle.BundleException e) {
      Folders.deleteQuietly(dir);
      return null;
    }
  }

  /**
   * Compiles a bundle with {@code compile} (given an empty folder; false: the program has errors)
   * and stores it under {@code key}. Null when compile failed; the cache is left as it was.
   *
   * @throws IOException when the cache cannot be written
   */
  Bundle store(String key, Predicate<Path> compile) throws IOException {
    Files.createDirectories(root);
    removeAbandoned();
    Path scratch = Files.createTempDirectory(root, "incoming-");
    try {
      if (!compile.test(scratch)) return null;
      Path dir = root.resolve(key);
      try {
        Files.move(scratch, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // another run stored the same key first (its bundle is identical), else a real failure
        if (lookup(key) == null) throw e;
      }
      return Bundle.open(dir);
    } finally {
      Folders.deleteQuietly(scratch);
    }
  }

  private void removeAbandoned() {
    Instant old = Instant.now().minus(ABANDONED);
    try (Stream<Path> s = Files.list(root)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("incoming-")).toList()) {
        FileTime t = Files.getLastModifiedTime(p);
        if (t.toInstant().isBefore(old)) Folders.deleteQuietly(p);
      }
    } catch (IOException e) {
      // tidying up is best effort
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
