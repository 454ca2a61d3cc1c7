package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.fractalgen.suites.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second identical {@code run} is a cache hit: in a fresh JVM it loads no class of the front end
 * (Xtext, the DSL) or of LLVM, and generates the same tokens; other config overrides miss.
 */
class CachedRunTest {
  @TempDir Path tmp;

  record Proc(int status, String out, String err, List<String> loaded) {}

  /** `fractal run ...` in its own JVM with the test class path, logging every class it loads. */
  Proc fractal(Path cache, String... args) throws Exception {
    Path log = Files.createTempFile(tmp, "classes-", ".log");
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "--enable-native-access=ALL-UNNAMED", "-Xlog:class+load=info:file=" + log, "-Dfractal.cache.dir=" + cache,
        "-cp", System.getProperty("java.class.path"), "dev.fractalgen.cli.Main"));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "fractal run did not finish");
    return new Proc(p.exitValue(), Files.readString(out), Files.readString(err), Files.readAllLines(log));
  }

  static String[] run(String... extra) {
    List<String> a = new ArrayList<>(List.of("run", Cli.model("llama2c.fractal"), "--weights", Repo.stories260K().toString(),
        "--prompt", "Once upon a time", "-n", "64", "--temperature", "0", "--backend", "host", "--output", "json"));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  private static JsonObject json(Proc p) {
    assertEquals(0, p.status(), p.err());
    return new Gson().fromJson(p.out(), JsonObject.class);
  }

  private static boolean compilerLoaded(Proc p) {
    return p.loaded().stream().anyMatch(l -> l.contains("org.eclipse.xtext.") || l.contains("org.bytedeco.llvm.")
        || l.contains("dev.fractalgen.dsl.") || l.contains("dev.fractalgen.backend.") || l.contains("dev.fractalgen.passes.")
        || l.contains("dev.fractalgen.etdg."));
  }

  @Test
  void secondIdenticalRunLoadsNeitherFrontEndNorLlvm() throws Exception {
    Path cache = tmp.resolve("cache");
    Proc first = fractal(cache, run());
    JsonObject a = json(first);
    assertEquals("compiled", a.getAsJsonObject("timing").get("kernel").getAsString());
    assertTrue(compilerLoaded(first), "the first run compiles (sanity check of the class log)");

    Proc second = fractal(cache, run());
    JsonObject b = json(second);
    assertEquals("cache hit", b.getAsJsonObject("timing").get("kernel").getAsString());
    assertFalse(compilerLoaded(second), "a cache hit loaded compiler classes");
    assertTrue(second.loaded().stream().anyMatch(l -> l.contains("dev.fractalgen.runtime.exec.HostExecutor")));
    assertEquals(a.get("sequences"), b.get("sequences"));
    try (var entries = Files.list(cache.resolve("bundles"))) {
      assertEquals(1, entries.count(), "one bundle, no leftover scratch folders");
    }

    // another config is another program: a miss, a second entry
    Proc other = fractal(cache, run("--config", "seq_len=256"));
    assertEquals("compiled", json(other).getAsJsonObject("timing").get("kernel").getAsString());
    try (var entries = Files.list(cache.resolve("bundles"))) {
      assertEquals(2, entries.count());
    }
  }

  @Test
  void aDamagedEntryIsCompiledAgainAndAFailedCompileStoresNothing() throws Exception {
    Path cache = tmp.resolve("cache");
    assertEquals("compiled", json(fractal(cache, run())).getAsJsonObject("timing").get("kernel").getAsString());
    Path entry;
    try (var s = Files.list(cache.resolve("bundles"))) {
      entry = s.findFirst().orElseThrow();
    }
    try (var s = Files.list(entry)) {
      for (Path k : s.filter(p -> p.getFileName().toString().endsWith(".so")).toList()) Files.delete(k);
    }
    Proc again = fractal(cache, run());
    assertEquals("compiled", json(again).getAsJsonObject("timing").get("kernel").getAsString(), again.err());

    Path broken = tmp.resolve("broken.fractal");
    Files.writeString(broken, Files.readString(Path.of(Cli.model("llama2c.fractal"))).replace("rmsnorm(h, rms_att[l])", "rmsnorm(h)"));
    Proc failed = fractal(cache, "run", broken.toString(), "--weights", Repo.stories260K().toString(), "-p", "x");
    assertEquals(1, failed.status(), failed.err());
    try (var s = Files.list(cache.resolve("bundles"))) {
      assertEquals(1, s.count(), "only the good program's bundle");
    }
  }

  @Test
  void noCacheCompilesAsideAndKeepsNothing() throws Exception {
    Path cache = Path.of(System.getProperty("fractal.cache.dir")).resolve("bundles");
    List<Path> before = entries(cache);
    Cli r = Cli.run(run("--no-cache", "--config", "seq_len=384"));
    assertEquals(0, r.status(), r.err());
    assertEquals("compiled (not cached)", new Gson().fromJson(r.out(), JsonObject.class).getAsJsonObject("timing").get("kernel").getAsString());
    assertEquals(before, entries(cache));
  }

  private static List<Path> entries(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) return List.of();
    try (var s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void bundleMadeByCompileRunsWithoutTheProgram() throws Exception {
    Path bundle = tmp.resolve("bundle");
    Cli c = Cli.run("compile", Cli.model("llama2c.fractal"), "-o", bundle.toString(), "--target", "host");
    assertEquals(0, c.status(), c.err());
    Cli viaBundle = Cli.run("run", "--bundle", bundle.toString(), "--weights", Repo.stories260K().toString(),
        "--prompt", "Once upon a time", "-n", "64", "--temperature", "0", "--output", "json");
    assertEquals(0, viaBundle.status(), viaBundle.err());
    Cli viaProgram = Cli.run(run());
    JsonObject a = new Gson().fromJson(viaBundle.out(), JsonObject.class);
    assertEquals("bundle " + bundle, a.getAsJsonObject("timing").get("kernel").getAsString());
    assertEquals(new Gson().fromJson(viaProgram.out(), JsonObject.class).get("sequences"), a.get("sequences"));
  }
}
