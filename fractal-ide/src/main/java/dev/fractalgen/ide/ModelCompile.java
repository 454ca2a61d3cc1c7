package dev.fractalgen.ide;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.Pipelines;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridSchedules;
import java.util.List;
import java.util.Map;

/**
 * An editor's "compile" command: the program through the front end, lowering, the default ETDG
 * pipeline (verified after every pass) and the grid schedule, as {@code fractal compile} runs them
 * before generating code. Code generation (LLVM) is left to the command line.
 */
public final class ModelCompile {
  /** The outcome: problems as {@code fractal check} prints them, and a one-line summary. */
  public record Result(List<FractalFrontEnd.Problem> problems, String summary) {
    public boolean ok() {
      return problems.stream().noneMatch(FractalFrontEnd.Problem::error);
    }
  }

  private ModelCompile() {}

  public static Result compile(String text, String name) {
    FractalFrontEnd fe = Language.frontEnd();
    FractalFrontEnd.Checked checked = fe.check(text, name);
    if (checked.hasErrors()) return new Result(checked.problems(), name + ": " + errors(checked.problems()) + ", not compiled");
    FractalFrontEnd.Lowered lowered = fe.lower(checked.program(), name, Map.of());
    if (lowered.hasErrors()) return new Result(lowered.problems(), name + ": " + errors(lowered.problems()) + ", not compiled");
    Graph g = lowered.graph();
    try {
      Pipelines.warpOrders().run(g, PassContext.verifying());
      GridSchedule s = GridSchedules.standard(g);
      long nodes = count(g);
      return new Result(lowered.problems(), name + ": compiled to " + nodes + " operations in " + s.step().size() + " phases per step");
    } catch (RuntimeException e) {
      // a pass or the schedule checker refused the graph: a compiler error, reported, not thrown into the editor
      return new Result(List.of(new FractalFrontEnd.Problem(name, 1, 1, true, "the compiler failed: " + e.getMessage(), "internal")), name + ": the compiler failed");
    }
  }

  private static String errors(List<FractalFrontEnd.Problem> ps) {
    long n = ps.stream().filter(FractalFrontEnd.Problem::error).count();
    return n + (n == 1 ? " error" : " errors");
  }

  private static long count(Graph g) {
    long n = 0;
    for (var it = g.eAllContents(); it.hasNext(); ) if (it.next() instanceof dev.fractalgen.etdg.model.Node) n++;
    return n;
  }
}
