package dev.fractalgen.suites.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.cli.Main;
import dev.fractalgen.runtime.Completion;
import dev.fractalgen.runtime.Device;
import dev.fractalgen.runtime.GenerateOptions;
import dev.fractalgen.runtime.Generation;
import dev.fractalgen.runtime.GenerationTask;
import dev.fractalgen.runtime.InvalidRequestException;
import dev.fractalgen.runtime.Model;
import dev.fractalgen.runtime.ModelLoadException;
import dev.fractalgen.runtime.StopReason;
import dev.fractalgen.runtime.Token;
import dev.fractalgen.suites.Llama2cGoldens;
import dev.fractalgen.suites.Llama2cGoldens.Golden;
import dev.fractalgen.suites.Repo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public runtime API on models/llama2c.fractal compiled for the host and the published
 * stories260K: results against llama2.c's own output (golden/), streaming, stop tokens and
 * strings, cancellation from a listener, another thread or a timeout, and the checks made before
 * anything is launched.
 */
class ModelApiTest {
  @TempDir static Path dir;
  static Path bundle;
  static Model model;

  @BeforeAll
  static void compile() {
    bundle = dir.resolve("fractal").resolve("llama2c");
    StringWriter err = new StringWriter();
    int rc = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "compile",
        Repo.path("models/llama2c.fractal").toString(), "-o", bundle.toString(), "--target", "host");
    assertEquals(0, rc, err.toString());
    model = Model.fromBundle(bundle).weights(Repo.stories260K()).device(Device.HOST).threads(1).load();
  }

  @AfterAll
  static void close() {
    model.close();
  }

  /** llama2.c's continuation: its stdout without the prompt it echoes and the final newline. */
  static String continuation(Golden g) {
    return g.text().substring(g.prompt().length()).stripTrailing();
  }

  static int[] prefix(int[] ids, int n) {
    return Arrays.copyOf(ids, Math.min(n, ids.length));
  }

  @Test
  void greedyTextIsLlama2cs() {
    Golden g = Llama2cGoldens.named("once_n64");
    Generation r = model.generate(g.prompt(), GenerateOptions.greedy(g.maxTokens()));
    assertEquals(continuation(g), r.text());
    assertArrayEquals(g.ids(), r.single().tokens());
    assertArrayEquals(g.promptIds(), r.single().prompt());
    assertEquals(StopReason.MAX_TOKENS, r.single().stop());
    assertEquals(Device.HOST, model.device());
    assertEquals("CPU, 1 thread", r.device());
  }

  @Test
  void aBatchGivesEachPromptItsOwnSequence() {
    List<Golden> gs = List.of(Llama2cGoldens.named("once_n64"), Llama2cGoldens.named("lily_tom_n128"));
    Generation r = model.generate(gs.stream().map(Golden::prompt).toList(), GenerateOptions.greedy(60), null);
    for (int s = 0; s < gs.size(); s++) assertArrayEquals(prefix(gs.get(s).ids(), 60), r.completions().get(s).tokens(), gs.get(s).name());
  }

  @Test
  void streamedPiecesJoinToTheText() {
    Golden g = Llama2cGoldens.named("once_n64");
    List<Token> tokens;
    try (Stream<Token> s = model.stream(g.prompt(), GenerateOptions.greedy(g.maxTokens()))) {
      tokens = s.toList();
    }
    assertArrayEquals(g.ids(), tokens.stream().mapToInt(Token::id).toArray());
    assertEquals(continuation(g), tokens.stream().map(Token::text).collect(Collectors.joining()));
    for (int i = 0; i < tokens.size(); i++) assertEquals(i, tokens.get(i).index());
  }

  @Test
  void aStopTokenEndsTheSequenceWithoutIt() {
    Golden g = Llama2cGoldens.named("once_n64");
    int stop = g.ids()[10];
    int first = 0;
    while (g.ids()[first] != stop) first++;
    Completion c = model.generate(g.prompt(), GenerateOptions.builder().temperature(0).maxTokens(g.maxTokens()).stopTokens(stop).build()).single();
    assertEquals(StopReason.STOP_TOKEN, c.stop());
    assertArrayEquals(prefix(g.ids(), first), c.tokens());
  }

  @Test
  void aStopStringCutsTheTextAndIsNeverStreamed() {
    Golden g = Llama2cGoldens.named("once_n64");
    String text = continuation(g);
    String stop = "Lily";
    assertTrue(text.contains(stop), "the golden text has the stop string");
    StringBuilder streamed = new StringBuilder();
    Completion c = model.generate(List.of(g.prompt()), GenerateOptions.builder().temperature(0).maxTokens(g.maxTokens()).stopStrings(stop, "zzz").build(),
        t -> {
          streamed.append(t.text());
          return true;
        }).single();
    assertEquals(StopReason.STOP_STRING, c.stop());
    assertEquals(text.substring(0, text.indexOf(stop)), c.text());
    assertEquals(c.text(), streamed.toString());
  }

  @Test
  void aListenerThatSaysStopCancelsTheCall() {
    Golden g = Llama2cGoldens.named("once_n512");
    List<Integer> seen = new ArrayList<>();
    Completion c = model.generate(List.of(g.prompt()), GenerateOptions.greedy(g.maxTokens()), t -> {
      seen.add(t.id());
      return seen.size() < 10;
    }).single();
    assertEquals(StopReason.CANCELLED, c.stop());
    assertArrayEquals(prefix(g.ids(), 10), c.tokens());
    assertEquals(10, seen.size(), "no token after the listener said stop");
  }

  @Test
  void aListenersExceptionStopsTheKernelAndIsRethrown() {
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> model.generate(List.of("Once upon a time"), GenerateOptions.greedy(400), t -> {
          throw boom;
        }));
    assertSame(boom, thrown);
    // the kernel stopped and released its memory: the model goes on working
    Golden g = Llama2cGoldens.named("once_n64");
    assertArrayEquals(prefix(g.ids(), 8), model.generate(g.prompt(), GenerateOptions.greedy(8)).single().tokens());
  }

  @Test
  void anotherThreadCancelsARunningTask() throws Exception {
    List<Token> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    GenerationTask task = model.start(List.of(""), GenerateOptions.greedy(500), t -> {
      seen.add(t);
      return true;
    });
    while (seen.isEmpty() && !task.isDone()) Thread.sleep(1);
    long start = System.nanoTime();
    task.cancel();
    Generation r = task.join(Duration.ofSeconds(10));
    assertTrue(r != null, "the task ended within 10 s of cancel()");
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
    // the kernel may have finished all 500 tokens first on a fast machine; otherwise it was cancelled
    Completion c = r.single();
    assertTrue(c.stop() == StopReason.CANCELLED || c.tokens().length == 500, c.stop() + " after " + c.tokens().length);
  }

  /**
   * Cancels at random moments on two threads, which read the host's abort word at a step's head
   * one after the other: a block that leaves must never strand the other at a barrier, and what
   * the call returns is a prefix of the full greedy run.
   */
  @Test
  void cancellingAtAnyMomentOnTwoThreadsNeverHangs() throws Exception {
    Golden g = Llama2cGoldens.named("once_n512");
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    try (Model two = Model.fromBundle(bundle).weights(Repo.stories260K()).device(Device.HOST).threads(2).load()) {
      for (int i = 0; i < 40; i++) {
        GenerationTask task = two.start(List.of(g.prompt()), GenerateOptions.greedy(g.maxTokens()), null);
        java.util.concurrent.locks.LockSupport.parkNanos(random.nextLong(20_000_000));
        task.cancel();
        Generation r = task.join(Duration.ofSeconds(5));
        assertTrue(r != null, "attempt " + i + ": the task ended within 5 s of cancel()");
        int[] t = r.single().tokens();
        assertArrayEquals(prefix(g.ids(), t.length), t, "attempt " + i);
      }
    }
  }

  @Test
  void aTimeoutEndsTheCallWithWhatItGenerated() {
    Golden g = Llama2cGoldens.named("once_n512");
    Completion c = model.generate(g.prompt(), GenerateOptions.builder().temperature(0).maxTokens(g.maxTokens())
        .timeout(Duration.ofMillis(5)).build()).single();
    assertEquals(StopReason.TIMEOUT, c.stop());
    assertTrue(c.tokens().length < g.ids().length);
    assertArrayEquals(prefix(g.ids(), c.tokens().length), c.tokens());
  }

  @Test
  void badRequestsFailBeforeLaunch() {
    var e = assertThrows(InvalidRequestException.class, () -> model.generateIds(new int[][] {{1, 512}}, GenerateOptions.greedy(4), null));
    assertEquals("the prompt: token 512 at position 1 is outside the vocabulary [0, 512)", e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> model.generate("Once upon a time", GenerateOptions.greedy(510)));
    assertEquals("the prompt of 5 tokens plus 510 new ones exceeds the model's capacity of 512 positions", e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> model.generateIds(new int[][] {{1}, {}}, GenerateOptions.greedy(4), null));
    assertEquals("prompt 1 has no tokens; the loop needs at least one to start from", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GenerateOptions.builder().topP(0));
    assertThrows(IllegalArgumentException.class, () -> GenerateOptions.builder().temperature(Double.NaN));
  }

  @Test
  void loadErrorsNameWhatIsWrong() {
    var e = assertThrows(ModelLoadException.class, () -> Model.fromBundle(bundle).weights(Repo.path("models/stories260K/tok512.bin")).load());
    assertTrue(e.getMessage().contains("tok512.bin"), e.getMessage());
    e = assertThrows(ModelLoadException.class, () -> Model.fromBundle(dir.resolve("none")).weights(Repo.stories260K()).load());
    assertTrue(e.getMessage().contains("no manifest.json"), e.getMessage());
    e = assertThrows(ModelLoadException.class, () -> Model.fromClasspath("nosuch").weights(Repo.stories260K()).load());
    assertTrue(e.getMessage().startsWith("no compiled model 'nosuch' on the class path (no fractal/nosuch/manifest.json)"), e.getMessage());
    e = assertThrows(ModelLoadException.class, () -> Model.fromBundle(bundle).weights(Repo.stories260K()).device(Device.CUDA).load());
    assertTrue(e.getMessage().startsWith("the bundle has no CUDA kernel"), e.getMessage());
  }

  /** The default host kernel uses this machine's vector extensions; the baseline one must give the same tokens. */
  @Test
  void aBaselineX8664HostKernelGivesLlama2csTextToo() throws Exception {
    Path base = dir.resolve("baseline");
    int rc = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "compile",
        Repo.path("models/llama2c.fractal").toString(), "-o", base.toString(), "--target", "host", "--host-cpu", "x86-64");
    assertEquals(0, rc);
    assertEquals("x86-64", dev.fractalgen.runtime.bundle.Bundle.open(base).manifest().grid().hostCpu());
    Golden g = Llama2cGoldens.named("once_n64");
    try (Model m = Model.fromBundle(base).weights(Repo.stories260K()).device(Device.HOST).threads(2).load()) {
      Generation r = m.generate(g.prompt(), GenerateOptions.greedy(g.maxTokens()));
      assertEquals(continuation(g), r.text());
      assertArrayEquals(g.ids(), r.single().tokens());
    }
  }

  @Test
  void aCheckpointOfAnotherShapeIsRefusedAtLoad() {
    Path other = dir.resolve("four-layers");
    int rc = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "compile",
        Repo.path("models/llama2c.fractal").toString(), "-o", other.toString(), "--target", "host", "--config", "n_layers=4");
    assertEquals(0, rc);
    var e = assertThrows(ModelLoadException.class, () -> Model.fromBundle(other).weights(Repo.stories260K()).load());
    assertTrue(e.getMessage().contains("n_layers") && e.getMessage().contains("5") && e.getMessage().contains("4"), e.getMessage());
  }

  @Test
  void aBundleOnTheClassPathLoadsByName() throws Exception {
    Golden g = Llama2cGoldens.named("once_n64");
    try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
        Model m = Model.fromClasspath("llama2c", cl).weights(Repo.stories260K()).device(Device.HOST).threads(1).load()) {
      assertEquals(continuation(g), m.generate(g.prompt(), GenerateOptions.greedy(g.maxTokens())).text());
    }
  }

  @Test
  void closeNeverThrowsAndAClosedModelRefusesCalls() {
    Model m = Model.fromBundle(bundle).weights(Repo.stories260K()).device(Device.HOST).threads(1).load();
    m.close();
    m.close();
    assertThrows(IllegalStateException.class, () -> m.generate("Once", GenerateOptions.greedy(4)));
  }
}
