package dev.fractalgen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code fractal:compile}: compiles every model program into a bundle under
 * {@code target/classes/fractal/<model>/}, where it lands in the jar and {@code
 * Model.fromClasspath("<model>")} finds it. A model whose source, settings and compiler are
 * unchanged since its last compile is not compiled again.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class CompileMojo extends AbstractFractalMojo {
  /** Targets among host, sm_80, sm_90, gfx90a, gfx942. */
  @Parameter(property = "fractal.targets", defaultValue = "host,sm_80,sm_90")
  protected List<String> targets;

  /** ETDG pass pipeline: none, standard or warp-orders. */
  @Parameter(property = "fractal.pipeline", defaultValue = "warp-orders")
  protected String pipeline;

  /**
   * The x86-64 level of host kernels: x86-64 (every x86-64 CPU, the default: a built artifact runs
   * wherever it is deployed), x86-64-v2, avx2 (v2 with AVX2 and FMA: about 1.2x faster on CPUs that have
   * them) or x86-64-v3.
   */
  @Parameter(property = "fractal.hostCpu", defaultValue = "x86-64")
  protected String hostCpu;

  /** Stages whose text is written to {@code dumpDirectory/<model>/} (etdg, a pass, assign-phases, llvm, kernel, or all). */
  @Parameter(property = "fractal.dumpStages")
  protected List<String> dumpStages = new ArrayList<>();

  @Parameter(defaultValue = "${project.build.directory}/fractal-dump", property = "fractal.dumpDirectory")
  protected File dumpDirectory;

  @Parameter(defaultValue = "${project.build.outputDirectory}/fractal", property = "fractal.outputDirectory")
  protected File outputDirectory;

  /** Where each model's build key is kept (not packaged). */
  @Parameter(defaultValue = "${project.build.directory}/fractal-maven-plugin", readonly = true)
  protected File stateDirectory;

  @Override
  protected void run(Map<String, Path> files) throws MojoExecutionException, MojoFailureException {
    CompilerProcess compiler = compiler();
    String compilerDigest;
    try {
      compilerDigest = BuildKey.ofCompiler(compilerJars());
    } catch (IOException ex) {
      throw new MojoExecutionException("cannot read the compiler's jars: " + ex.getMessage(), ex);
    }
    Diagnostics d = new Diagnostics();
    int compiled = 0;
    for (var e : files.entrySet()) {
      String name = e.getKey();
      Path bundle = outputDirectory.toPath().resolve(name);
      Path keyFile = stateDirectory.toPath().resolve(name + ".key");
      List<String> args = arguments(e.getValue(), bundle, name);
      String key;
      try {
        key = BuildKey.of(e.getValue(), args, compilerDigest);
        if (Files.isRegularFile(bundle.resolve("manifest.json")) && Files.isRegularFile(keyFile)
            && Files.readString(keyFile, StandardCharsets.UTF_8).equals(key)) {
          getLog().info("fractal: " + name + " is up to date, not compiled");
          continue;
        }
        Files.deleteIfExists(keyFile);
      } catch (IOException ex) {
        throw new MojoExecutionException("cannot read " + e.getValue() + ": " + ex.getMessage(), ex);
      }
      getLog().info("fractal: compiling " + name + " for " + String.join(", ", targets));
      CompilerProcess.Result r = compiler.run(args);
      int before = d.errors().size();
      d.report(r.out() + "\n" + r.err(), r.status() != 0, getLog());
      if (r.status() != 0) {
        if (d.errors().size() == before) d.error(e.getValue() + ": the fractal compiler exited with status " + r.status(), getLog());
        continue;
      }
      compiled++;
      try {
        Files.createDirectories(keyFile.getParent());
        Files.writeString(keyFile, key, StandardCharsets.UTF_8);
      } catch (IOException ex) {
        getLog().warn("fractal: cannot record " + name + "'s build key (it will be compiled again): " + ex.getMessage());
      }
    }
    failOn(d, "fractal: the models have errors");
    getLog().info("fractal: " + compiled + " of " + files.size() + (files.size() == 1 ? " model" : " models") + " compiled into " + outputDirectory);
  }

  private List<String> arguments(Path source, Path bundle, String name) {
    List<String> args = new ArrayList<>(List.of("compile", source.toString(), "-o", bundle.toString(),
        "--target", String.join(",", targets), "--pipeline", pipeline, "--host-cpu", hostCpu));
    for (String kv : config(name)) args.addAll(List.of("--config", kv));
    if (!dumpStages.isEmpty()) {
      args.addAll(List.of("--dump-after", String.join(",", dumpStages), "--dump-dir", dumpDirectory.toPath().resolve(name).toString()));
    }
    return args;
  }

  /** The project's own jars among the plugin's: what a rebuilt compiler changes. */
  private List<Path> compilerJars() {
    List<Path> out = new ArrayList<>();
    for (Artifact a : pluginArtifacts) {
      if (a.getFile() != null && a.getGroupId().equals("dev.fractalgen")) out.add(a.getFile().toPath());
    }
    out.sort(null);
    return out;
  }
}
