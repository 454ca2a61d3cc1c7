package dev.fractalgen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/** What both goals share: the model files, their settings, and the compiler's JVM. */
abstract class AbstractFractalMojo extends AbstractMojo {
  /** Where the model programs are: every {@code **}{@code /*.fractal} below it is a model, named by its file. */
  @Parameter(defaultValue = "${project.basedir}/src/main/fractal", property = "fractal.sourceDirectory")
  protected File sourceDirectory;

  /** Config values per model, overriding the program's own. */
  @Parameter
  protected List<Model> models = new ArrayList<>();

  /** Skips the goal. */
  @Parameter(defaultValue = "false", property = "fractal.skip")
  protected boolean skip;

  /**
   * The {@code java} that runs the compiler (Java 22 or later); default: the build's JDK toolchain,
   * else the JVM running Maven.
   */
  @Parameter(property = "fractal.java")
  protected String javaExecutable;

  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
  protected List<Artifact> pluginArtifacts;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Component
  protected ToolchainManager toolchains;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("fractal: skipped");
      return;
    }
    Map<String, Path> files = modelFiles();
    if (files.isEmpty()) {
      getLog().info("fractal: no models in " + sourceDirectory);
      return;
    }
    run(files);
  }

  /** Runs the goal on the models, by name. */
  protected abstract void run(Map<String, Path> files) throws MojoExecutionException, MojoFailureException;

  /** The model files by model name; an error when two files give one name or a setting names no model. */
  private Map<String, Path> modelFiles() throws MojoFailureException, MojoExecutionException {
    Map<String, Path> out = new LinkedHashMap<>();
    if (!sourceDirectory.isDirectory()) return out;
    List<Path> files;
    try (Stream<Path> s = Files.walk(sourceDirectory.toPath())) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".fractal") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot list " + sourceDirectory + ": " + e.getMessage(), e);
    }
    for (Path f : files) {
      String name = f.getFileName().toString().replaceFirst("\\.fractal$", "");
      Path other = out.put(name, f);
      if (other != null) throw new MojoFailureException("two models are named " + name + ": " + other + " and " + f);
    }
    for (Model m : models) {
      if (m.getName() == null || !out.containsKey(m.getName())) {
        throw new MojoFailureException("<models> configures '" + m.getName() + "', which is not a model of " + sourceDirectory + " (it has " + out.keySet() + ")");
      }
    }
    return out;
  }

  /** The config overrides of {@code model}, as key=value. */
  protected List<String> config(String model) {
    List<String> out = new ArrayList<>();
    for (Model m : models) {
      if (m.getName().equals(model)) m.getConfig().forEach((k, v) -> out.add(k + "=" + v));
    }
    return out;
  }

  protected CompilerProcess compiler() throws MojoExecutionException {
    List<File> cp = new ArrayList<>();
    for (Artifact a : pluginArtifacts) {
      if (a.getFile() != null && "jar".equals(a.getType())) cp.add(a.getFile());
    }
    return new CompilerProcess(java(), cp);
  }

  private String java() throws MojoExecutionException {
    if (javaExecutable != null && !javaExecutable.isBlank()) return javaExecutable;
    Toolchain tc = toolchains == null ? null : toolchains.getToolchainFromBuildContext("jdk", session);
    if (tc != null && tc.findTool("java") != null) return tc.findTool("java");
    if (Runtime.version().feature() >= 22) return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    throw new MojoExecutionException("the fractal compiler needs Java 22 or later; Maven runs on " + Runtime.version().feature()
        + ": run Maven on a JDK 22+, select one with maven-toolchains-plugin (select-jdk-toolchain, version [22,)), or set fractal.java");
  }

  /** Fails the build when {@code d} holds errors, after they were logged. */
  protected static void failOn(Diagnostics d, String what) throws MojoFailureException {
    if (!d.errors().isEmpty()) {
      int n = d.errors().size();
      throw new MojoFailureException(what + ": " + n + (n == 1 ? " error" : " errors") + " (listed above): " + d.errors().get(0));
    }
  }
}
