package dev.fractalgen.etdg.interp;

import java.util.List;

/**
 * What one sequence of a generate call produced.
 *
 * @param tokens the emitted token ids: prompt excluded, a sampled EOS excluded
 * @param stopReason the status that ended the sequence
 * @param steps how many times the step region ran (prompt steps included)
 */
public record SequenceResult(List<Integer> tokens, StopReason stopReason, int steps) {
  public SequenceResult {
    tokens = List.copyOf(tokens);
  }
}
