package dev.fractalgen.runtime;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.bundle.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bundle on the class path ({@code fractal/<name>/} in a jar, as the Maven plugin lays it out),
 * copied to a private temporary folder: a host kernel is a shared library, which must be a file
 * to be loaded. Only the manifest and the kernels are copied, never a name that leaves the folder.
 */
final class ClasspathBundle {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  private final Path dir;
  private final Bundle bundle;

  private ClasspathBundle(Path dir, Bundle bundle) {
    this.dir = dir;
    this.bundle = bundle;
  }

  static ClasspathBundle extract(String name, ClassLoader loader) {
    if (name == null || !NAME.matcher(name).matches()) throw new ModelLoadException("not a model name: '" + name + "' (letters, digits, _ . -)");
    String base = "fractal/" + name + "/";
    Path dir = null;
    try {
      byte[] manifestBytes = read(loader, base + "manifest.json");
      if (manifestBytes == null) {
        throw new ModelLoadException("no compiled model '" + name + "' on the class path (no " + base
            + "manifest.json); the fractal-maven-plugin puts src/main/fractal/" + name + ".fractal there");
      }
      dir = Files.createTempDirectory("fractal-" + name + "-");
      Files.write(dir.resolve("manifest.json"), manifestBytes);
      Manifest m = new Gson().fromJson(new String(manifestBytes, java.nio.charset.StandardCharsets.UTF_8), Manifest.class);
      if (m == null) throw new ModelLoadException(base + "manifest.json is not a bundle manifest");
      // the kernel files' names are checked before any is written
      Bundle.check(m, dir.resolve("manifest.json"));
      for (String file : m.kernels().values()) {
        byte[] k = read(loader, base + file);
        if (k == null) throw new ModelLoadException("the class path has " + base + "manifest.json but not its kernel " + base + file);
        Files.write(dir.resolve(file), k);
      }
      ClasspathBundle b = new ClasspathBundle(dir, Bundle.open(dir));
      dir = null;
      return b;
    } catch (IOException e) {
      throw new ModelLoadException("cannot copy the model '" + name + "' from the class path: " + e.getMessage(), e);
    } catch (JsonParseException | IllegalArgumentException | IllegalStateException | Bundle.BundleException e) {
      // Gson reports some malformed values as IllegalArgumentException, as Bundle.open knows
      throw new ModelLoadException(base + ": " + dev.fractalgen.runtime.util.ErrorText.of(e), e);
    } finally {
      if (dir != null) deleteTree(dir);
    }
  }

  private static byte[] read(ClassLoader loader, String resource) throws IOException {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  Bundle bundle() {
    return bundle;
  }

  void delete() {
    deleteTree(dir);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
