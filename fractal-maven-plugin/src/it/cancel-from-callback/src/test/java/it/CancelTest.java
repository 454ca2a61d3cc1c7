package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.runtime.Completion;
import dev.fractalgen.runtime.Device;
import dev.fractalgen.runtime.GenerateOptions;
import dev.fractalgen.runtime.Generation;
import dev.fractalgen.runtime.GenerationTask;
import dev.fractalgen.runtime.Model;
import dev.fractalgen.runtime.StopReason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A long generation stopped early: the library stops the kernel within a bounded time and stays usable. */
class CancelTest {
  static Model model;

  @BeforeAll
  static void load() {
    Path root = Path.of(System.getProperty("fractal.root"));
    model = Model.fromClasspath("llama2c").weights(root.resolve("models/stories260K/stories260K.bin")).device(Device.HOST).threads(1).load();
  }

  @AfterAll
  static void close() {
    model.close();
  }

  /** 500 new tokens: the longest generation the model's 512 positions allow from "Once upon a time". */
  static final GenerateOptions LONG = GenerateOptions.greedy(500);

  @Test
  void theCallbackStopsTheGeneration() {
    AtomicInteger seen = new AtomicInteger();
    AtomicLong stoppedAt = new AtomicLong();
    Generation r = model.generate(List.of("Once upon a time"), LONG, t -> {
      if (seen.incrementAndGet() < 5) return true;
      stoppedAt.set(System.nanoTime());
      return false;
    });
    long afterStop = System.nanoTime() - stoppedAt.get();
    Completion c = r.single();
    assertEquals(StopReason.CANCELLED, c.stop());
    assertEquals(5, c.tokens().length, "the tokens up to the one the callback stopped at");
    assertEquals(5, seen.get(), "no token reaches the callback after it said stop");
    assertTrue(afterStop < 2_000_000_000L, "the call returned " + afterStop / 1e6 + " ms after the callback said stop");
  }

  @Test
  void anotherThreadCancelsTheGeneration() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    GenerationTask task = model.start(List.of("Once upon a time"), LONG, t -> seen.incrementAndGet() > 0);
    while (seen.get() == 0 && !task.isDone()) Thread.sleep(1);
    task.cancel();
    Generation r = task.join(Duration.ofSeconds(2));
    assertNotNull(r, "the task ended within 2 s of cancel()");
    Completion c = r.single();
    assertTrue(c.stop() == StopReason.CANCELLED || c.tokens().length == 500, c.stop() + " after " + c.tokens().length + " tokens");
  }

  @Test
  void theModelWorksAfterACancelledCall() {
    model.generate(List.of("Once upon a time"), LONG, t -> false);
    Completion c = model.generate("Once upon a time", GenerateOptions.greedy(20)).single();
    assertEquals(20, c.tokens().length);
    assertEquals(StopReason.MAX_TOKENS, c.stop());
  }
}
