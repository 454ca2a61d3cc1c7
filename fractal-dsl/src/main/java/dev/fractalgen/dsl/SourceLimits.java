package dev.fractalgen.dsl;

import dev.fractalgen.dsl.FractalFrontEnd.Problem;
import dev.fractalgen.dsl.elab.IssueCodes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Bounds on what the front end reads, checked on the text before the parser sees it: the parser
 * and the elaborator recurse once per nesting level, so an input built to nest thousands deep
 * would otherwise end in a stack overflow. Real models stay far below both bounds (llama3.fractal
 * is 7 KB and nests 7 deep).
 */
public final class SourceLimits {
  static final int MAX_CHARS = 1 << 18;
  static final int MAX_DEPTH = 128;
  /** Stack of the thread the front end runs on: long flat chains (a sum of 50000 terms) still recurse per operator. */
  private static final long STACK_BYTES = 1L << 30;

  private SourceLimits() {}

  /**
   * The most ETDG nodes a program may lower to: several passes compare nodes pairwise, so time
   * grows faster than the graph; the largest model here lowers to about 240.
   */
  static final int MAX_NODES = 10_000;

  /** A lowered graph past {@link #MAX_NODES}, as a problem at the program's start. */
  static Optional<Problem> checkGraph(dev.fractalgen.etdg.model.Graph g, String name) {
    long nodes = 0;
    for (var it = g.eAllContents(); it.hasNext(); ) {
      if (it.next() instanceof dev.fractalgen.etdg.model.Node) nodes++;
    }
    if (nodes <= MAX_NODES) return Optional.empty();
    return Optional.of(new Problem(name, 1, 1, true, "the program lowers to " + nodes + " operations; at most " + MAX_NODES
        + " are compiled", IssueCodes.PROGRAM_TOO_LARGE));
  }

  /** The first limit {@code text} exceeds, as a located problem. */
  public static Optional<Problem> check(String text, String name) {
    if (text.length() > MAX_CHARS) {
      return Optional.of(new Problem(name, 1, 1, true, "the program has " + text.length() + " characters; at most " + MAX_CHARS
          + " are accepted", IssueCodes.PROGRAM_TOO_LARGE));
    }
    int depth = 0, line = 1, col = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      col++;
      if (c == '\n') {
        line++;
        col = 0;
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n') i++;
      } else if (c == '"') {
        // a string ends at its closing quote or at the line's end (the parser reports that)
        while (i + 1 < text.length() && text.charAt(i + 1) != '"' && text.charAt(i + 1) != '\n') {
          i++;
          col++;
        }
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
          col++;
        }
      } else if (c == '(' || c == '[' || c == '{') {
        if (++depth > MAX_DEPTH) {
          return Optional.of(new Problem(name, line, col, true, "brackets nest more than " + MAX_DEPTH + " deep here; split the expression with let",
              IssueCodes.NESTING_TOO_DEEP));
        }
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code work} on a thread with a large stack; a stack overflow all the same becomes
   * {@code overflow}'s result instead of an error.
   */
  public static <T> T onLargeStack(Supplier<T> work, Supplier<T> overflow) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (StackOverflowError e) {
        result.set(overflow.get());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "fractal-front-end", STACK_BYTES);
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    if (failure.get() instanceof RuntimeException e) throw e;
    if (failure.get() instanceof Error e) throw e;
    return result.get();
  }
}
