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
import dev.fractalgen.passes.schedule.ScanRounds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grid schedule of every model is sound by the checker, uses dataflow counters, and every
 * barrier, arrive and wait in it is needed: the checker finds a problem in each schedule with one
 * of them removed. The text form reads back to the same schedule, and the checker rejects edited
 * texts that drop a barrier, wait for serial work on the owner blocks only before a parallel
 * reader, arrive before the producer, put a warp on a map it cannot run, or fuse a map whose body
 * is not fused.
 */
class GridScheduleTest {
  @ParameterizedTest
  @MethodSource("dev.fractalgen.suites.e2e.CompiledModels#names")
  void scheduleIsSoundAndEverySynchronizationIsNeeded(String model) throws Exception {
    Graph g = CompiledModels.lower(model);
    Pipelines.warpOrders().run(g, PassContext.verifying());
    GridSchedule s = GridSchedules.standard(g);
    assertEquals(List.of(), GridScheduleChecker.problems(s));
    assertTrue(count(s.step(), Phase.Barrier.class) > 0, "a model with map phases needs barriers");
    assertTrue(count(s.step(), Phase.Arrive.class) > 0, model + ": serial work after a map waits on a counter:\n" + s.print());
    // a barrier, or a counter's arrive and wait together, removed: some read is no longer ordered
    for (Phase sync : syncs(s.step(), new ArrayList<>())) {
      if (sync instanceof Phase.Wait) continue; // removed with its arrive
      GridSchedule mutated = new GridSchedule(g, without(s.step(), sync));
      List<String> problems = GridScheduleChecker.problems(mutated);
      assertTrue(problems.stream().anyMatch(p -> p.contains("before a barrier or counter orders the write")),
          model + ": " + sync + " was not needed: " + problems + "\n" + s.print());
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
    // a counter waited on by all blocks is as sound as by the owners; without its wait it is
    // refused, and so is an arrive before its values are written or one without an arrive
    java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\n( *)wait\\[owners] ([^\\n]+)\\n").matcher(text);
    assertTrue(w.find(), text);
    String values = w.group(2);
    String first = values.split(",")[0];
    assertEquals(List.of(), GridScheduleChecker.problems(GridScheduleParser.parse(g,
        text.replace(w.group(), "\n" + w.group(1) + "wait " + values + "\n"))));
    assertProblem(g, text.replace(w.group(), "\n"), "no wait reads the counter of arrive " + values);
    // the arrive moved to just before the phase that writes its first value, in the same region
    String producer = java.util.regex.Pattern.compile("\\n( *)(parallel\\[\\w+]|serial|loop) " + java.util.regex.Pattern.quote(first) + "[ ,]")
        .matcher(text).results().findFirst().orElseThrow().group();
    String early = text.replace("arrive " + values + "\n", "").replace(producer, producer.replaceFirst("\\n( *)", "\n$1arrive " + values + "\n$1"));
    assertProblem(g, early, "publishes " + first + ", which no earlier phase of this region writes");
    assertProblem(g, text.replace("arrive " + values + "\n", ""), "wait " + values + " has no arrive on its counter");
    // every thread map that the warp pass left alone is refused as a warp map
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("parallel\\[thread] (%[^ ,]+)").matcher(text);
    int tried = 0;
    while (m.find()) {
      tried++;
      String warp = text.replace("parallel[thread] " + m.group(1), "parallel[warp] " + m.group(1));
      List<String> problems = GridScheduleChecker.problems(GridScheduleParser.parse(g, warp));
      assertTrue(problems.stream().anyMatch(p -> p.contains(m.group(1) + " cannot run as parallel")), warp + problems);
    }
    // lstm's maps are all matrix rows, which the warp pass takes, and gpt2's others are rows scaled by
    // an element, wide enough for a block each; the others keep rope or softmax maps on threads
    if (!model.equals("lstm.fractal") && !model.equals("gpt2.fractal")) {
      assertTrue(tried > 0, model + " has a map the warp pass leaves to threads");
    }
  }

  @org.junit.jupiter.api.Test
  void fusingANodeThatIsStoredOrSharedIsRejected() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = l.text();
    // the matvec's sum is the body's result: its element is stored, never recomputed at a use
    String bad = text.replace("parallel[warp] %map.1 = map fuse(%mul.3)", "parallel[warp] %map.1 = map fuse(%mul.3, %sum.2)");
    List<String> problems = GridScheduleChecker.problems(GridScheduleParser.parse(g, bad));
    assertTrue(problems.stream().anyMatch(p -> p.contains("%sum.2 cannot be fused in %map.1")), bad + problems);
  }

