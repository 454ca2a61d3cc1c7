package dev.fractalgen.etdg.build;

import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * Where in the program text a node came from ("llama2c.fractal:57:12"), so that a run-time error
 * of any backend can name the line. A front end sets the place it is lowering; every node the
 * builders create meanwhile carries it, as an EMF adapter (not part of the model, its text form or
 * its equality; a copied node has none and errors then name the node alone).
 */
public final class SourceSpans {
  private static final ThreadLocal<Supplier<String>> CURRENT = new ThreadLocal<>();

  private SourceSpans() {}

  /** The span a node carries. */
  private static final class Span extends AdapterImpl {
    final String at;

    Span(String at) {
      this.at = at;
    }
  }

  /** Nodes created from now on come from {@code at}; returns the place before, for {@link #restore}. */
  public static Supplier<String> enter(Supplier<String> at) {
    Supplier<String> before = CURRENT.get();
    CURRENT.set(at);
    return before;
  }

  public static void restore(Supplier<String> before) {
    if (before == null) CURRENT.remove();
    else CURRENT.set(before);
  }

  static void attach(EObject node) {
    Supplier<String> at = CURRENT.get();
    if (at != null) set(node, at.get());
  }

  /** Replaces the span of {@code node}. */
  public static void set(EObject node, String at) {
    node.eAdapters().removeIf(Span.class::isInstance);
    if (at != null) node.eAdapters().add(new Span(at));
  }

  public static Optional<String> of(EObject node) {
    for (Adapter a : node.eAdapters()) {
      if (a instanceof Span s) return Optional.of(s.at);
    }
    return Optional.empty();
  }
}
