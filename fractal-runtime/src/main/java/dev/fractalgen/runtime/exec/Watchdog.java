package dev.fractalgen.runtime.exec;

import java.util.List;

/**
 * Waits for the kernel's threads while streaming tokens; past the timeout, when cancelled, or when
 * the waiting thread is interrupted, it asks the kernel to stop and waits until it has (the
 * kernel's memory is released after), streaming what it still emits.
 */
final class Watchdog {
  private static final long GRACE_MILLIS = 10_000;

  private Watchdog() {
  }

  /**
   * True when the timeout was reached (the kernel was asked to abort); a cancelled call is not.
   *
   * @throws ExecutionException when interrupted, once the kernel stopped (the interrupt flag set again)
   */
  static boolean await(List<Thread> workers, TokenStream stream, long timeoutMillis, Cancellation cancel, Runnable abort) {
    long deadline = timeoutMillis > 0 ? System.currentTimeMillis() + timeoutMillis : Long.MAX_VALUE;
    boolean aborted = false, interrupted = false, timedOut = false;
    for (Thread t : workers) {
      while (t.isAlive()) {
        stream.poll();
        try {
          t.join(1);
        } catch (InterruptedException e) {
          interrupted = true;
          if (!aborted) {
            abort.run();
            aborted = true;
            deadline = System.currentTimeMillis() + GRACE_MILLIS;
          }
          continue;
        }
        if (!aborted && (cancel.requested() || System.currentTimeMillis() > deadline)) {
          timedOut = !cancel.requested();
          abort.run();
          aborted = true;
          deadline = System.currentTimeMillis() + GRACE_MILLIS;
        } else if (aborted && System.currentTimeMillis() > deadline) {
          throw new ExecutionException("the kernel did not stop within " + GRACE_MILLIS + " ms of being aborted");
        }
      }
    }
    if (interrupted) {
      stream.poll();
      Thread.currentThread().interrupt();
      throw new ExecutionException("interrupted while generating");
    }
    return timedOut;
  }
}
