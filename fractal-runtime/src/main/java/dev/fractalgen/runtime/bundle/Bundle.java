package dev.fractalgen.runtime.bundle;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.fractalgen.runtime.kernel.HostCpu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A compiled bundle on disk: its manifest and its kernel files. */
public record Bundle(Path dir, Manifest manifest) {
  public static Bundle open(Path dir) {
    Path m = dir.resolve("manifest.json");
    if (!Files.isRegularFile(m)) throw new BundleException(dir + " is not a compiled bundle (no manifest.json)");
    try {
      Manifest manifest = new Gson().fromJson(Files.readString(m), Manifest.class);
      if (manifest == null || manifest.format() != Manifest.FORMAT) {
        throw new BundleException(m + ": unsupported bundle format (expected " + Manifest.FORMAT + ")");
      }
      check(manifest, m);
      Bundle b = new Bundle(dir, manifest);
      // a bundle cut short (an interrupted copy, a damaged cache entry) is refused here, not at launch
      for (String target : manifest.kernels().keySet()) {
        Path k = b.kernel(target);
        if (!Files.isRegularFile(k) || Files.size(k) == 0) throw new BundleException(dir + ": the " + target + " kernel " + k.getFileName() + " is missing or empty");
      }
      return b;
    } catch (IOException | JsonParseException | IllegalArgumentException | IllegalStateException e) {
      // Gson reports some malformed values (an object where an array belongs) as IllegalArgumentException
      throw new BundleException("cannot read " + m + ": " + dev.fractalgen.runtime.util.ErrorText.of(e));
    }
  }

  /**
   * Every part an executor reads is there, and kernel files are plain names inside the bundle.
   *
   * @param m where the manifest was read from, for the message
   * @throws BundleException naming what is wrong
   */
  public static void check(Manifest manifest, Path m) {
    Object[] parts = {manifest.kernels(), manifest.weights(), manifest.params(), manifest.states(), manifest.sequenceBuffers(),
        manifest.grid(), manifest.profile(), manifest.config()};
    String[] names = {"kernels", "weights", "params", "states", "sequenceBuffers", "grid", "profile", "config"};
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] == null) throw new BundleException(m + ": the manifest has no " + names[i]);
    }
    try {
      HostCpu.parse(manifest.grid().hostCpu());
    } catch (IllegalArgumentException e) {
      throw new BundleException(m + ": the grid's hostCpu '" + shown(manifest.grid().hostCpu()) + "' is not a level this runtime knows");
    }
    for (var e : manifest.kernels().entrySet()) {
      if (e.getValue() == null || !e.getValue().matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
        throw new BundleException(m + ": the " + shown(e.getKey()) + " kernel's file name '" + shown(e.getValue()) + "' is not a plain name in the bundle");
      }
    }
  }

  /** A value from the file, fit for a one-line message: control characters shown as ?, at most 40 characters. */
  private static String shown(String v) {
    String one = String.valueOf(v).replaceAll("\\p{Cntrl}", "?");
    return one.length() <= 40 ? one : one.substring(0, 37) + "...";
  }

  /** The kernel file for {@code target} (host, sm_90, ...). */
  public Path kernel(String target) {
    String f = manifest.kernels().get(target);
    if (f == null) {
      throw new BundleException("the bundle " + dir + " has no kernel for " + target + " (it has " + manifest.kernels().keySet() + ")");
    }
    return dir.resolve(f);
  }

  /** A bundle that cannot be used, with the reason. */
  public static final class BundleException extends RuntimeException {
    public BundleException(String message) {
      super(message);
    }
  }
}
