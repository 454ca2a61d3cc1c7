package dev.fractalgen.cli;

import static dev.fractalgen.dsl.elab.IssueCodes.BAD_CONFIG;

import dev.fractalgen.core.io.IoErrors;
import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.dsl.FractalFrontEnd.Checked;
import dev.fractalgen.dsl.FractalFrontEnd.Lowered;
import dev.fractalgen.dsl.FractalFrontEnd.Problem;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.PassManager;
import dev.fractalgen.passes.Pipelines;
import dev.fractalgen.passes.StageListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Reading model programs for the commands: check, report problems, lower. */
final class Programs {
  private Programs() {}

  /** The most bytes a program file may have: model programs are a few KiB, and the front end reads the whole file. */
  private static final long MAX_BYTES = 16L << 20;

  static Checked check(FractalFrontEnd fe, Path file) {
    if (Files.isDirectory(file)) throw new UserError(file + " is a folder, not a program file");
    if (!Files.isRegularFile(file)) throw new UserError("no such file: " + file);
    try {
      if (Files.size(file) > MAX_BYTES) throw new UserError(file + ": a program of more than " + (MAX_BYTES >> 20) + " MiB is not a model program");
      return fe.check(file);
    } catch (CharacterCodingException e) {
      throw new UserError(file + ": a program is UTF-8 text, and this file is not");
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + IoErrors.reason(e));
    }
  }

  static void report(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) err.println(p);
  }

  /**
   * Checks and lowers {@code file}, then runs the pass pipeline {@code pipeline} (see
   * Pipelines.NAMES) on it; null after printing the problems when it has errors.
   */
  static Graph lower(Path file, List<String> config, String pipeline, PrintWriter err) {
    return lower(file, config, pipeline, err, StageListener.NONE);
  }

  /** As above, telling {@code stages} the lowered graph ({@code etdg}) and the graph after each pass. */
  static Graph lower(Path file, List<String> config, String pipeline, PrintWriter err, StageListener stages) {
    PassManager passes = pipeline(pipeline);
    Graph g = lower(file, config, err);
    if (g == null) return null;
    stages.after("etdg", () -> EtdgPrinter.print(g));
    passes.run(g, PassContext.verifying().withListener(stages));
    return g;
  }

  /** The pass pipeline named {@code name}; an unknown name is bad input. */
  static PassManager pipeline(String name) {
    try {
      return Pipelines.named(name);
    } catch (NoSuchElementException e) {
      throw new UserError("--pipeline takes " + String.join(", ", Pipelines.NAMES) + "; found '" + name + "'");
    }
  }

  /** Checks and lowers {@code file}; null after printing the problems when it has errors. */
  static Graph lower(Path file, List<String> config, PrintWriter err) {
    FractalFrontEnd fe = new FractalFrontEnd();
    Checked c = check(fe, file);
    if (c.hasErrors()) {
      report(c.problems(), err);
      return null;
    }
    Lowered l = fe.lower(c.program(), file.toString(), overrides(config));
    List<Problem> errors = l.problems().stream().filter(Problem::error).toList();
    if (!errors.isEmpty() && errors.stream().allMatch(p -> p.code().equals(BAD_CONFIG))) {
      // only the --config values are wrong: the user's input, not the program
      throw new UserError("--config: " + errors.get(0).message());
    }
    // warnings (with the --config values applied) are printed too, and the program runs
    report(l.problems(), err);
    if (l.hasErrors()) return null;
    return l.graph();
  }

  static Map<String, String> overrides(List<String> config) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String kv : config) {
      int eq = kv.indexOf('=');
      if (eq <= 0) throw new UserError("--config takes key=value, found '" + kv + "'");
      m.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    return m;
  }
}
