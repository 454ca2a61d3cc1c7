package dev.fractalgen.runtime.exec;

/**
 * Asks a running generate call to stop: set by a token callback, by another thread, or by the
 * executor itself when the callback fails. The kernel reads its abort word once per step, so it
 * stops within one step of {@link #cancel()}; the call then returns what was generated so far.
 */
public final class Cancellation {
  private volatile boolean requested;
  private volatile boolean hasDeadline;
  private volatile long deadlineNanos;

  public void cancel() {
    requested = true;
  }

  /** Cancels the call once {@code timeout} has passed from now. */
  public Cancellation after(java.time.Duration timeout) {
    deadlineNanos = System.nanoTime() + timeout.toNanos();
    hasDeadline = true;
    return this;
  }

  /** Whether the call was cancelled or its deadline passed. */
  public boolean requested() {
    return requested || expired();
  }

  /** Whether the deadline of {@link #after} has passed. */
  public boolean expired() {
    // compared as a difference: nanoTime may wrap
    return hasDeadline && System.nanoTime() - deadlineNanos > 0;
  }
}
