package dev.fractalgen.tools;

import dev.fractalgen.runtime.Completion;
import dev.fractalgen.runtime.Device;
import dev.fractalgen.runtime.GenerateOptions;
import dev.fractalgen.runtime.Generation;
import dev.fractalgen.runtime.GenerationTask;
import dev.fractalgen.runtime.Model;
import dev.fractalgen.runtime.StopReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public runtime API on a GPU: {@code LibraryCheck BUNDLE CHECKPOINT EXPECTED_TEXT_FILE}. With
 * the device chosen automatically, the model must land on CUDA, generate llama2.c's greedy
 * continuation of "Once upon a time" (252 new tokens; the file holds llama2.c's stdout), stop within a bounded time when a listener
 * or another thread cancels a long generation or its timeout passes, and keep working after. One
 * PASS or FAIL line per check; exit status 1 if any failed.
 */
public final class LibraryCheck {
  private static int failures;

  private LibraryCheck() {}

  public static void main(String[] args) throws Exception {
    // llama2.c's stdout: the prompt, its continuation, a newline
    String expected = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).substring("Once upon a time".length()).stripTrailing();
    try (Model model = Model.fromBundle(Path.of(args[0])).weights(Path.of(args[1])).load()) {
      check(model.device() == Device.CUDA, "Device.AUTO chose " + model.device() + " (" + model.deviceName() + ")");
      Generation g = model.generate("Once upon a time", GenerateOptions.greedy(252));
      check(g.text().equals(expected), "greedy text equals llama2.c's (" + g.single().tokens().length + " tokens, "
          + String.format("%.0f", g.tokensPerSecond()) + " tok/s)");

      AtomicInteger seen = new AtomicInteger();
      AtomicLong saidStop = new AtomicLong();
      Completion c = model.generate(List.of("Once upon a time"), GenerateOptions.greedy(500), t -> {
        if (seen.incrementAndGet() < 5) return true;
        saidStop.set(System.nanoTime());
        return false;
      }).single();
      long ms = (System.nanoTime() - saidStop.get()) / 1_000_000;
      check(c.stop() == StopReason.CANCELLED && c.tokens().length == 5 && ms < 1000,
          "a listener's stop: " + c.stop() + " after " + c.tokens().length + " tokens, returned " + ms + " ms later");

      GenerationTask task = model.start(List.of("Once upon a time"), GenerateOptions.greedy(500), null);
      task.cancel();
      long t0 = System.nanoTime();
      Generation cancelled = task.join(Duration.ofSeconds(5));
      check(cancelled != null && (cancelled.single().stop() == StopReason.CANCELLED || cancelled.single().tokens().length == 500),
          "another thread's cancel: " + (cancelled == null ? "still running after 5 s" : cancelled.single().stop() + " after "
              + cancelled.single().tokens().length + " tokens, " + (System.nanoTime() - t0) / 1_000_000 + " ms"));

      Completion timed = model.generate("Once upon a time", GenerateOptions.builder().temperature(0).maxTokens(500)
          .timeout(Duration.ofMillis(20)).build()).single();
      check(timed.stop() == StopReason.TIMEOUT || timed.tokens().length == 500, "a 20 ms timeout: " + timed.stop() + " after " + timed.tokens().length + " tokens");

      Generation again = model.generate("Once upon a time", GenerateOptions.greedy(252));
      check(again.text().equals(expected), "the same text after the cancelled calls");
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  private static void check(boolean ok, String what) {
    if (!ok) failures++;
    System.out.println((ok ? "PASS " : "FAIL ") + what);
  }
}
