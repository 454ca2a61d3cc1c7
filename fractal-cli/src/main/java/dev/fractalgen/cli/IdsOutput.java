package dev.fractalgen.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** {@code --output ids}: one line of generated ids (prompt excluded) per sequence, at the end. */
final class IdsOutput implements RunOutput {
  private final PrintWriter out;

  IdsOutput(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void start(List<Prompts.Prompt> prompts) {}

  @Override
  public void token(int seq, int index, int id) {}

  @Override
  public void finish(RunReport r) {
    for (var s : r.result().sequences()) {
      out.println(Arrays.stream(s.tokens()).mapToObj(String::valueOf).collect(Collectors.joining(" ")));
    }
    out.flush();
  }
}
