package dev.fractalgen.dsl.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterOptions;
import dev.fractalgen.etdg.interp.NodeCapture;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Output;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The gpt2 and lstm programs decode greedily, under the reference interpreter and seeded random
 * weights, to the tokens and logits of independent plain-Java implementations of the two
 * architectures (greedy decoding of random weights soon repeats itself; the logits of every step
 * still check every layer).
 */
class ReferenceDecodeTest {
  private static final int[] PROMPT = {3, 14, 15, 9};
  private static final int MAX_TOKENS = 12;

  /** Seeded N(0, 0.5^2) weights for every untied weight buffer, by name, as flat row-major arrays. */
  private static Map<String, float[]> randomWeights(Graph g, long seed) {
    Random r = new Random(seed);
    Map<String, float[]> w = new HashMap<>();
    for (Buffer b : ModelGraphs.buffers(g, BufferKind.WEIGHT)) {
      if (b.getTiedTo() != null) continue;
      int n = 1;
      for (Dim d : b.getShape()) n *= (int) d.getConstant();
      float[] data = new float[n];
      for (int i = 0; i < n; i++) data[i] = (float) (r.nextGaussian() * 0.5);
      w.put(b.getName(), data);
    }
    return w;
  }

  /** What a greedy decode produced: the emitted tokens and the logits of every step, prompt steps included. */
  private record Decoded(List<Integer> tokens, List<float[]> logits) {}

  private static Decoded interpret(Graph g, Map<String, float[]> w) {
    Map<String, HostTensor> tensors = new HashMap<>();
    for (Buffer b : ModelGraphs.buffers(g, BufferKind.WEIGHT)) {
      if (b.getTiedTo() != null) continue;
      long[] shape = b.getShape().stream().mapToLong(Dim::getConstant).toArray();
      tensors.put(b.getName(), HostTensor.f32(shape, w.get(b.getName())));
    }
    NodeCapture logits = NodeCapture.of((Output) ModelGraphs.sample(g).getOperands().get(0).getValue());
    var result = new Interpreter(InterpreterOptions.defaults(), logits).generate(g, tensors,
        Map.of("temperature", 0.0, "max_tokens", (double) MAX_TOKENS), new int[][] {PROMPT}, null);
    return new Decoded(result.sequence(0).tokens(), logits.values(0).stream().map(HostTensor::floats).toList());
  }

  /** Same tokens, and logits equal up to float rounding of a different evaluation order. */
  private static void assertSameDecode(Decoded expected, Decoded actual) {
    assertEquals(expected.tokens(), actual.tokens());
    assertEquals(expected.logits().size(), actual.logits().size());
    for (int step = 0; step < expected.logits().size(); step++) {
      float[] e = expected.logits().get(step);
      float[] a = actual.logits().get(step);
      assertEquals(e.length, a.length);
      for (int i = 0; i < e.length; i++) {
        assertEquals(e[i], a[i], 1e-4 * Math.max(1, Math.abs(e[i])), "logit " + i + " of step " + step);
      }
    }
  }

  /** The loop of docs/etdg.md: force the prompt, then emit argmax tokens until EOS or MAX_TOKENS. */
  private static Decoded decode(BiFunction<Integer, Integer, float[]> step, int eos) {
    List<Integer> out = new ArrayList<>();
    List<float[]> seen = new ArrayList<>();
    int token = PROMPT[0];
    for (int pos = 0; ; pos++) {
      float[] logits = step.apply(token, pos);
      seen.add(logits);
      if (pos + 1 < PROMPT.length) {
        token = PROMPT[pos + 1];
        continue;
      }
      int next = argmax(logits);
      if (next == eos) return new Decoded(out, seen);
      out.add(next);
      if (out.size() == MAX_TOKENS) return new Decoded(out, seen);
      token = next;
    }
  }

