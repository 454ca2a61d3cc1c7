package dev.fractalgen.cli;

import com.google.gson.Gson;
import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.WeightBlobs;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.interp.GenerateResult;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterOptions;
import dev.fractalgen.etdg.interp.NodeCapture;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.StageListener;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridScheduleChecker;
import dev.fractalgen.passes.schedule.GridScheduleParser;
import dev.fractalgen.passes.schedule.GridSchedules;
import dev.fractalgen.passes.validate.TranslationValidation;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.checkpoint.Checkpoints;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.HostExecutor;
import dev.fractalgen.runtime.exec.WeightImage;
import dev.fractalgen.runtime.kernel.HostCpu;
import dev.fractalgen.tools.ConformanceCase;
import java.io.PrintWriter;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The GPU conformance pack: per model a PTX bundle, its weights image, and cases whose expected
 * tokens come from the reference interpreter (greedy) and the host backend (sampling).
 */
final class ConformancePack {
  private final boolean profile;

  ConformancePack(boolean profile) {
    this.profile = profile;
  }

  private static final int[][] BATCH8 = {{1}, {1, 2, 3}, {4, 5}, {6}, {7, 8, 9, 10}, {3}, {2, 2}, {11, 12, 13}};
  private static final int[][] BATCH1 = {{1, 5}};
  /**
   * Eleven sequences: a GPU warp taking a weight row for four sequences at once
   * (ShareRowsAcrossSequencesPass) has a last group of three, its fourth slot past the batch's end.
   */
  private static final int[][] BATCH11 = {{1}, {1, 2, 3}, {4, 5}, {6}, {7, 8, 9, 10}, {3}, {2, 2}, {11, 12, 13}, {5, 4}, {9}, {2, 7, 1}};
  /**
   * The hidden width of the pack's long-row llama3: a weight row the GPU folds in more than eight
   * rounds, and an elementwise node of at least SpreadWideElementwisePass.WIDE elements.
   */
  private static final int LONG_ROW = 4352;
  /** A hidden size whose down rows (6144 bf16, 12 KiB) are staged in three 4 KiB pieces (StagedRows.Pieces). */
  private static final int PIECES_ROW = 6144;
  /** The classifier rows of the many-rows llama2c: four a warp item in the batched kernel, the last item ragged. */
  private static final int MANY_ROWS = 8195;
  /** Tokens a sequence of the wide-heads llama2c: more positions than one round of loads ahead covers. */
  private static final int WIDE_HEADS_TOKENS = 160;

  /** Writes the pack into {@code out}; {@code checkpoint} (may be null) adds llama2c on real weights. Returns the exit status. */
  int write(Path out, Path checkpoint) throws Exception {
    Files.createDirectories(out);
    List<Path> models;
    try (Stream<Path> s = Files.list(Path.of("models"))) {
      models = s.filter(p -> p.toString().endsWith(".fractal")).sorted().toList();
    }
    for (Path m : models) {
      String name = m.getFileName().toString().replace(".fractal", "");
      // the interpreter computes every case's expected tokens, so full-size models take their small shape
      List<String> config = SmallShapes.of(Path.of("models"), m.getFileName().toString());
      Graph g = Programs.lower(m, config, new PrintWriter(System.err, true));
      if (g == null) return Main.PROGRAM_ERRORS;
      Map<String, HostTensor> random = TranslationValidation.randomWeights(g, 11);
      pack(out.resolve(name), g, random, manifest -> WeightBlobs.of(manifest, random), 24);
      // the same program with the warp tree orders on its long sums: the GPU must reproduce them too
      Graph ordered = Programs.lower(m, config, "warp-orders", new PrintWriter(System.err, true));
      pack(out.resolve(name + "-orders"), ordered, random, manifest -> WeightBlobs.of(manifest, random), 24);
      if (name.equals("llama3")) {
        // rows of 4352 bf16 weights are seventeen 32-lane rounds of 8: the GPU loads the first sixteen
        // in a loop over groups of rounds and the last unrolled, and silu(gate) * up is wide enough
        // to run on the whole grid: paths the small shape never reaches
        if (!packOneLayer(out.resolve(name + "-long-rows"), m, config, LONG_ROW)) return Main.PROGRAM_ERRORS;
        // down rows of 6144 bf16 are three 4 KiB pieces staged one after another in a warp's two
        // buffers, the third in the first piece's buffer once the lanes have summed it
        if (!packOneLayer(out.resolve(name + "-pieces"), m, config, PIECES_ROW)) return Main.PROGRAM_ERRORS;
        // rows(3) on every phase that could be batched: in the kernel for every batch a warp takes
        // three rows at once for its sequence, the last item of every phase ragged (64, 32, 256 rows)
        Graph rows = Programs.lower(m, config, "warp-orders", new PrintWriter(System.err, true));
        Map<String, HostTensor> rowsWeights = TranslationValidation.randomWeights(rows, 11);
        GridSchedule three = GridScheduleParser.parse(rows, GridSchedules.standard(rows).print().replaceAll(" rows\\(\\d\\)", "").replace(" batched(", " rows(3) batched("));
        if (!GridScheduleChecker.problems(three).isEmpty()) throw new IllegalStateException("rows(3): " + GridScheduleChecker.problems(three));
        pack(out.resolve(name + "-rows"), rows, rowsWeights, manifest -> WeightBlobs.of(manifest, rowsWeights), 24, three);
        onFewBlocks(out.resolve(name + "-rows"));
        if (!packSiluByRows(out.resolve(name + "-silu-rows"), m, config)) return Main.PROGRAM_ERRORS;
      }
      if (name.equals("llama2c")) {
        // heads of 40 dimensions are more outputs than a block of 512 threads has warps (16): the GPU
        // sums a head's weighted values three outputs a warp, the last group ragged, and 160 tokens
        // take the sums over the positions past one round of loads ahead (128 positions); 509
        // classifier rows leave the batched kernel's last item of two rows at once with one row
        List<String> wide = List.of("dim=80", "n_heads=2", "n_kv_heads=1", "hidden_dim=96", "n_layers=2", "vocab_size=509");
        if (!packShape(out.resolve(name + "-wide-heads"), m, wide, WIDE_HEADS_TOKENS)) return Main.PROGRAM_ERRORS;
        // a classifier of 8195 rows: the batched kernel takes them four at a time
        // (ShareRowsAcrossSequencesPass.MANY_ROWS), its last item three rows past the end
        List<String> many = new ArrayList<>(config);
        many.addAll(List.of("n_layers=1", "vocab_size=" + MANY_ROWS));
        if (!packShape(out.resolve(name + "-many-rows"), m, many, 24)) return Main.PROGRAM_ERRORS;
        if (!packSiluByRows(out.resolve(name + "-silu-rows"), m, config)) return Main.PROGRAM_ERRORS;
      }
      if (name.equals("llama2c") && checkpoint != null) {
        pack(out.resolve("llama2c-stories260K"), g, null, manifest -> WeightImage.build(manifest, Checkpoints.open(checkpoint)), 64);
      }
    }
    System.out.println("conformance pack written to " + out);
    return 0;
  }


