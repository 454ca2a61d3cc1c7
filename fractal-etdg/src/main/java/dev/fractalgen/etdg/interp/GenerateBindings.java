package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The values of a graph's WEIGHT, PARAM and SEQUENCE buffers for a generate call, checked against
 * the buffers' declarations before anything runs.
 */
final class GenerateBindings {
  static final String PROMPT = "prompt";
  static final String PROMPT_LEN = "prompt_len";
  static final String SEQ = "seq";
  static final String MAX_TOKENS = "max_tokens";

  private GenerateBindings() {
  }

  /**
   * The weights (by buffer name; a tied weight without its own entry takes its target's data) and
   * every param (the given value, else the buffer's default). A weight missing from the map stays
   * unbound: the node that reads it reports it.
   */
  static Map<Buffer, HostTensor> shared(Graph graph, Map<String, HostTensor> weights, Map<String, Double> params) {
    Map<String, Buffer> byName = new HashMap<>();
    for (Buffer b : graph.getBuffers()) byName.put(b.getName(), b);
    for (String name : weights.keySet()) requireKind(byName.get(name), name, BufferKind.WEIGHT);
    for (String name : params.keySet()) requireKind(byName.get(name), name, BufferKind.PARAM);
    Map<Buffer, HostTensor> bound = new HashMap<>();
    for (Buffer b : graph.getBuffers()) {
      if (b.getKind() == BufferKind.WEIGHT) {
        HostTensor t = weights.get(b.getName());
        if (t == null && b.getTiedTo() != null) t = weights.get(b.getTiedTo().getName());
        if (t != null) bound.put(b, weightValue(b, t));
      } else if (b.getKind() == BufferKind.PARAM) {
        bound.put(b, paramValue(b, params.getOrDefault(b.getName(), b.getDefaultValue())));
      }
    }
    return bound;
  }

  /** The SEQUENCE buffers of sequence {@code seq}: prompt i32[P], prompt_len i32[], seq i32[]. */
  static Map<Buffer, HostTensor> sequence(Graph graph, int seq, int[] prompt) {
    Map<Buffer, HostTensor> bound = new HashMap<>();
    for (Buffer b : graph.getBuffers()) {
      if (b.getKind() != BufferKind.SEQUENCE) continue;
      HostTensor t = switch (b.getName()) {
        case PROMPT -> HostTensor.i32(new long[] {prompt.length}, prompt);
        case PROMPT_LEN -> HostTensor.scalarI32(prompt.length);
        case SEQ -> HostTensor.scalarI32(seq);
        default -> throw new InterpreterException("unknown sequence buffer %" + b.getName()
            + " (known: prompt, prompt_len, seq)");
      };
      if (b.getDtype() != DType.I32) throw new InterpreterException("sequence buffer %" + b.getName() + " must be i32");
      bound.put(b, t);
    }
    return bound;
  }

  /** The max_tokens param's value for this call, if the graph has one. */
  static OptionalLong maxTokens(Graph graph, Map<String, Double> params) {
    for (Buffer b : graph.getBuffers()) {
      if (b.getKind() == BufferKind.PARAM && b.getName().equals(MAX_TOKENS)) {
        return OptionalLong.of(paramValue(b, params.getOrDefault(b.getName(), b.getDefaultValue())).intAt(0));
      }
    }
    return OptionalLong.empty();
  }

  private static void requireKind(Buffer b, String name, BufferKind kind) {
    if (b == null || b.getKind() != kind) {
      throw new InterpreterException("the graph has no " + kind.getLiteral().toLowerCase() + " buffer %" + name);
    }
  }

  /** The weight's data under its declared shape: a tied weight may view its target's data under another shape. */
  private static HostTensor weightValue(Buffer b, HostTensor t) {
    long[] shape = EvalContext.shapeOf(b, Map.of(), null);
    boolean sameShape = Arrays.equals(shape, t.shape());
    boolean viewOfTied = b.getTiedTo() != null && HostTensor.elementCount(shape) == t.size();
    if (t.dtype() != b.getDtype() || !(sameShape || viewOfTied)) {
      throw new InterpreterException("weight %" + b.getName() + " is declared "
          + HostTensor.typeString(b.getDtype(), shape) + " but was given " + t.typeString());
    }
    return sameShape ? t : t.reshape(shape);
  }

  /**
   * A param as a scalar of its dtype. An i32 param must be an integer in [-2^31, 2^32): the top of
   * that range is for the seed words, u32 values carried as i32 (docs/etdg.md).
   */
  static HostTensor paramValue(Buffer b, double v) {
    if (b.getDtype() != DType.I32) return HostTensor.ofFloats(b.getDtype(), new long[0], (float) v);
    if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > 0xffffffffL) {
      throw new InterpreterException("param %" + b.getName() + " = " + v + " is not an i32 (or u32) integer");
    }
    return HostTensor.scalarI32((int) (long) v);
  }
}
