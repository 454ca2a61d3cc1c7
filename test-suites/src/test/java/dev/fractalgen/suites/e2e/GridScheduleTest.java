package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.Pipelines;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridScheduleChecker;
import dev.fractalgen.passes.schedule.GridScheduleParser;
import dev.fractalgen.passes.schedule.GridSchedules;
import dev.fractalgen.passes.schedule.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grid schedule of every model is sound by the checker, and every barrier in it is needed:
 * the checker finds a read of an unordered write in each schedule with one barrier removed. The
 * text form reads back to the same schedule, and the checker rejects edited texts that drop a
 * barrier or put a warp on a map it cannot run.
 */
class GridScheduleTest {
  @ParameterizedTest
  @MethodSource("dev.fractalgen.suites.e2e.CompiledModels#names")
  void scheduleIsSoundAndEveryBarrierIsNeeded(String model) throws Exception {
    Graph g = CompiledModels.lower(model);
    Pipelines.warpOrders().run(g, PassContext.verifying());
    GridSchedule s = GridSchedules.standard(g);
    assertEquals(List.of(), GridScheduleChecker.problems(s));
    int barriers = count(s.step());
    assertTrue(barriers > 0, "a model with map phases needs barriers");
    for (int k = 0; k < barriers; k++) {
      GridSchedule mutated = new GridSchedule(g, without(s.step(), new int[] {k}));
      assertFalse(GridScheduleChecker.problems(mutated).isEmpty(), model + ": barrier " + k + " was not needed:\n" + s.print());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.fractalgen.suites.e2e.CompiledModels#names")
  void textFormReadsBackAndEditsAreChecked(String model) throws Exception {
    Graph g = CompiledModels.lower(model);
    Pipelines.warpOrders().run(g, PassContext.verifying());
    String text = GridSchedules.standard(g).print();
    GridSchedule parsed = GridScheduleParser.parse(g, text);
    assertEquals(text, parsed.print());
    assertEquals(List.of(), GridScheduleChecker.problems(parsed));
    // the first barrier line removed: some read is no longer ordered after its write
    String noBarrier = text.replaceFirst("\\n *barrier\\n", "\n");
    assertFalse(GridScheduleChecker.problems(GridScheduleParser.parse(g, noBarrier)).isEmpty(), noBarrier);
    // every thread map that the warp pass left alone is refused as a warp map
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("parallel\\[thread] (%[^ ,]+)").matcher(text);
    int tried = 0;
    while (m.find()) {
      tried++;
      String warp = text.replace("parallel[thread] " + m.group(1), "parallel[warp] " + m.group(1));
      List<String> problems = GridScheduleChecker.problems(GridScheduleParser.parse(g, warp));
      assertTrue(problems.stream().anyMatch(p -> p.contains(m.group(1) + " cannot run as parallel")), warp + problems);
    }
    // lstm's maps are all matrix rows, which the warp pass takes; the others keep rope or softmax maps on threads
    if (!model.equals("lstm.fractal")) assertTrue(tried > 0, model + " has a map the warp pass leaves to threads");
  }

  @org.junit.jupiter.api.Test
  void fusingANodeThatIsStoredOrSharedIsRejected() throws Exception {
    Graph g = CompiledModels.lower("llama2c.fractal");
    Pipelines.warpOrders().run(g, PassContext.verifying());
    String text = GridSchedules.standard(g).print();
    // the matvec's sum is the body's result: its element is stored, never recomputed at a use
    String bad = text.replace("parallel[warp] %map.1 = map fuse(%mul.3)", "parallel[warp] %map.1 = map fuse(%mul.3, %sum.2)");
    List<String> problems = GridScheduleChecker.problems(GridScheduleParser.parse(g, bad));
    assertTrue(problems.stream().anyMatch(p -> p.contains("%sum.2 cannot be fused in %map.1")), bad + problems);
  }

  @org.junit.jupiter.api.Test
  void parseErrorsNameTheLine() throws Exception {
    Graph g = CompiledModels.lower("llama2c.fractal");
    String text = GridSchedules.standard(g).print();
    String[] lines = text.split("\n");
    int row = java.util.stream.IntStream.range(0, lines.length).filter(i -> lines[i].contains("= map")).findFirst().orElseThrow();
    assertParseError(g, text.replace(lines[row], lines[row].replaceFirst("%[^ ]+", "%nowhere")), row + 1, "no node of the graph defines %nowhere");
    assertParseError(g, text.replace(lines[row], lines[row].replace("= map", "= scan")), row + 1, "not scan");
    assertParseError(g, text.replace(lines[row], lines[row].replaceFirst("parallel\\[\\w+]", "parallel[lane]")), row + 1, "expected a phase");
    assertParseError(g, text.substring(0, text.lastIndexOf('}')), lines.length, "a '}' is missing");
    assertParseError(g, text.replace("schedule llama2c", "schedule other"), 1, "expected 'schedule llama2c'");
  }

  private static void assertParseError(Graph g, String text, int line, String fragment) {
    GridScheduleParser.SyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(GridScheduleParser.SyntaxException.class,
        () -> GridScheduleParser.parse(g, text));
    assertEquals(line, e.line, e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  private static int count(List<Phase> phases) {
    int n = 0;
    for (Phase p : phases) {
      if (p instanceof Phase.Barrier) n++;
      if (p instanceof Phase.Loop l) n += count(l.body());
    }
    return n;
  }

  /** The phases with the barrier numbered {@code k[0]} (in walk order) left out. */
  private static List<Phase> without(List<Phase> phases, int[] k) {
    List<Phase> out = new ArrayList<>();
    for (Phase p : phases) {
      if (p instanceof Phase.Barrier && k[0]-- == 0) continue;
      out.add(p instanceof Phase.Loop l ? new Phase.Loop(l.node(), without(l.body(), k)) : p);
    }
    return out;
  }
}
