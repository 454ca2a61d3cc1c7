package dev.fractalgen.runtime.exec;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tokens out of the kernel's output buffers while it runs: each sequence's count is read
 * with acquire order (the kernel publishes it with release after writing the token), then the
 * new tokens are handed to the callback.
 */
final class TokenStream {
  private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
  private final int batch;
  private final MemorySegment tokens, counts;
  private final long capacity;
  private final TokenCallback callback;
  private final Cancellation cancel;
  private final int[] seen;
  private Throwable callbackFailure;
  private final long start = System.nanoTime();
  private long firstToken = -1;

  TokenStream(int batch, MemorySegment tokens, MemorySegment counts, long capacity, TokenCallback callback, Cancellation cancel) {
    this.batch = batch;
    this.cancel = cancel;
    this.tokens = tokens;
    this.counts = counts;
    this.capacity = capacity;
    this.callback = callback;
    this.seen = new int[batch];
  }

  /** Delivers every token published since the last poll. */
  void poll() {
    for (int s = 0; s < batch; s++) {
      int n = (int) INT.getAcquire(counts, 4L * s);
      for (int i = seen[s]; i < n; i++) {
        if (firstToken < 0) firstToken = System.nanoTime() - start;
        if (callback != null && callbackFailure == null) deliver(s, i, tokens.getAtIndex(ValueLayout.JAVA_INT, s * capacity + i));
      }
      seen[s] = Math.max(seen[s], n);
    }
  }

  /** A callback that throws stops the kernel (it must not run on unwatched) and gets no more tokens. */
  private void deliver(int s, int i, int token) {
    try {
      callback.onToken(s, i, token);
    } catch (RuntimeException | Error e) {
      callbackFailure = e;
      cancel.cancel();
    }
  }

  /** Rethrows what the callback threw, if it did; called once the kernel has stopped. */
  void rethrowCallbackFailure() {
    if (callbackFailure instanceof RuntimeException e) throw e;
    if (callbackFailure instanceof Error e) throw e;
  }

  /** The result; {@code logits(s)} gives sequence s's final logits. */
  GenerationResult result(MemorySegment status, long wallNanos, java.util.function.IntFunction<float[]> logits, BlockProfile profile) {
    List<GenerationResult.Sequence> out = new ArrayList<>();
    for (int s = 0; s < batch; s++) {
      int n = counts.getAtIndex(ValueLayout.JAVA_INT, s);
      int[] t = new int[n];
      for (int i = 0; i < n; i++) t[i] = tokens.getAtIndex(ValueLayout.JAVA_INT, s * capacity + i);
      int st = status.getAtIndex(ValueLayout.JAVA_INT, s);
      out.add(new GenerationResult.Sequence(t, st == STOP_EOS ? "eos" : st == STOP_MAX_TOKENS ? "max_tokens" : "stopped", logits.apply(s)));
    }
    return new GenerationResult(out, wallNanos, firstToken, profile.first(), profile.slowest());
  }
}
