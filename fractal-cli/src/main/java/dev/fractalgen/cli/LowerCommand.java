package dev.fractalgen.cli;

import dev.fractalgen.core.io.IoErrors;
import dev.fractalgen.etdg.dot.EtdgDot;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.xmi.EtdgXmi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fractal lower FILE [--emit etdg|xmi|dot] [-o OUT]}: the program's ETDG. */
@Command(name = "lower", mixinStandardHelpOptions = true, description = "Lowers a model program to the ETDG.")
final class LowerCommand implements Callable<Integer> {
  enum Form { etdg, xmi, dot }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE") Path file;

  @Option(names = "--emit", defaultValue = "etdg", description = "etdg (text), xmi or dot; default ${DEFAULT-VALUE}")
  Form emit;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write to OUT instead of standard output")
  Path out;

  @Option(names = "--config", paramLabel = "KEY=VALUE", description = "override a config value")
  List<String> config = new ArrayList<>();

  @Option(names = "--pipeline", paramLabel = "NAME", defaultValue = "none",
      description = "ETDG passes to run on the lowered program: none (the front end's output), standard or warp-orders "
          + "(what compile and run use by default); default ${DEFAULT-VALUE}")
  String pipeline;

  @Mixin StageDumps dumps = new StageDumps();

  @Override
  public Integer call() throws IOException {
    if (out != null && Files.exists(out) && Files.exists(file) && Files.isSameFile(out, file)) {
      throw new UserError("-o " + out + " is the input program; write the ETDG elsewhere");
    }
    Graph g = Programs.lower(file, config, pipeline, spec.commandLine().getErr(), StageDumpWriter.of(dumps, pipeline, false));
    if (g == null) return Main.PROGRAM_ERRORS;
    String text = switch (emit) {
      case etdg -> EtdgPrinter.print(g);
      case xmi -> EtdgXmi.toXmi(g);
      case dot -> EtdgDot.toDot(g);
    };
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(out, text);
      } catch (IOException e) {
        throw new UserError("cannot write " + out + ": " + IoErrors.reason(e));
      }
    }
    return 0;
  }
}
