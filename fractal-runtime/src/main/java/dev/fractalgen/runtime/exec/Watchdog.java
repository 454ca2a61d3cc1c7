package dev.fractalgen.runtime.exec;

import java.util.List;

/** Waits for the kernel's threads while streaming tokens; past the timeout it asks the kernel to stop. */
final class Watchdog {
  private static final long GRACE_MILLIS = 10_000;

  private Watchdog() {
  }

  /** True when the timeout was reached (the kernel was asked to abort). */
  static boolean await(List<Thread> workers, TokenStream stream, long timeoutMillis, Runnable abort) {
    long deadline = timeoutMillis > 0 ? System.currentTimeMillis() + timeoutMillis : Long.MAX_VALUE;
    boolean aborted = false;
    for (Thread t : workers) {
      while (t.isAlive()) {
        stream.poll();
        try {
          t.join(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          abort.run();
          throw new ExecutionException("interrupted while generating");
        }
        if (!aborted && System.currentTimeMillis() > deadline) {
          abort.run();
          aborted = true;
          deadline = System.currentTimeMillis() + GRACE_MILLIS;
        } else if (aborted && System.currentTimeMillis() > deadline) {
          throw new ExecutionException("the kernel did not stop within " + GRACE_MILLIS + " ms of being aborted");
        }
      }
    }
    return aborted;
  }
}
