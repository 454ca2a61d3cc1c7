package dev.fractalgen.passes.validate;

import dev.fractalgen.etdg.ShapeSymbols;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One random call of a generate step: a sequence of the batch, a position, a token of its prompt,
 * random state values, and the buffer values of a graph bound by buffer name, so that one input
 * drives a graph before and after a pass alike.
 */
record StepInputs(int seq, int[] prompt, int pos, int token, List<HostTensor> states) {

  /** Random inputs for {@code g}'s step; pos stays below every APPEND capacity. */
  static StepInputs random(Graph g, int[][] prompts, Random rnd) {
    int seq = rnd.nextInt(prompts.length);
    int[] prompt = prompts[seq];
    long bound = prompt.length + 8L;
    for (Buffer b : g.getGenerate().getStates()) {
      if (b.getGrowth() == Growth.APPEND) bound = Math.min(bound, b.getCapacity());
    }
    int pos = rnd.nextInt((int) Math.max(1, bound));
    int token = prompt[rnd.nextInt(prompt.length)];
    Map<String, Long> sizes = sizes(prompt, pos);
    List<HostTensor> states = new ArrayList<>();
    for (Buffer b : g.getGenerate().getStates()) {
      long[] row = TensorType.of(b).evaluate(sizes);
      long[] shape = row;
      if (b.getGrowth() == Growth.APPEND) {
        shape = new long[row.length + 1];
        shape[0] = pos;
        System.arraycopy(row, 0, shape, 1, row.length);
      }
      states.add(randomTensor(b.getDtype(), shape, rnd));
    }
    return new StepInputs(seq, prompt, pos, token, states);
  }

  static Map<String, Long> sizes(int[] prompt, int pos) {
    Map<String, Long> sizes = new HashMap<>();
    sizes.put(ShapeSymbols.PROMPT_LENGTH, (long) prompt.length);
    sizes.put(ShapeSymbols.POS, (long) pos);
    return sizes;
  }

  Map<String, Long> sizes() {
    return sizes(prompt, pos);
  }

  /** token, pos, then the states, as the step region takes them. */
  List<HostTensor> args() {
    List<HostTensor> args = new ArrayList<>(List.of(HostTensor.scalarI32(token), HostTensor.scalarI32(pos)));
    args.addAll(states);
    return args;
  }

  /** The WEIGHT, PARAM and SEQUENCE buffers of {@code g} bound as a generate call binds them. */
  Map<Buffer, HostTensor> buffers(Graph g, Map<String, HostTensor> weights, Map<String, Double> params) {
    Map<Buffer, HostTensor> bound = new HashMap<>();
    for (Buffer b : g.getBuffers()) {
      HostTensor t = switch (b.getKind()) {
        case WEIGHT -> weight(b, weights);
        case PARAM -> param(b, params.getOrDefault(b.getName(), b.getDefaultValue()));
        case SEQUENCE -> switch (b.getName()) {
          case "prompt" -> HostTensor.i32(new long[] {prompt.length}, prompt);
          case "prompt_len" -> HostTensor.scalarI32(prompt.length);
          case "seq" -> HostTensor.scalarI32(seq);
          default -> null;
        };
        case STATE -> null;
      };
      if (t != null) bound.put(b, t);
    }
    return bound;
  }

  /** A tied weight without its own value views its target's data under its own shape. */
  private static HostTensor weight(Buffer b, Map<String, HostTensor> weights) {
    HostTensor t = weights.get(b.getName());
    if (t == null && b.getTiedTo() != null) t = weights.get(b.getTiedTo().getName());
    if (t == null) return null;
    long[] shape = TensorType.of(b).evaluate(Map.of());
    long n = 1;
    for (long d : shape) n *= d;
    return n == t.size() && !java.util.Arrays.equals(shape, t.shape()) ? t.reshape(shape) : t;
  }

  private static HostTensor param(Buffer b, double v) {
    return b.getDtype() == DType.I32 ? HostTensor.scalarI32((int) (long) v)
        : HostTensor.ofFloats(b.getDtype(), new long[0], (float) v);
  }

  /** Standard normal floats, or i32 values in [0, 4): small enough to be valid indices and counts. */
  static HostTensor randomTensor(DType dtype, long[] shape, Random rnd) {
    long n = 1;
    for (long d : shape) n *= d;
    if (dtype == DType.I32) {
      int[] data = new int[(int) n];
      for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(4);
      return HostTensor.i32(shape, data);
    }
    float[] data = new float[(int) n];
    for (int i = 0; i < data.length; i++) data[i] = (float) rnd.nextGaussian();
    return HostTensor.ofFloats(dtype, shape, data);
  }

  @Override
  public String toString() {
    return "sequence " + seq + " (P = " + prompt.length + "), pos " + pos + ", token " + token;
  }
}
