package dev.fractalgen.tools;

import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.checkpoint.DType;
import dev.fractalgen.runtime.checkpoint.Tensor;
import dev.fractalgen.runtime.exec.CudaExecutor;
import dev.fractalgen.runtime.exec.Executor;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.HostExecutor;
import dev.fractalgen.runtime.exec.WeightImage;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times greedy generation of a bundle: {@code GpuBenchmark BUNDLE WEIGHTS [--random SEED]
 * [--batch 1,8] [--prompt-len P] [--tokens N] [--reps R] [--backend cuda|host]}. Every sequence
 * has the same P-token prompt ({@link #prompt}, the ids tools/bench/torch_decode.py uses too) and
 * generates N tokens: P - 1 + N steps, one position each, prompt positions included. With {@code
 * --random} the weights file is first written with seeded values (norm gains 1, other weights
 * uniform in +-1/sqrt(fan-in)), so a baseline can read the very same weights. Prints one line per
 * batch size: the median over R timed calls of the time per step (launch to exit, all sequences
 * together) and the first generated tokens of sequence 0. {@code --backend host} runs the host
 * kernel on all cores instead (to try the benchmark, or compare tokens, where there is no GPU).
 */
public final class GpuBenchmark {
  private GpuBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    Bundle bundle = Bundle.open(Path.of(args[0]));
    Path weightsFile = Path.of(args[1]);
    if (a.contains("--random")) writeRandom(bundle.manifest(), weightsFile, Long.parseLong(option(a, "--random", "1")));
    int tokens = Integer.parseInt(option(a, "--tokens", "128"));
    int reps = Integer.parseInt(option(a, "--reps", "5"));
    int[] prompt = prompt(Integer.parseInt(option(a, "--prompt-len", "1")), bundle.manifest().vocab());
    MemorySegment blob = WeightImage.read(weightsFile);
    boolean host = option(a, "--backend", "cuda").equals("host");
    try (Executor ex = host ? new HostExecutor(bundle, blob, Runtime.getRuntime().availableProcessors()) : new CudaExecutor(bundle, blob, 0)) {
      for (String b : option(a, "--batch", "1").split(",")) {
        int batch = Integer.parseInt(b);
        int[][] prompts = new int[batch][];
        for (int s = 0; s < batch; s++) prompts[s] = prompt.clone();
        // no EOS stop can shorten the run: eos tokens of the program still apply, so steps are counted
        GenerationRequest r = new GenerationRequest(prompts, Map.of("max_tokens", (double) tokens, "temperature", 0.0));
        ex.generate(r, null, 600_000);
        long[] perStep = new long[reps];
        GenerationResult last = null;
        for (int k = 0; k < reps; k++) {
          last = ex.generate(r, null, 600_000);
          perStep[k] = last.wallNanos() / Math.max(1, steps(prompt, last));
        }
        Arrays.sort(perStep);
        int[] first = Arrays.copyOf(last.sequences().get(0).tokens(), Math.min(16, last.sequences().get(0).tokens().length));
        // every sequence's tokens, so that variants are compared on the whole batch, not sequence 0's start
        java.util.zip.CRC32 all = new java.util.zip.CRC32();
        for (var seq : last.sequences()) for (int t : seq.tokens()) all.update(java.nio.ByteBuffer.allocate(4).putInt(t).array());
        System.out.printf("fractal  batch %-3d %8.1f us/step  %9.0f tok/s  steps %d  (%s)  tokens %s  all %08x%n", batch,
            perStep[reps / 2] / 1e3, batch * 1e9 / perStep[reps / 2], steps(prompt, last), ex.device(), Arrays.toString(first), all.getValue());
        GpuConformance.printProfile(bundle.manifest().profile(), last, Integer.MAX_VALUE);
      }
    }
  }

  /**
   * The benchmark's prompt of {@code length} ids below {@code vocab}: 1, then a fixed stride through
   * the vocabulary (any ids do on random weights; the baseline computes the same ones).
   */
  static int[] prompt(int length, long vocab) {
    int[] p = new int[length];
    for (int i = 0; i < length; i++) p[i] = (int) (1 + (long) i * 7919 % (vocab - 1));
    return p;
  }

  /** Steps of the longest sequence: one per position, its prompt's after the first and one per generated token. */
  private static int steps(int[] prompt, GenerationResult r) {
    return prompt.length - 1 + r.sequences().stream().mapToInt(x -> x.tokens().length).max().orElse(1);
  }

  private static String option(List<String> a, String name, String fallback) {
    int i = a.indexOf(name);
    return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : fallback;
  }

  /** Uniform weights of scale 1/sqrt(fan-in) (norm gains 1) in each weight's dtype, written as a weights image. */
  private static void writeRandom(Manifest m, Path file, long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    // pack asks for the weights in manifest order, so the random stream is drawn in that order
    MemorySegment blob = WeightImage.pack(m, name -> {
      Manifest.WeightEntry w = m.weights().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      long[] shape = w.shape();
      double scale = 1 / Math.sqrt(shape[shape.length - 1]);
      boolean gain = w.name().startsWith("rms") || w.name().endsWith("norm");
      float[] v = new float[Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact))];
      for (int i = 0; i < v.length; i++) v[i] = gain ? 1f : (float) ((rnd.nextDouble() * 2 - 1) * scale);
      return Tensor.ofFloats(name, DType.valueOf(w.dtype().toUpperCase()), shape, v).data();
    });
    WeightImage.write(blob, file);
  }

}
