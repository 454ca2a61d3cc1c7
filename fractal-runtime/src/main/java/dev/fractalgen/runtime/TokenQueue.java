package dev.fractalgen.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Tokens handed from the generating thread to a consumer's stream. The queue is unbounded (tokens
 * are small, and blocking the generating thread would stall its watchdog); closing the stream
 * cancels the call and waits for the kernel to stop.
 */
final class TokenQueue implements Iterator<Token> {
  private static final Token END = new Token(-1, -1, -1, "");
  private final LinkedBlockingQueue<Token> queue = new LinkedBlockingQueue<>();
  private volatile boolean closed;
  private GenerationTask task;
  private Token next;

  static Stream<Token> stream(Function<TokenListener, GenerationTask> start) {
    TokenQueue q = new TokenQueue();
    q.task = start.apply(q::offer);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(q, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(q::close);
  }

  private boolean offer(Token t) {
    queue.add(t);
    return !closed;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      while (next == null) {
        try {
          next = queue.poll(1, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          close();
          throw new GenerationException("interrupted while waiting for tokens", e);
        }
        // every token is queued before the task ends: a queue still empty once it has ended is the end (or a failure)
        if (next == null && task.isDone() && (next = queue.poll()) == null) {
          task.join();
          next = END;
        }
      }
    }
    return next != END;
  }

  @Override
  public Token next() {
    if (!hasNext()) throw new NoSuchElementException();
    Token t = next;
    next = null;
    return t;
  }

  private void close() {
    closed = true;
    task.cancel();
    try {
      task.join();
    } catch (RuntimeException ignored) {
      // a failure after the consumer stopped reading is of no interest to it
    }
  }
}
