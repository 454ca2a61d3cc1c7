package dev.fractalgen.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a run does on SIGINT or SIGTERM: the JVM's shutdown hook interrupts the generating thread,
 * whose executor then stops the kernel (the run prints what was generated so far), and waits
 * until that is printed, a few seconds at most. The JVM then exits with the signal's status (130,
 * 143). A run that ended on its own marks itself done, and the hook does nothing.
 */
final class SignalStop implements AutoCloseable {
  /** How long the hook waits for the interrupted run to print what it has. */
  private static final long PRINT_SECONDS = 5;

  private final Thread runner = Thread.currentThread();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onSignal, "fractal-stop");
  private volatile boolean requested;

  private SignalStop() {
  }

  /** A stop for the calling thread's run. */
  static SignalStop install() {
    SignalStop s = new SignalStop();
    Runtime.getRuntime().addShutdownHook(s.hook);
    return s;
  }

  private void onSignal() {
    if (done.getCount() == 0) return;
    requested = true;
    runner.interrupt();
    try {
      done.await(PRINT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether a signal asked the run to stop. */
  boolean requested() {
    return requested;
  }

  /** The run is over (and has printed what it had): the hook has nothing left to wait for. */
  @Override
  public void close() {
    done.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running or ran
    }
  }

  /**
   * Prints {@code partial} as the run's output and summary, and a line saying the run was stopped;
   * the status a stopped run returns (the JVM itself exits with 128 + the signal).
   */
  static int stopped(RunCommand c, RunOutput out, java.io.PrintWriter err, LoopFacts facts, SamplingOptions.Resolved s,
      KernelSource.Loaded k, long loadNanos, dev.fractalgen.runtime.text.Tokenizer tok, java.util.List<Prompts.Prompt> prompts,
      StreamedTokens partial, String device) {
    c.report(out, err, facts, s, k, loadNanos, tok, prompts, partial.partial(), device);
    err.println("fractal: stopped by a signal; the output above is what was generated until then");
    err.flush();
    return Main.STOPPED;
  }
}
