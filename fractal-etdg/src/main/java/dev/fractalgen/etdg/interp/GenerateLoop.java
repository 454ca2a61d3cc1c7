package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.ShapeSymbols;
import dev.fractalgen.etdg.StepStatus;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Generate;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The generate loop of docs/etdg.md, run for each sequence of the batch on its own:
 * <pre>
 * token = prompt[0]; pos = 0; states = zeros
 * loop:
 *   (next, status, s'...) = step(token, pos, states...)
 *   APPEND: states[i] = concat(states[i], [s'_i]); REPLACE: states[i] = s'_i
 *   status 0: nothing emitted; 1: emit next; 2: emit next, stop; 3: stop (EOS not emitted)
 *   token = next; pos = pos + 1
 * </pre>
 */
final class GenerateLoop {
  private final Graph graph;
  private final Generate generate;
  private final InterpreterOptions options;
  private final NodeObserver observer;

  GenerateLoop(Graph graph, InterpreterOptions options, NodeObserver observer) {
    if (graph.getGenerate() == null || graph.getGenerate().getStep() == null) {
      throw new InterpreterException("graph " + graph.getName() + " has no generate step");
    }
    this.graph = graph;
    this.generate = graph.getGenerate();
    this.options = options;
    this.observer = observer;
  }

  GenerateResult run(Map<String, HostTensor> weights, Map<String, Double> params, int[][] prompts, TokenListener listener) {
    Map<Buffer, HostTensor> shared = GenerateBindings.shared(graph, weights, params);
    OptionalLong maxTokens = GenerateBindings.maxTokens(graph, params);
    // Every prompt is checked before the first step runs, so a bad batch produces no tokens at all.
    for (int s = 0; s < prompts.length; s++) checkPrompt(s, prompts[s], maxTokens);
    List<SequenceResult> results = new ArrayList<>();
    for (int s = 0; s < prompts.length; s++) {
      Map<Buffer, HostTensor> buffers = new HashMap<>(shared);
      buffers.putAll(GenerateBindings.sequence(graph, s, prompts[s]));
      results.add(runSequence(s, prompts[s], buffers, listener));
    }
    return new GenerateResult(results);
  }

  private void checkPrompt(int s, int[] prompt, OptionalLong maxTokens) {
    if (prompt == null || prompt.length == 0) throw new InterpreterException("prompt " + s + " is empty");
    if (maxTokens.isEmpty()) return;
    for (Buffer b : generate.getStates()) {
      // the last emitted token is never fed back, so P + max_tokens - 1 positions get a row
      if (b.getGrowth() == Growth.APPEND && prompt.length + maxTokens.getAsLong() - 1 > b.getCapacity()) {
        throw new InterpreterException("prompt " + s + ": prompt length " + prompt.length + " + max_tokens "
            + maxTokens.getAsLong() + " - 1 exceeds the capacity " + b.getCapacity() + " of state %" + b.getName());
      }
    }
  }

  private SequenceResult runSequence(int s, int[] prompt, Map<Buffer, HostTensor> buffers, TokenListener listener) {
    List<Buffer> stateBuffers = generate.getStates();
    Map<String, Long> sizes = new HashMap<>();
    sizes.put(ShapeSymbols.PROMPT_LENGTH, (long) prompt.length);
    List<HostTensor> states = new ArrayList<>();
    for (Buffer b : stateBuffers) states.add(initialState(b, sizes));
    List<Integer> emitted = new ArrayList<>();
    int token = prompt[0];
    for (int pos = 0; ; pos++) {
      if (pos >= options.maxSteps()) {
        throw new InterpreterException("sequence " + s + " ran " + pos + " steps without stopping (maxSteps)");
      }
      sizes.put(ShapeSymbols.POS, (long) pos);
      EvalContext ctx = new EvalContext(sizes, buffers, options, observer, s, pos);
      List<HostTensor> args = new ArrayList<>(List.of(HostTensor.scalarI32(token), HostTensor.scalarI32(pos)));
      args.addAll(states);
      List<HostTensor> out = new RegionEvaluator(ctx).evaluate(generate.getStep(), args, null, null);
      String where = "sequence " + s + ", step " + pos + ": ";
      if (out.size() != 2 + stateBuffers.size()) {
        throw new InterpreterException(where + "the step yields " + out.size() + " values, expected next, status and "
            + stateBuffers.size() + " states");
      }
      int next = scalarI32(out.get(0), where + "next token");
      int status = scalarI32(out.get(1), where + "status");
      for (int i = 0; i < stateBuffers.size(); i++) {
        states.set(i, nextState(stateBuffers.get(i), states.get(i), out.get(2 + i), ctx, where));
      }
      StepStatus st = StepStatus.of(status);
      if (st == null) throw new InterpreterException(where + "status " + status + " is not one of 0, 1, 2, 3");
      switch (st) {
        case PROMPT -> { }
        case EMITTED, EMITTED_LAST -> {
          listener.onToken(s, emitted.size(), next);
          emitted.add(next);
          if (st == StepStatus.EMITTED_LAST) return new SequenceResult(emitted, StopReason.MAX_TOKENS, pos + 1);
        }
        case EOS -> {
          return new SequenceResult(emitted, StopReason.EOS, pos + 1);
        }
      }
      token = next;
    }
  }

  /** Zeros: an APPEND state starts with no rows, a REPLACE state with its declared type. */
  private static HostTensor initialState(Buffer b, Map<String, Long> sizes) {
    long[] row = rowShape(b, sizes);
    long[] shape = b.getGrowth() == Growth.APPEND ? Layout.concat(new long[] {0}, row) : row;
    return HostTensor.zeros(b.getDtype(), shape);
  }

  private static HostTensor nextState(Buffer b, HostTensor current, HostTensor returned, EvalContext ctx, String where) {
    long[] row = rowShape(b, ctx.sizes());
    if (returned.dtype() != b.getDtype() || !Arrays.equals(returned.shape(), row)) {
      throw new InterpreterException(where + "state %" + b.getName() + " returns " + returned.typeString()
          + ", declared " + HostTensor.typeString(b.getDtype(), row));
    }
    if (b.getGrowth() == Growth.REPLACE) return returned;
    if (current.dim(0) + 1 > b.getCapacity()) {
      throw new InterpreterException(where + "APPEND state %" + b.getName() + " is full (capacity " + b.getCapacity() + ")");
    }
    return appendRow(current, returned);
  }

  /** {@code rows} with {@code row} added after its last row. */
  static HostTensor appendRow(HostTensor rows, HostTensor row) {
    long[] shape = rows.shape();
    shape[0] += 1;
    TensorBuilder b = new TensorBuilder(rows.dtype(), shape);
    for (int i = 0; i < rows.size(); i++) b.copy(i, rows, i);
    for (int i = 0; i < row.size(); i++) b.copy(rows.size() + i, row, i);
    return b.build();
  }

  private static long[] rowShape(Buffer b, Map<String, Long> sizes) {
    return EvalContext.shapeOf(b, sizes, null);
  }

  private static int scalarI32(HostTensor t, String what) {
    if (t.dtype() != DType.I32 || t.rank() != 0) throw new InterpreterException(what + " must be i32[], got " + t.typeString());
    return t.intAt(0);
  }
}
