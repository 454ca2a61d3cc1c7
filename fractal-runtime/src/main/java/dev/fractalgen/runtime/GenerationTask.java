package dev.fractalgen.runtime;

import dev.fractalgen.runtime.exec.Cancellation;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A generate call running on its own thread ({@link Model#start}). {@link #cancel()} from any
 * thread stops the kernel at its next step; {@link #join()} then returns what was generated, the
 * unfinished sequences marked {@link StopReason#CANCELLED}.
 */
public final class GenerationTask {
  private final Cancellation cancellation = new Cancellation();
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile Generation result;
  private volatile RuntimeException failure;

  private GenerationTask() {}

  static GenerationTask start(Function<Cancellation, Generation> call) {
    GenerationTask t = new GenerationTask();
    Thread.ofPlatform().name("fractal-generate").daemon().start(() -> {
      try {
        t.result = call.apply(t.cancellation);
      } catch (RuntimeException e) {
        t.failure = e;
      } catch (Error e) {
        t.failure = new GenerationException("generation failed: " + e, e);
      } finally {
        t.done.countDown();
      }
    });
    return t;
  }

  /** Asks the kernel to stop; returns at once (use {@link #join()} to wait). */
  public void cancel() {
    cancellation.cancel();
  }

  public boolean isDone() {
    return done.getCount() == 0;
  }

  /**
   * Waits for the call and returns its result.
   *
   * @throws FractalException what the call failed with (an exception of a listener as it was thrown)
   */
  public Generation join() {
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    return outcome();
  }

  /** As {@link #join()}, waiting at most {@code timeout}; null if the call is still running then. */
  public Generation join(Duration timeout) throws InterruptedException {
    if (!done.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) return null;
    return outcome();
  }

  private Generation outcome() {
    if (failure != null) throw failure;
    return result;
  }
}
