package dev.fractalgen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options {@code --dump-after STAGE|all} and {@code --dump-dir DIR} ({@link StageDumpWriter}
 * writes the files). Only options here: picocli reflects on every command's classes at start-up,
 * and a cached {@code run} must not load the compiler's types.
 */
final class StageDumps {
  @Option(names = "--dump-after", split = ",", paramLabel = "STAGE",
      description = "write the program's text after STAGE (all: after every stage): etdg, a pass of the pipeline, "
          + "assign-phases, a schedule pass, llvm or kernel (every target; or llvm.sm_90, ...)")
  List<String> stages = new ArrayList<>();

  @Option(names = "--dump-dir", paramLabel = "DIR", defaultValue = "fractal-dump",
      description = "where --dump-after writes; default ${DEFAULT-VALUE}")
  Path dir;
}
