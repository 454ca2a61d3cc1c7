package dev.fractalgen.etdg.verify;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An internal error: a graph that the compiler built or transformed is not a valid ETDG. It lists
 * every problem, each naming the offending line, so the pass that broke the graph can be found.
 */
public final class InvalidGraphException extends RuntimeException {
  private final List<VerifyError> errors;

  public InvalidGraphException(String graphName, List<VerifyError> errors) {
    super("invalid ETDG '" + graphName + "' (" + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
        + "):\n" + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<VerifyError> errors() {
    return errors;
  }
}
