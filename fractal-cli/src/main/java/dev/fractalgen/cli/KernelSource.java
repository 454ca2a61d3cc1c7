package dev.fractalgen.cli;

import dev.fractalgen.core.io.IoErrors;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.kernel.HostCpu;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where a run's compiled kernel comes from: a bundle made by {@code fractal compile}, the bundle
 * cache, or a compile into a scratch folder. A cache hit touches neither the front end nor LLVM:
 * this class names none of their types, and only {@link BundleBuilder} does.
 */
final class KernelSource {
  private KernelSource() {}

  /** How a run got its kernel. */
  enum Origin {
    GIVEN("bundle"), CACHE_HIT("cache hit"), COMPILED("compiled"), NOT_CACHED("compiled (not cached)");

    final String label;

    Origin(String label) {
      this.label = label;
    }
  }

  /** A bundle ready to run; {@code scratch} is deleted by {@link #close()} when the bundle was not kept. */
  record Loaded(Bundle bundle, Origin origin, long compileMillis, Path scratch) implements AutoCloseable {
    String describe() {
      return origin == Origin.GIVEN ? "bundle " + bundle.dir() : origin.label;
    }

    @Override
    public void close() {
      Folders.deleteQuietly(scratch);
    }
  }

  /** The bundle in {@code dir}, which must hold a kernel for one of {@code targets}. */
  static Loaded given(Path dir, List<String> targets) {
    Bundle b;
    try {
      b = Bundle.open(dir);
    } catch (Bundle.BundleException e) {
      throw new UserError("--bundle " + dir + ": " + e.getMessage() + " (make one with `fractal compile`)");
    }
    if (targets.stream().noneMatch(b.manifest().kernels()::containsKey)) {
      throw new UserError("--bundle " + dir + " has no kernel for " + String.join(" or ", targets) + " (it has "
          + b.manifest().kernels().keySet() + "); compile it with --target " + targets.get(targets.size() - 1));
    }
    return new Loaded(b, Origin.GIVEN, 0, null);
  }

  /**
   * The cached bundle of {@code file} compiled with {@code config} and {@code pipeline} for {@code targets}, compiling and
   * storing it on a miss; null after printing the program's errors. With {@code cache} null, or when
   * the cache cannot be used, the bundle is compiled into a scratch folder and not kept.
   */
  static Loaded cachedOrCompiled(Path file, List<String> config, String pipeline, List<String> targets, BundleCache cache,
      PrintWriter err) {
    byte[] program = read(file);
    long start = System.nanoTime();
    // BundleBuilder.build compiles a host kernel for this machine's x86-64 level
    String key = cache == null ? null : BundleCache.key(program, Programs.overrides(config), pipeline, targets, HostCpu.ofThisMachine());
    if (key == null) return compileAside(file, config, pipeline, targets, err, start);
    Bundle hit = cache.lookup(key);
    if (hit != null) return new Loaded(hit, Origin.CACHE_HIT, 0, null);
    Bundle stored;
    try {
      // stored only if the file still holds the bytes the key was computed from
      stored = cache.store(key, dir -> BundleBuilder.build(file, config, pipeline, targets, dir, err) && Arrays.equals(program, read(file)));
    } catch (IOException e) {
      err.println("fractal: warning: the bundle cache cannot be written (" + e.getMessage() + "); compiling without it");
      return compileAside(file, config, pipeline, targets, err, start);
    }
    if (stored != null) return new Loaded(stored, Origin.COMPILED, millisSince(start), null);
    // the program has errors (already printed), or it changed while compiling: then compile it again, aside
    return Arrays.equals(program, read(file)) ? null : compileAside(file, config, pipeline, targets, err, start);
  }

  private static Loaded compileAside(Path file, List<String> config, String pipeline, List<String> targets, PrintWriter err,
      long start) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("fractal-bundle-");
    } catch (IOException e) {
      throw new UserError("cannot create a scratch folder for the bundle: " + e.getMessage());
    }
    boolean ok = false;
    try {
      if (!BundleBuilder.build(file, config, pipeline, targets, scratch, err)) return null;
      Loaded l = new Loaded(Bundle.open(scratch), Origin.NOT_CACHED, millisSince(start), scratch);
      ok = true;
      return l;
    } finally {
      if (!ok) Folders.deleteQuietly(scratch);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserError(Files.exists(file) ? "cannot read " + file + ": " + IoErrors.reason(e) : "no such file: " + file);
    }
  }

  private static long millisSince(long start) {
    return Math.max(1, (System.nanoTime() - start) / 1_000_000);
  }
}
