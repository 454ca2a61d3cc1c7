package dev.fractalgen.cli;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.dsl.FractalFrontEnd.Checked;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fractal check FILE...}: prints every problem as path:line:col; exit 1 on errors. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Checks model programs and prints their problems.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "model programs (.fractal)")
  List<Path> files;

  @Override
  public Integer call() {
    FractalFrontEnd fe = new FractalFrontEnd();
    boolean errors = false;
    for (Path f : files) {
      Checked c = Programs.check(fe, f);
      Programs.report(c.problems(), spec.commandLine().getOut());
      // silence on success reads like a hang to a newcomer; say so, per file
      if (!c.hasErrors()) spec.commandLine().getOut().println(f + ": ok" + (c.problems().isEmpty() ? "" : " (warnings above)"));
      errors |= c.hasErrors();
    }
    spec.commandLine().getOut().flush();
    return errors ? Main.PROGRAM_ERRORS : 0;
  }
}
