package dev.fractalgen.suites.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import dev.fractalgen.core.sampling.Sampler;
import dev.fractalgen.runtime.Model;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime as a named module: an application module sees the API package and nothing else
 * (javac, on the module path, against the runtime this build made).
 */
class ModuleBoundaryTest {
  @TempDir Path dir;

  static String location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** Compiles module app with {@code body} as its main method's body; javac's messages, empty when it compiled. */
  String compile(String body) throws Exception {
    Path src = dir.resolve("src/app");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(src.resolve("module-info.java"), "module app { requires dev.fractalgen.runtime; }");
    Files.writeString(src.resolve("app/Main.java"), "package app;\npublic class Main { public static void main(String[] a) { " + body + " } }");
    String modulePath = Stream.of(Model.class, Sampler.class, Gson.class, ai.djl.huggingface.tokenizers.HuggingFaceTokenizer.class)
        .map(c -> {
          try {
            return location(c);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).collect(Collectors.joining(java.io.File.pathSeparator));
    StringWriter out = new StringWriter();
    var task = ToolProvider.getSystemJavaCompiler().getTask(out, null, null,
        List.of("-p", modulePath, "--module-source-path", dir.resolve("src").toString(), "-d", dir.resolve("out").toString(), "-m", "app"),
        null, null);
    task.call();
    return out.toString();
  }

  @Test
  void theApiPackageIsExported() throws Exception {
    assertEquals("", compile("System.out.println(dev.fractalgen.runtime.GenerateOptions.greedy(3));"));
  }

  @Test
  void internalPackagesAreNot() throws Exception {
    String errors = compile("dev.fractalgen.runtime.exec.Cancellation c = null;");
    assertTrue(errors.contains("package dev.fractalgen.runtime.exec is not visible"), errors);
  }
}
