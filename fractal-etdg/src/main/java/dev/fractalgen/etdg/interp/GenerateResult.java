package dev.fractalgen.etdg.interp;

import java.util.List;

/** The outcome of a generate call: one {@link SequenceResult} per prompt, in prompt order. */
public record GenerateResult(List<SequenceResult> sequences) {
  public GenerateResult {
    sequences = List.copyOf(sequences);
  }

  public SequenceResult sequence(int seq) {
    return sequences.get(seq);
  }
}
