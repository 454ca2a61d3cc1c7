package dev.fractalgen.cli;

import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.TokenCallback;
import java.util.ArrayList;
import java.util.List;

/** The tokens a run has streamed so far, per sequence: what a run stopped by a signal still prints. */
final class StreamedTokens {
  private final List<List<Integer>> sequences = new ArrayList<>();
  private final long start = System.nanoTime();
  private long first = -1;

  StreamedTokens(int batch) {
    for (int s = 0; s < batch; s++) sequences.add(new ArrayList<>());
  }

  /** A callback that keeps each token and hands it on to {@code out}. */
  TokenCallback into(RunOutput out) {
    return (seq, index, id) -> {
      if (first < 0) first = System.nanoTime() - start;
      sequences.get(seq).add(id);
      out.token(seq, index, id);
    };
  }

  /** What was streamed, every sequence marked "stopped". */
  GenerationResult partial() {
    List<GenerationResult.Sequence> out = new ArrayList<>();
    for (List<Integer> t : sequences) out.add(new GenerationResult.Sequence(t.stream().mapToInt(Integer::intValue).toArray(), "stopped"));
    return new GenerationResult(out, System.nanoTime() - start, first, new long[0]);
  }
}
