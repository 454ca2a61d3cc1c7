package dev.fractalgen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The compiler's command line ({@code fractal check|compile ...}) in a JVM of its own: it needs
 * Java 22 or later, where Maven may run on 17, and it loads LLVM's native libraries, which a
 * long-lived Maven (an IDE's) should not keep.
 */
final class CompilerProcess {
  private final String java;
  private final String classpath;

  /** The result of one run: exit status (0 ok, 1 program errors, 2 bad input) and what it printed. */
  record Result(int status, String out, String err) {}

  CompilerProcess(String java, List<File> classpath) {
    this.java = java;
    List<String> parts = new ArrayList<>();
    for (File f : classpath) parts.add(f.getAbsolutePath());
    this.classpath = String.join(File.pathSeparator, parts);
  }

  Result run(List<String> args) throws MojoExecutionException {
    List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", classpath, "dev.fractalgen.cli.Main"));
    cmd.addAll(args);
    Path out = null, err = null;
    try {
      out = Files.createTempFile("fractal-out", ".txt");
      err = Files.createTempFile("fractal-err", ".txt");
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      int status = p.waitFor();
      String errText = Files.readString(err, StandardCharsets.UTF_8);
      if (errText.contains("UnsupportedClassVersionError")) {
        throw new MojoExecutionException("the fractal compiler needs Java 22 or later, and " + java + " is older; "
            + "run Maven on a JDK 22+, select one with maven-toolchains-plugin (select-jdk-toolchain, version [22,)), or set fractal.java");
      }
      return new Result(status, Files.readString(out, StandardCharsets.UTF_8), errText);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot run the fractal compiler with " + java + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted while compiling", e);
    } finally {
      delete(out);
      delete(err);
    }
  }

  private static void delete(Path p) {
    try {
      if (p != null) Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }
}
