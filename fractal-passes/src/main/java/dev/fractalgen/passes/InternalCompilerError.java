package dev.fractalgen.passes;

import java.util.List;

/**
 * A bug of the compiler, not of the user's program: a pass failed, left an invalid graph, or
 * changed what the graph computes. It names the pass, lists the problems and carries the graph's
 * text form so the failure can be reproduced from the message alone.
 */
public final class InternalCompilerError extends RuntimeException {
  private final String passName;
  private final List<String> problems;
  private final String graphText;

  public InternalCompilerError(String passName, String summary, List<String> problems, String graphText,
      Throwable cause) {
    super(message(passName, summary, problems, graphText), cause);
    this.passName = passName;
    this.problems = List.copyOf(problems);
    this.graphText = graphText;
  }

  private static String message(String passName, String summary, List<String> problems, String graphText) {
    StringBuilder b = new StringBuilder("internal compiler error in pass '").append(passName).append("': ")
        .append(summary);
    for (String p : problems) b.append("\n  ").append(p);
    if (graphText != null) b.append("\n--- graph ---\n").append(graphText);
    return b.toString();
  }

  public String passName() {
    return passName;
  }

  public List<String> problems() {
    return problems;
  }

  /** The graph's text form where the error was found (after the failing pass), or null. */
  public String graphText() {
    return graphText;
  }
}