  /**
   * Packs one layer of {@code model} at {@code config} with {@code hidden} as its hidden size, in the
   * warp tree orders, into {@code dir} (one layer keeps the pack small enough to travel to the GPU
   * machine); false when the program does not lower.
   */
  private boolean packOneLayer(Path dir, Path model, List<String> config, int hidden) throws Exception {
    List<String> c = new ArrayList<>(config);
    c.add("hidden_dim=" + hidden);
    c.add("n_layers=1");
    return packShape(dir, model, c, 24);
  }

  /**
   * Packs {@code model} at {@code config}, in the warp tree orders, on seeded random weights, with
   * {@code maxTokens} tokens a sequence, into {@code dir}; false when the program does not lower.
   */
  private boolean packShape(Path dir, Path model, List<String> config, int maxTokens) throws Exception {
    Graph g = Programs.lower(model, config, "warp-orders", new PrintWriter(System.err, true));
    if (g == null) return false;
    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 11);
    pack(dir, g, weights, manifest -> WeightBlobs.of(manifest, weights), maxTokens);
    return true;
  }

  /**
   * The SwiGLU product of {@code model} (small shape, warp tree orders) computed by the gate and up
   * rows' warps (a spread phase {@code by} them, ElementwiseAfterRowsPass), through the schedule text:
   * the pass itself only takes hidden sizes of about the H200 grid's 2112 warps, too large for the
   * pack. Its kernel paths: a staged row at a time with the first lane computing the element
   * (batch 1 to 3), two rows for four sequences at once with the lanes sharing the elements (the
   * batched kernel). False when the program does not lower.
   */
  private boolean packSiluByRows(Path dir, Path model, List<String> config) throws Exception {
    Graph g = Programs.lower(model, config, "warp-orders", new PrintWriter(System.err, true));
    if (g == null) return false;
    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 11);
    String standard = GridSchedules.standard(g).print();
    // the arrive names the up rows' value first (the order the product reads them), so the gate
    // rows' phase, the one before, is its second name
    String edited = standard.replaceFirst("arrive %(\\S+), %(\\S+)\\n(\\s+)wait %\\1, %\\2\\n\\s+serial\\[all] (%\\S+) = mul fuse\\(%silu\\)\\n",
        "$3spread $4 = mul fuse(%silu) by(%$2, %$1)\n$3barrier\n");
    GridSchedule byRows = GridScheduleParser.parse(g, edited);
    if (edited.equals(standard) || !GridScheduleChecker.problems(byRows).isEmpty()) {
      throw new IllegalStateException("silu by the rows' warps: " + GridScheduleChecker.problems(byRows) + "\n" + edited);
    }
    pack(dir, g, weights, manifest -> WeightBlobs.of(manifest, weights), 24, byRows);
    onFewBlocks(dir);
    return true;
  }

  /**
   * Blocks of the capped grid a pack model's cases run on a second time (GpuConformance): 64 warps,
   * so that a warp takes two to eight items of the small shapes' warp phases, where the whole grid
   * (2112 warps on an H200) gives it at most one; the later items test the item loops' rotation,
   * alignment (a spread phase computed by two phases' warps) and row pipelines.
   */
  private static final int FEW_BLOCKS = 4;

  private static void onFewBlocks(Path dir) throws java.io.IOException {
    Files.writeString(dir.resolve("grid-blocks"), FEW_BLOCKS + "\n");
  }

  /** The weights image of a compiled bundle. */
  private interface WeightsFor {
    MemorySegment image(Manifest m) throws Exception;
  }

  /**
   * Compiles {@code g}, writes its weights image, and records the cases. {@code weights} are the
   * interpreter's tensors, or null to read them back from the image (a real checkpoint).
   */
  private void pack(Path dir, Graph g, Map<String, HostTensor> weights, WeightsFor weightsFor, int maxTokens) throws Exception {
    pack(dir, g, weights, weightsFor, maxTokens, null);
  }

  /** {@link #pack}, compiled with {@code schedule} where it is not null (else the schedule passes' own). */
  private void pack(Path dir, Graph g, Map<String, HostTensor> weights, WeightsFor weightsFor, int maxTokens, GridSchedule schedule)
      throws Exception {
    Path bundleDir = dir.resolve("bundle");
    // the pack runs on another machine: its host kernel is one that every x86-64 CPU runs, and its
    // GPU kernel a Hopper GPU's, sm_90 (the whole pack travels within 64 MiB; KernelTargetsTest has
    // ptxas check the sm_80 kernels here)
    BundleBuilder.compile(g, List.of(Target.HOST, Target.SM_90), bundleDir,
        new BundleCompiler.Options(false, profile, HostCpu.X86_64, 0, schedule), StageListener.NONE);
    Bundle bundle = Bundle.open(bundleDir);
    MemorySegment blob = weightsFor.image(bundle.manifest());
    if (weights == null) weights = hostTensors(bundle.manifest(), blob);
    WeightImage.write(blob, dir.resolve("weights.bin"));
    List<ConformanceCase> cases = new ArrayList<>();
    Map<String, Double> greedy = Map.of("max_tokens", (double) maxTokens, "temperature", 0.0);
    Map<String, Double> sampled = Map.of("max_tokens", (double) maxTokens, "temperature", 0.9, "top_k", 20.0, "top_p", 0.95, "seed_lo", 1234.0, "seed_hi", 7.0);
    try (HostExecutor host = new HostExecutor(bundle, blob, 0)) {
      for (int[][] prompts : List.of(BATCH1, BATCH8, BATCH11)) {
        String b = "b" + prompts.length;
        NodeCapture capture = NodeCapture.of(GraphFacts.sampledLogits(g));
        GenerateResult ref = new Interpreter(InterpreterOptions.defaults(), capture).generate(g, weights, greedy, prompts, null);
        List<float[]> logits = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        for (int s = 0; s < prompts.length; s++) {
          tokens.add(ref.sequence(s).tokens().stream().mapToInt(Integer::intValue).toArray());
          stops.add(ref.sequence(s).stopReason().name().toLowerCase());
          List<HostTensor> steps = capture.values(s);
          logits.add(steps.get(steps.size() - 1).floats());
        }
        cases.add(new ConformanceCase("greedy " + b, "reference", prompts, greedy, tokens, stops, logits));
        GenerationResult h = host.generate(new GenerationRequest(prompts, sampled), null, 600_000);
        cases.add(new ConformanceCase("sampled " + b, "host", prompts, sampled,
            h.sequences().stream().map(GenerationResult.Sequence::tokens).toList(),
            h.sequences().stream().map(GenerationResult.Sequence::stop).toList(), null));
      }
    }
    Files.writeString(dir.resolve("cases.json"), new Gson().toJson(cases));
  }

  /** The interpreter's view of a weights image (for real checkpoints). */
  private static Map<String, HostTensor> hostTensors(Manifest m, MemorySegment blob) {
    Map<String, HostTensor> out = new java.util.LinkedHashMap<>();
    for (Manifest.WeightEntry w : m.weights()) {
      Manifest.WeightEntry src = w.tiedTo() == null ? w : m.weights().stream().filter(x -> x.name().equals(w.tiedTo())).findFirst().orElseThrow();
      if (!src.dtype().equals("f32")) throw new IllegalArgumentException("weight " + w.name() + " is " + src.dtype() + "; packs read back only f32 checkpoints");
      float[] f = blob.asSlice(src.offset(), src.bytes()).toArray(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN));
      out.put(w.name(), HostTensor.ofFloats(dev.fractalgen.etdg.model.DType.F32, w.shape(), f));
    }
    return out;
  }
}