  @org.junit.jupiter.api.Test
  void aMapFusedIntoItsReaderHasItsWholeBodyFused() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = l.text();
    String heads = "parallel[block] %heads = map fuse(%mul.14, %div.2, %sub.3, %map.3, %mul.15)";
    assertTrue(text.contains(heads), text);
    // the weighted value rows computed where their sum reads them, but the product inside stored:
    // no storage is planned for it, and the block's threads would meet inside a single element
    assertProblem(g, text.replace(heads, "parallel[block] %heads = map fuse(%mul.14, %div.2, %sub.3, %map.3)"),
        "%map.3 is fused in %heads but not every node of its body is");
  }

  @org.junit.jupiter.api.Test
  void aSerialNodeFusesOnlyIntoItsUser() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = l.text();
    String sum = "serial %sum.1 = reduce.sum fuse(%mul.1)", scaled = "serial %xb = mul fuse(%div.1, %ss.1, %rsqrt.1, %mul.2)";
    assertTrue(text.contains(sum) && text.contains(scaled), text);
    // the norm's division by the length moved from the scaled vector, which reads it, to the sum, which does not
    String moved = text.replace(sum, "serial %sum.1 = reduce.sum fuse(%mul.1, %div.1)").replace(scaled, "serial %xb = mul fuse(%ss.1, %rsqrt.1, %mul.2)");
    assertProblem(g, moved, "%div.1 cannot be fused in %sum.1");
    // dropped from the list: then no phase computes it
    assertProblem(g, text.replace(scaled, "serial %xb = mul fuse(%ss.1, %rsqrt.1, %mul.2)"), "1 nodes are not scheduled");
  }

  @org.junit.jupiter.api.Test
  void aPhaseMayMoveButNotAboveWhatItUses() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = l.text();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n( *)(parallel\\[block] %heads = map[^\\n]*)\\n( *)(view %reshape = reshape)\\n").matcher(text);
    assertTrue(m.find(), text);
    // the view of the heads put before the map that writes them
    String swapped = text.replace(m.group(), "\n" + m.group(1) + m.group(4) + "\n" + m.group(3) + m.group(2) + "\n");
    assertProblem(g, swapped, "%reshape uses %heads before the phase that defines it");
  }

  @org.junit.jupiter.api.Test
  void vectorLoadsOnlyOnWarpsAsWideAsTheirChunks() throws Exception {
    // element loads are always allowed; a width other than the order's chunks is not
    assertOnlyOnTheWarpPhase("vector(4)", "vector(8)", "cannot load");
  }

  @org.junit.jupiter.api.Test
  void onlyWarpPhasesOverAWeightsRowsAreStaged() throws Exception {
    // a staged phase may load its rows itself; other buffer counts, and thread phases, are refused
    assertOnlyOnTheWarpPhase("staged(2)", "staged(3)", "cannot be");
  }

  @org.junit.jupiter.api.Test
  void onlyUnstagedWarpPhasesOverAWeightsRowsPrefetch() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = unbatched(l);
    String warp = "parallel[warp] %map.1 = map fuse(%mul.3) vector(4) staged(2)\n";
    assertTrue(text.contains(warp), text);
    // the q rows unstaged may ask L2 for their next row; staged, they are copied ahead already
    String unstaged = text.replace(warp, warp.replace("staged(2)", "prefetch"));
    assertSound(g, unstaged);
    assertProblem(g, text.replace(warp, warp.replace("staged(2)", "staged(2) prefetch")), "%map.1 cannot prefetch its rows");
    assertRefusedOnAThreadPhase(g, text, "prefetch", "%rotated.1 cannot prefetch its rows");
  }

  @org.junit.jupiter.api.Test
  void onlyAStagedWarpPhaseAfterAnotherCopiesItsFirstRowsEarly() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = unbatched(l);
    String q = "parallel[warp] %map.1 = map fuse(%mul.3) vector(4) staged(2)\n";
    String k = "parallel[warp] %map.2 = map fuse(%mul.8) vector(4) staged(2) early\n";
    assertTrue(text.contains(q) && text.contains(k), text);
    // the k rows follow the q rows' phase and may as well wait for their own start
    assertSound(g, text.replace(k, k.replace(" early", "")));
    // the q rows are the layer's first warp phase: no earlier one of the body to start behind
    assertProblem(g, text.replace(q, q.replace("staged(2)", "staged(2) early")), "%map.1 cannot copy its first rows early");
    assertProblem(g, text.replace(k, k.replace(" staged(2) early", " early")), "%map.2 cannot copy its first rows early");
    assertRefusedOnAThreadPhase(g, text, "early", "%rotated.1 cannot copy its first rows early");
  }

  @org.junit.jupiter.api.Test
  void onlyWarpPhasesOverRowsTheSameForEverySequenceAreBatched() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = l.text();
    String warp = "parallel[warp] %map.1 = map fuse(%mul.3) vector(4) staged(2) batched(4x2)\n";
    assertTrue(text.contains(warp), text);
    java.util.function.UnaryOperator<String> batched = b -> text.replace(warp, warp.replace("batched(4x2)", b));
    // a group of 2 to 16 sequences may be asked for; one sequence, or a thread phase, is refused
    assertSound(g, batched.apply("batched(8)"));
    assertProblem(g, batched.apply("batched(1)"), "%map.1 cannot be batched(1)");
    assertRefusedOnAThreadPhase(g, text, "batched(4x2)", "%rotated.1 cannot be batched(4)");
    // and 1 to 8 rows at once for them, 32 sums at most; the text form reads the rows back
    String one = batched.apply("batched(4)");
    assertSound(g, one);
    assertEquals(one, GridScheduleParser.parse(g, one).print());
    assertSound(g, batched.apply("batched(4x8)"));
    assertSound(g, batched.apply("batched(16x2)"));
    // one row at a time is the plain form
    assertEquals(one, GridScheduleParser.parse(g, batched.apply("batched(4x1)")).print());
    assertProblem(g, batched.apply("batched(4x9)"), "%map.1 cannot take 9 rows at once");
    assertProblem(g, batched.apply("batched(8x8)"), "%map.1 cannot take 8 rows at once");
    assertProblem(g, batched.apply("batched(4x0)"), "%map.1 cannot take 0 rows at once");
  }

  @org.junit.jupiter.api.Test
  void onlyAWarpPhaseThatCouldBeBatchedTakesSeveralRowsAtOnceForOneSequence() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = l.text();
    String warp = "parallel[warp] %map.1 = map fuse(%mul.3) vector(4) staged(2) batched(4x2)\n";
    assertTrue(text.contains(warp), text);
    // 2 to 8 rows for one sequence in the kernel for every batch; the text form reads them back
    String two = text.replace(warp, warp.replace(" batched(", " rows(2) batched("));
    assertSound(g, two);
    assertEquals(two, GridScheduleParser.parse(g, two).print());
    assertProblem(g, text.replace(warp, warp.replace(" batched(", " rows(1) batched(")), "%map.1 cannot take rows(1)");
    assertProblem(g, text.replace(warp, warp.replace(" batched(", " rows(9) batched(")), "%map.1 cannot take rows(9)");
    assertRefusedOnAThreadPhase(g, text, "rows(2)", "%rotated.1 cannot take rows(2)");
  }

  @org.junit.jupiter.api.Test
  void onlyTheTwoWarpPhasesRightBeforeASpreadPhaseWithTheSameItemsComputeIt() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = l.text();
    String serial = "    arrive %h3, %h1\n    wait %h3, %h1\n    serial[all] %mul.22 = mul fuse(%silu)\n";
    String up = "parallel[warp] %h3 = map fuse(%mul.21) vector(4) staged(2) early batched(4x2)\n";
    assertTrue(text.contains(serial) && text.contains(up), text);
    String by = text.replace(serial, "    spread %mul.22 = mul fuse(%silu) by(%h1, %h3)\n    barrier\n");
    assertSound(g, by);
    assertEquals(by, GridScheduleParser.parse(g, by).print());
    // the phases in the other order, the product after a barrier, the up rows taken two at a time
    assertProblem(g, by.replace("by(%h1, %h3)", "by(%h3, %h1)"), "%mul.22 cannot be computed by other phases' warps", "right before it");
    assertProblem(g, by.replace("    spread %mul.22 = mul fuse(%silu) by(%h1, %h3)\n    barrier\n",
        "    barrier\n    spread %mul.22 = mul fuse(%silu) by(%h1, %h3)\n    barrier\n"), "%mul.22 cannot be computed", "right before it");
    assertProblem(g, by.replace(up, up.replace(" batched(", " rows(2) batched(")), "%mul.22 cannot be computed", "items differ");
    // without the names, the product reads the rows' values before a barrier orders them
    assertProblem(g, by.replace(" by(%h1, %h3)", ""), "%mul.22 reads");
    int line = text.substring(0, text.indexOf("serial[all] %mul.22")).split("\n", -1).length;
    assertParseError(g, text.replace("serial[all] %mul.22 = mul fuse(%silu)", "serial[all] %mul.22 = mul fuse(%silu) by(%h1, %h3)"), line,
        "only a spread phase is computed by other phases' warps");
  }

  @org.junit.jupiter.api.Test
  void onlyABlocksSumsOfOutputsSideBySideAreSummedByColumns() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = unbatched(l);
    String heads = "parallel[block] %heads = map fuse(%mul.14, %div.2, %sub.3, %map.3, %mul.15)\n";
    String warp = "parallel[warp] %map.1 = map fuse(%mul.3) vector(4) staged(2)\n";
    assertTrue(text.contains(heads) && text.contains(warp), text);
    // stories260K's heads have 8 dimensions, fewer than the 16 a warp's loads should cover; the
    // softmax's denominator has one output; a warp phase sums nothing by columns
    assertProblem(g, text.replace(heads, heads.replace("\n", " columns(%sum.7)\n")), "%heads cannot sum %sum.7 by columns");
    assertProblem(g, text.replace(heads, heads.replace("\n", " columns(%sum.6)\n")), "%heads cannot sum %sum.6 by columns");
    assertProblem(g, text.replace(warp, warp.replace("\n", " columns(%sum.2)\n")), "%map.1 cannot sum %sum.2 by columns");
  }

  /**
   * llama2c's q rows (%map.1) carry {@code attribute}: the schedule is sound without it, and the
   * checker refuses it as {@code wrong} there ("%map.1 REFUSAL WRONG") and on a thread phase.
   */
  private static void assertOnlyOnTheWarpPhase(String attribute, String wrong, String refusal) throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = unbatched(l);
    String warp = "parallel[warp] %map.1 = map fuse(%mul.3) vector(4) staged(2)\n";
    assertTrue(text.contains(warp), text);
    assertSound(g, text.replace(warp, warp.replace(" " + attribute, "")));
    assertProblem(g, text.replace(warp, warp.replace(attribute, wrong)), "%map.1 " + refusal + " " + wrong);
    assertRefusedOnAThreadPhase(g, text, attribute, "%rotated.1 " + refusal + " " + attribute);
  }

  /** llama2c's schedule {@code text} with {@code attribute} on the thread phase %rotated.1 has the problem {@code problem}. */
  private static void assertRefusedOnAThreadPhase(Graph g, String text, String attribute, String problem) throws Exception {
    String thread = text.replaceFirst("(parallel\\[thread] %rotated.1 = map fuse\\([^)]*\\))", "$1 " + java.util.regex.Matcher.quoteReplacement(attribute));
    assertTrue(thread.contains(") " + attribute + "\n") && !thread.equals(text), thread);
    assertProblem(g, thread, problem);
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

  @org.junit.jupiter.api.Test
  void aWaitOnTheOwnersDoesNotOrderAParallelReader() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = unbatched(l);
    // the barrier between the q, k and v rows and their rotations becomes a counter on the q rows
    // (%map.1): waited on by the owner blocks only, it orders no parallel reader; waited on by all
    // blocks, it orders the q rotation but not the k rotation, which reads %map.2
    String producer = "parallel[warp] %map.1 = map fuse(%mul.3) vector(4) staged(2)\n";
    String barrier = "barrier\n    parallel[thread] %rotated.1";
    assertTrue(text.contains(producer) && text.contains(barrier), text);
    String counter = text.replace(producer, producer + "    arrive %map.1\n");
    assertProblem(g, counter.replace(barrier, "wait[owners] %map.1\n    parallel[thread] %rotated.1"), "%rotated.1 reads %map.1 before");
    String all = counter.replace(barrier, "wait %map.1\n    parallel[thread] %rotated.1");
    assertProblem(g, all, "%rotated.2 reads %map.2 before");
    List<String> problems = GridScheduleChecker.problems(GridScheduleParser.parse(g, all));
    assertFalse(problems.stream().anyMatch(p -> p.contains("%rotated.1 reads")), problems.toString());
  }

  /**
   * The KV history's concat, which attention reads in place, runs as a view, so the owners no
   * longer wait for the key rotation before it. A node that computes (the norm's scaled vector) is
   * refused as a view.
   */
  @org.junit.jupiter.api.Test
  void dataMovementReadInPlaceRunsAsAViewAndComputingNodesCannot() throws Exception {
    Scheduled l = Scheduled.llama2c();
    Graph g = l.graph();
    String text = l.text();
    assertTrue(text.contains("view %keys = concat"), text);
    assertFalse(text.contains("wait[owners] %rotated"), text);
    assertProblem(g, text.replaceFirst("serial %xb = mul[^\\n]*", "view %xb = mul"), "%xb", "cannot run as view");
  }

  /** llama2c after the warp-orders pipeline and its standard schedule's text. */
  private record Scheduled(Graph graph, String text) {
    static Scheduled llama2c() throws Exception {
      Graph g = CompiledModels.lower("llama2c.fractal");
      Pipelines.warpOrders().run(g, PassContext.verifying());
      return new Scheduled(g, GridSchedules.standard(g).print());
    }
  }

  /** {@code l}'s schedule text without batched warp phases (a batched phase needs its vector loads, which some tests take away). */
  private static String unbatched(Scheduled l) {
    return l.text().replaceAll(" batched\\(\\d+(x\\d+)?\\)", "");
  }

  /** The checker finds no problem in {@code text}. */
  private static void assertSound(Graph g, String text) throws Exception {
    assertEquals(List.of(), GridScheduleChecker.problems(GridScheduleParser.parse(g, text)));
  }

  /** Some problem the checker finds in {@code text} contains every one of {@code fragments}. */
  private static void assertProblem(Graph g, String text, String... fragments) throws Exception {
    List<String> problems = GridScheduleChecker.problems(GridScheduleParser.parse(g, text));
    assertTrue(problems.stream().anyMatch(p -> java.util.Arrays.stream(fragments).allMatch(p::contains)),
        String.join(" + ", fragments) + " not in " + problems + " of\n" + text);
  }

  private static void assertParseError(Graph g, String text, int line, String fragment) {
    GridScheduleParser.SyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(GridScheduleParser.SyntaxException.class,
        () -> GridScheduleParser.parse(g, text));
    assertEquals(line, e.line, e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  /** The synchronization entries of kind {@code kind} (Phase: any kind), loop bodies included. */
  private static int count(List<Phase> phases, Class<? extends Phase> kind) {
    return (int) syncs(phases, new ArrayList<>()).stream().filter(kind::isInstance).count();
  }

  private static List<Phase> syncs(List<Phase> phases, List<Phase> out) {
    for (Phase p : phases) {
      if (Phase.isSync(p)) out.add(p);
      if (p instanceof Phase.Loop l) syncs(l.body(), out);
    }
    return out;
  }

  /** The phases without {@code sync}, and for an arrive without the waits on its counter. */
  private static List<Phase> without(List<Phase> phases, Phase sync) {
    List<Phase> out = new ArrayList<>();
    for (Phase p : phases) {
      if (p == sync) continue;
      if (sync instanceof Phase.Arrive a && p instanceof Phase.Wait w && w.values().equals(a.values())) continue;
      out.add(p instanceof Phase.Loop l ? new Phase.Loop(l.node(), without(l.body(), sync)) : p);
    }
    return out;
  }

  /**
   * The layer scans of llama2c, llama3 and gpt2 start with the owners' norm and end with their
   * residual add after a counter: end-scan-rounds-on-owners marks them `owner-rounds`, and the
   * mark reads back. A body where other blocks work before the first barrier or after the last
   * arrival, or where no one waits for that arrival, keeps its grid barrier: ScanRounds says no,
   * and the checker refuses the mark there.
   */
  @org.junit.jupiter.api.Test
  void aScanRoundEndsOnTheOwnersBarrierOnlyWhereOwnersAloneWorkAtItsEdges() throws Exception {
    for (String model : List.of("llama2c.fractal", "llama3.fractal", "gpt2.fractal")) {
      Graph g = CompiledModels.lower(model);
      Pipelines.warpOrders().run(g, PassContext.verifying());
      GridSchedule s = GridSchedules.standard(g);
      Phase.Loop loop = s.step().stream().filter(p -> p instanceof Phase.Loop).map(p -> (Phase.Loop) p).findFirst().orElseThrow();
      assertTrue(loop.ownerRounds(), model + "\n" + s.print());
      assertTrue(s.print().contains(" = scan owner-rounds {"), s.print());
      assertEquals(s.print(), GridScheduleParser.parse(g, s.print()).print());
      List<Phase> body = loop.body();
      Phase parallel = body.stream().filter(p -> p instanceof Phase.Parallel).findFirst().orElseThrow();
      List<Phase> parallelFirst = new ArrayList<>(body);
      parallelFirst.add(0, parallel);
      List<Phase> parallelLast = new ArrayList<>(body);
      parallelLast.add(parallel);
      List<Phase> unwaited = new ArrayList<>(body);
      unwaited.removeIf(p -> p instanceof Phase.Wait);
      for (List<Phase> bad : List.of(parallelFirst, parallelLast, unwaited)) {
        assertFalse(ScanRounds.endWithoutBarrier(bad), model + ": " + bad);
        List<Phase> step = new ArrayList<>(s.step());
        step.set(step.indexOf(loop), new Phase.Loop(loop.node(), bad, true));
        List<String> problems = GridScheduleChecker.problems(new GridSchedule(g, step));
        assertTrue(problems.stream().anyMatch(p -> p.contains("ends its rounds on the owner blocks' barrier")), model + ": " + problems);
      }
    }
  }


  /**
   * In llama2c's layer scan the residual add, the norm after it and SwiGLU's product wait for their
   * counters on every block and run there (serial[all]), with no barrier before the rows that read
   * them; the round's first norm and last add stay the owners', so the rounds still end on the
   * owners' barrier. Llama-3.2-1B's norm writes 16 KiB a sequence, past the 4 KiB a run the pass
   * replicates. The checker refuses a replicated phase whose parallel input only the owners waited
   * for, one that reads an owner's write not yet ordered by a barrier, and a replicated sample
   * (it sorts in scratch the blocks would share).
   */
  @org.junit.jupiter.api.Test
  void serialPhasesBetweenParallelOnesRunOnEveryBlock() throws Exception {
    Scheduled l = Scheduled.llama2c();
    String text = l.text();
    String group = "    wait %map.4\n    serial[all] %h2 = add\n    serial[all] %sum.9 = reduce.sum fuse(%mul.17)\n"
        + "    serial[all] %mul.19 = mul fuse(%div.3, %ss.2, %rsqrt.2, %mul.18)\n    parallel[warp] %h1 = map";
    assertTrue(text.contains(group), text);
    assertTrue(text.contains("    wait %h3, %h1\n    serial[all] %mul.22 = mul fuse(%silu)\n    parallel[warp] %map.5 = map"), text);
    assertTrue(text.contains("    serial %sum.1 = reduce.sum") && text.contains("    serial %add.3 = add"), text);
    assertTrue(text.contains(" = scan owner-rounds {"), text);
    assertEquals(text, GridScheduleParser.parse(l.graph(), text).print());
    assertEquals(List.of(), GridScheduleChecker.problems(GridScheduleParser.parse(l.graph(), text)));

    assertProblem(l.graph(), text.replace("    wait %map.4\n", "    wait[owners] %map.4\n"), "%h2 reads %map.4 before");
    assertProblem(l.graph(), text.replace("    serial %add.3 = add", "    serial[all] %add.3 = add"), "%add.3 reads %map.5 before");
    assertTrue(text.contains("\n  serial %sampled = sample"), text);
    assertProblem(l.graph(), text.replace("\n  serial %sampled = sample", "\n  serial[all] %sampled = sample"),
        "%sampled", "cannot run on every block");

    Graph big = CompiledModels.lower("llama3.fractal", java.util.Map.of());
    Pipelines.warpOrders().run(big, PassContext.verifying());
    assertFalse(GridSchedules.standard(big).print().contains("serial[all]"));
  }
}
