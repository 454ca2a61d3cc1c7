package dev.fractalgen.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code fractal:check}: parses and validates every model program, compiling nothing; all problems fail the build. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractFractalMojo {
  @Override
  protected void run(Map<String, Path> files) throws MojoExecutionException, MojoFailureException {
    List<String> args = new ArrayList<>(List.of("check"));
    files.values().forEach(p -> args.add(p.toString()));
    CompilerProcess.Result r = compiler().run(args);
    Diagnostics d = new Diagnostics();
    d.report(r.out() + "\n" + r.err(), r.status() != 0, getLog());
    if (r.status() != 0 && d.errors().isEmpty()) d.error("the fractal compiler exited with status " + r.status(), getLog());
    failOn(d, "fractal: the models have errors");
    getLog().info("fractal: checked " + files.size() + (files.size() == 1 ? " model" : " models"));
  }
}
