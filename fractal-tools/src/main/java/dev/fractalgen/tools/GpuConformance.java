package dev.fractalgen.tools;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.exec.CudaExecutor;
import dev.fractalgen.runtime.exec.ExecutionException;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.WeightImage;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a conformance pack on the CUDA backend: for every model directory (bundle, weights.bin,
 * cases.json) every case's tokens and stop reasons must equal the expected ones. Prints one line
 * per case and exits 1 on any mismatch. {@code --first} runs only the first case of each model,
 * {@code --cases=A,B} only the cases of those names (e.g. {@code greedy b1,greedy b11}); with
 * {@code --batched} only the models whose bundle has a kernel for larger batches (Manifest#batchedFrom).
 * Needs only the runtime and JCuda on the class path.
 */
public final class GpuConformance {
  private GpuConformance() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: GpuConformance PACK_DIR [--first | --cases=NAME,...] [--batched]");
      System.exit(2);
    }
    boolean first = Arrays.asList(args).contains("--first");
    List<String> named = Arrays.stream(args).filter(a -> a.startsWith("--cases=")).flatMap(a -> Arrays.stream(a.substring(8).split(","))).toList();
    int failures = 0;
    List<Path> models;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      models = s.filter(Files::isDirectory).sorted().toList();
    }
    boolean batchedOnly = Arrays.asList(args).contains("--batched");
    for (Path m : models) {
      if (batchedOnly && Bundle.open(m.resolve("bundle")).manifest().batchedFrom("sm_90") == 0) continue;
      failures += runModel(m, first, named);
    }
    System.out.println(failures == 0 ? "ALL PASSED" : failures + " FAILED");
    System.exit(failures == 0 ? 0 : 1);
  }

  /**
   * Runs a pack model's cases on the whole grid and, where its folder has a {@code grid-blocks}
   * file (ConformancePack), again on a grid of that many blocks.
   */
  private static int runModel(Path dir, boolean first, List<String> named) throws Exception {
    Bundle bundle = Bundle.open(dir.resolve("bundle"));
    MemorySegment blob = WeightImage.read(dir.resolve("weights.bin"));
    List<ConformanceCase> cases = new Gson().fromJson(Files.readString(dir.resolve("cases.json")),
        new TypeToken<List<ConformanceCase>>() {}.getType());
    List<ConformanceCase> run = first ? cases.subList(0, 1) : named.isEmpty() ? cases : cases.stream().filter(c -> named.contains(c.name())).toList();
    Path capFile = dir.resolve("grid-blocks");
    int failures = runCases(dir, bundle, blob, run, 0);
    if (Files.exists(capFile)) failures += runCases(dir, bundle, blob, run, Integer.parseInt(Files.readString(capFile).strip()));
    return failures;
  }

  /** Runs {@code run} on a grid of at most {@code maxBlocks} blocks (0: one a multiprocessor); the failures. */
  private static int runCases(Path dir, Bundle bundle, MemorySegment blob, List<ConformanceCase> run, int maxBlocks) {
    int failures = 0;
    try (CudaExecutor ex = new CudaExecutor(bundle, blob, 0, maxBlocks)) {
      for (ConformanceCase c : run) {
        String name = maxBlocks > 0 ? c.name() + " @" + maxBlocks : c.name();
        String line = String.format("%-10s %-22s ", dir.getFileName(), name);
        try {
          List<String> streamed = new ArrayList<>();
          GenerationResult r = ex.generate(new GenerationRequest(c.prompts(), c.params()), (s, i, t) -> streamed.add(s + ":" + t), 120_000);
          String diff = compare(c, r);
          if (streamed.size() != r.totalTokens()) diff = "streamed " + streamed.size() + " of " + r.totalTokens() + " tokens";
          failures += diff == null ? 0 : 1;
          System.out.println(line + (diff == null ? "PASS" : "FAIL " + diff) + String.format(
              "  (%s on %s, %d tokens, %.1f ms, %.0f tok/s, vs %s)", ex.target(), ex.deviceName(), r.totalTokens(),
              r.wallNanos() / 1e6, r.tokensPerSecond(), c.reference()));
          printProfile(bundle.manifest().profile(), r, 16);
        } catch (ExecutionException e) {
          failures++;
          System.out.println(line + "FAIL " + e.getMessage());
        }
      }
    }
    return failures;
  }

  /**
   * The costliest segments between grid barriers, summed over the call's steps, ordered by the
   * slowest block's time: the first thread's and the slowest block's share of the first thread's total;
   * the {@code rows} costliest.
   */
  static void printProfile(List<String> labels, GenerationResult r, int rows) {
    long[] first = r.profile(), slowest = r.profileSlowest();
    if (first.length == 0) return;
    long total = Arrays.stream(first).sum();
    Integer[] order = new Integer[first.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Long.compare(slowest[b], slowest[a]));
    System.out.printf("    profile: %d segments, %.3f ms in all on the first thread; per segment: first thread, slowest block%n",
        first.length, total / 1e6);
    for (int k = 0; k < Math.min(rows, order.length); k++) {
      int i = order[k];
      String label = labels.get(i);
      System.out.printf("    %5.1f%% %9.3f ms  %5.1f%% %9.3f ms  #%-3d %s%n", 100.0 * first[i] / Math.max(1, total), first[i] / 1e6,
          100.0 * slowest[i] / Math.max(1, total), slowest[i] / 1e6, i, label.length() > 100 ? label.substring(0, 100) + "..." : label);
    }
  }

  private static String compare(ConformanceCase c, GenerationResult r) {
    for (int s = 0; s < c.prompts().length; s++) {
      int[] got = r.sequences().get(s).tokens();
      if (!Arrays.equals(got, c.tokens().get(s))) {
        return "sequence " + s + ": got " + Arrays.toString(got) + ", expected " + Arrays.toString(c.tokens().get(s));
      }
      if (!r.sequences().get(s).stop().equals(c.stops().get(s))) return "sequence " + s + " stop " + r.sequences().get(s).stop();
      if (c.logits() != null) {
        float[] want = c.logits().get(s), have = r.sequences().get(s).finalLogits();
        if (want.length != have.length) return "sequence " + s + ": " + have.length + " final logits, expected " + want.length;
        double scale = 1, worst = 0;
        for (int i = 0; i < want.length; i++) {
          scale = Math.max(scale, Math.abs(want[i]));
          worst = Math.max(worst, Math.abs(want[i] - have[i]));
        }
        if (worst > ConformanceCase.LOGITS_TOLERANCE * scale) return "sequence " + s + ": final logits differ by " + worst;
      }
    }
    return null;
  }
}
