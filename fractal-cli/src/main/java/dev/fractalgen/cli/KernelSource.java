package dev.fractalgen.cli;

import dev.fractalgen.runtime.bundle.Bundle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a run's compiled kernel comes from: a bundle made by {@code fractal compile}, the bundle
 * cache, or a compile into a scratch folder. A cache hit touches neither the front end nor LLVM:
 * this class names none of their types, and only {@link BundleBuilder} does.
 */
final class KernelSource {
  private KernelSource() {}

  /** A bundle ready to run; {@code scratch} is deleted by {@link #close()} when the bundle was not kept. */
  record Loaded(Bundle bundle, String how, long compileMillis, Path scratch) implements AutoCloseable {
    @Override
    public void close() {
      Folders.deleteQuietly(scratch);
    }
  }

  /** The bundle in {@code dir}, which must hold a kernel for {@code target}. */
  static Loaded given(Path dir, String target) {
    if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
      throw new UserError("--bundle " + dir + ": not a bundle (no manifest.json; make one with `fractal compile`)");
    }
    Bundle b;
    try {
      b = Bundle.open(dir);
    } catch (Bundle.BundleException e) {
      throw new UserError("--bundle " + dir + ": " + e.getMessage());
    }
    if (!b.manifest().kernels().containsKey(target)) {
      throw new UserError("--bundle " + dir + " has no kernel for " + target + " (it has " + b.manifest().kernels().keySet()
          + "); compile it with --target " + target);
    }
    return new Loaded(b, "bundle " + dir, 0, null);
  }

  /**
   * The cached bundle of {@code file} compiled with {@code config} for {@code targets}, compiling and
   * storing it on a miss; null after printing the program's errors. With {@code cache} null the
   * bundle is compiled into a scratch folder and not kept.
   */
  static Loaded cachedOrCompiled(Path file, List<String> config, List<String> targets, BundleCache cache, PrintWriter err) {
    byte[] program;
    try {
      program = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserError(Files.exists(file) ? "cannot read " + file + ": " + e.getMessage() : "no such file: " + file);
    }
    long start = System.nanoTime();
    if (cache == null) {
      Path scratch;
      try {
        scratch = Files.createTempDirectory("fractal-bundle-");
      } catch (IOException e) {
        throw new UserError("cannot create a scratch folder for the bundle: " + e.getMessage());
      }
      if (!BundleBuilder.build(file, config, targets, scratch, err)) {
        Folders.deleteQuietly(scratch);
        return null;
      }
      return new Loaded(Bundle.open(scratch), "compiled (not cached)", millisSince(start), scratch);
    }
    String key = BundleCache.key(program, Programs.overrides(config), targets);
    Path hit = cache.lookup(key);
    if (hit != null) return new Loaded(Bundle.open(hit), "cache hit", 0, null);
    boolean[] ok = {false};
    Path dir = cache.store(key, scratch -> ok[0] = BundleBuilder.build(file, config, targets, scratch, err));
    if (!ok[0]) return null;
    return new Loaded(Bundle.open(dir), "compiled", millisSince(start), null);
  }

  private static long millisSince(long start) {
    return Math.max(1, (System.nanoTime() - start) / 1_000_000);
  }
}