  @Test
  void gpt2DecodesLikeAPlainImplementation() {
    Graph g = ModelGraphs.lower("gpt2", Map.of());
    Map<String, float[]> w = randomWeights(g, 42);
    int vocab = 96, d = 32, layers = 2, heads = 2, hd = d / heads;
    List<List<float[]>> keys = new ArrayList<>(), values = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      keys.add(new ArrayList<>());
      values.add(new ArrayList<>());
    }
    Decoded expected = decode((token, pos) -> {
      float[] x = new float[d];
      for (int i = 0; i < d; i++) x[i] = w.get("wte")[token * d + i] + w.get("wpe")[pos * d + i];
      for (int l = 0; l < layers; l++) {
        float[] a = layerNorm(x, slice(w.get("ln1_g"), l, d), slice(w.get("ln1_b"), l, d));
        float[] qkv = linear(slice(w.get("attn_w"), l, d * 3 * d), slice(w.get("attn_b"), l, 3 * d), a);
        float[] q = Arrays.copyOfRange(qkv, 0, d);
        keys.get(l).add(Arrays.copyOfRange(qkv, d, 2 * d));
        values.get(l).add(Arrays.copyOfRange(qkv, 2 * d, 3 * d));
        float[] att = new float[d];
        for (int h = 0; h < heads; h++) {
          int t = keys.get(l).size();
          float[] scores = new float[t];
          for (int j = 0; j < t; j++) {
            float s = 0;
            for (int i = 0; i < hd; i++) s += q[h * hd + i] * keys.get(l).get(j)[h * hd + i];
            scores[j] = s / (float) Math.sqrt(hd);
          }
          float[] p = softmax(scores);
          for (int j = 0; j < t; j++) {
            for (int i = 0; i < hd; i++) att[h * hd + i] += p[j] * values.get(l).get(j)[h * hd + i];
          }
        }
        x = add(x, linear(slice(w.get("attn_proj_w"), l, d * d), slice(w.get("attn_proj_b"), l, d), att));
        float[] m = linear(slice(w.get("fc_w"), l, d * 4 * d), slice(w.get("fc_b"), l, 4 * d),
            layerNorm(x, slice(w.get("ln2_g"), l, d), slice(w.get("ln2_b"), l, d)));
        for (int i = 0; i < m.length; i++) m[i] = gelu(m[i]);
        x = add(x, linear(slice(w.get("mlp_proj_w"), l, 4 * d * d), slice(w.get("mlp_proj_b"), l, d), m));
      }
      return matvec(w.get("wte"), vocab, layerNorm(x, w.get("lnf_g"), w.get("lnf_b")));
    }, 95);
    assertSameDecode(expected, interpret(g, w));
  }

  @Test
  void lstmDecodesLikeAPlainImplementation() {
    Graph g = ModelGraphs.lower("lstm", Map.of());
    Map<String, float[]> w = randomWeights(g, 7);
    int vocab = 64, hid = 32, layers = 2;
    float[][] h = new float[layers][hid], c = new float[layers][hid];
    Decoded expected = decode((token, pos) -> {
      float[] x = slice(w.get("embedding"), token, hid);
      for (int l = 0; l < layers; l++) {
        float[] gates = add(add(add(matvec(slice(w.get("w_ih"), l, 4 * hid * hid), 4 * hid, x), slice(w.get("b_ih"), l, 4 * hid)),
            matvec(slice(w.get("w_hh"), l, 4 * hid * hid), 4 * hid, h[l])), slice(w.get("b_hh"), l, 4 * hid));
        float[] h2 = new float[hid], c2 = new float[hid];
        for (int i = 0; i < hid; i++) {
          float in = sigmoid(gates[i]), f = sigmoid(gates[hid + i]);
          float gg = (float) Math.tanh(gates[2 * hid + i]), o = sigmoid(gates[3 * hid + i]);
          c2[i] = f * c[l][i] + in * gg;
          h2[i] = o * (float) Math.tanh(c2[i]);
        }
        h[l] = h2;
        c[l] = c2;
        x = h2;
      }
      return add(matvec(w.get("out_w"), vocab, x), w.get("out_b"));
    }, 0);
    assertSameDecode(expected, interpret(g, w));
  }

  private static float[] slice(float[] a, int i, int n) {
    return Arrays.copyOfRange(a, i * n, (i + 1) * n);
  }

  private static float[] add(float[] a, float[] b) {
    float[] r = new float[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[i] + b[i];
    return r;
  }

  /** w stored [rows, k] row-major. */
  private static float[] matvec(float[] w, int rows, float[] x) {
    float[] r = new float[rows];
    for (int i = 0; i < rows; i++) {
      float s = 0;
      for (int j = 0; j < x.length; j++) s += w[i * x.length + j] * x[j];
      r[i] = s;
    }
    return r;
  }

  /** x W + b with W stored [in, out] row-major, as GPT-2's Conv1D. */
  private static float[] linear(float[] w, float[] b, float[] x) {
    int out = b.length;
    float[] r = new float[out];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < out; j++) r[j] += w[i * out + j] * x[i];
    }
    return add(r, b);
  }

  private static float[] layerNorm(float[] x, float[] g, float[] b) {
    float mean = 0;
    for (float v : x) mean += v;
    mean /= x.length;
    float var = 0;
    for (float v : x) var += (v - mean) * (v - mean);
    var /= x.length;
    float inv = 1f / (float) Math.sqrt(var + 1e-5f);
    float[] r = new float[x.length];
    for (int i = 0; i < x.length; i++) r[i] = (x[i] - mean) * inv * g[i] + b[i];
    return r;
  }

  private static float[] softmax(float[] x) {
    float m = Float.NEGATIVE_INFINITY;
    for (float v : x) m = Math.max(m, v);
    float[] e = new float[x.length];
    float s = 0;
    for (int i = 0; i < x.length; i++) {
      e[i] = (float) Math.exp(x[i] - m);
      s += e[i];
    }
    for (int i = 0; i < x.length; i++) e[i] /= s;
    return e;
  }

  private static float gelu(float x) {
    return 0.5f * x * (1f + (float) Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715f * x * x * x)));
  }

  private static float sigmoid(float x) {
    return 1f / (1f + (float) Math.exp(-x));
  }

  private static int argmax(float[] x) {
    int best = 0;
    for (int i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
    return best;
  }
}
