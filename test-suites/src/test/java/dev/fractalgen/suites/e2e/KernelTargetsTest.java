package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.llvm.Toolchain;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.model.Graph;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model program compiles for every GPU target: ptxas accepts the PTX for sm_80 and sm_90,
 * and the AMDGPU outputs are HSA code objects (ELF shared objects for EM_AMDGPU with the right
 * processor in e_flags) holding the kernel and its descriptor.
 */
class KernelTargetsTest {
  /** e_flags processor numbers of the AMDGPU ELF ABI. */
  private static final Map<Target, Integer> AMDGPU_MACH = Map.of(Target.GFX90A, 0x3f, Target.GFX942, 0x4c);

  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("dev.fractalgen.suites.e2e.CompiledModels#names")
  void ptxasAcceptsThePtx(String model) throws Exception {
    assumeTrue(Toolchain.onPath("ptxas") != null, "ptxas is not installed");
    Graph g = CompiledModels.lower(model);
    BundleCompiler.compile(g, List.of(Target.SM_80, Target.SM_90), dir, false);
    for (Target t : List.of(Target.SM_80, Target.SM_90)) {
      Path ptx = dir.resolve(t.fileName());
      assertTrue(Files.readString(ptx).contains(".entry fractal_generate"), "one kernel entry");
      Toolchain.run(List.of("ptxas", "-arch=" + t.id, "-o", dir.resolve(t.id + ".cubin").toString(), ptx.toString()), Map.of(), "ptxas");
      assertTrue(Files.size(dir.resolve(t.id + ".cubin")) > 0);
    }
  }

  /**
   * A warp's matrix row of 288 f32 (72 chunks of 4 over 32 lanes: three rounds a lane) has its
   * vector loads in the straight-line code that ends in the warp's first butterfly shuffle, all
   * issued before they are added in. The previous code folded the chunks in a loop, so that block
   * (the loop's exit) held no load at all.
   */
  @org.junit.jupiter.api.Test
  void aWarpsRowLoadsAheadOfItsAdds() throws Exception {
    Cli r = Cli.run("compile", Cli.model("llama2c.fractal"), "--target", "sm_90", "-o", dir.resolve("b").toString(),
        "--config", "dim=288", "--config", "hidden_dim=768", "--config", "n_heads=6", "--config", "n_kv_heads=6");
    assertEquals(0, r.status(), r.err());
    List<String> ptx = Files.readAllLines(dir.resolve("b").resolve(Target.SM_90.fileName())).stream().map(String::strip).toList();
    int most = 0;
    for (int i = 0; i < ptx.size(); i++) {
      if (!(ptx.get(i).startsWith("shfl.sync.down") && ptx.get(i).contains(", 16,"))) continue;
      int loads = 0;
      for (int j = i - 1; j >= 0 && !ptx.get(j).startsWith("$L__") && !ptx.get(j).contains("bra"); j--) {
        if (ptx.get(j).startsWith("ld.v4.f32")) loads++;
      }
      most = Math.max(most, loads);
    }
    // three rounds of two vectors (a row's and the input's)
    assertTrue(most >= 6, "at most " + most + " vector loads in the block before a warp's reduction");
  }

  /**
   * A warp's bf16 rows that are too long to stage (Llama-3's down rows of 4352 weights, the
   * conformance pack's long-rows case: seventeen rounds of 8-weight chunks, a loop over groups of
   * four rounds and the last one unrolled) load each whole chunk as one 16-byte vector. When the
   * emitter wrote a chunk's loads one by one, LLVM merged them only where it could prove the address
   * 16-byte aligned: a change that hid that alignment (errors noted in registers did, once LLVM
   * hoisted part of the row's address out of the loop over a warp's rows) left eight 2-byte loads a
   * chunk, and the 1B shape's down rows 50% slower at batch 8. The emitter now writes the vector
   * itself where the layout proves the alignment.
   */
  @org.junit.jupiter.api.Test
  void aWarpsUnstagedBf16RowLoadsWholeChunksAsVectors() throws Exception {
    compileOneLayerLlama3("v", 4352);
    String ptx = Files.readString(dir.resolve("v").resolve(Target.SM_90.fileName()));
    assertTrue(Files.readString(dir.resolve("v/step.schedule")).contains("vector(8) prefetch"), "the down rows are not staged");
    long vectors = java.util.regex.Pattern.compile("\\bld(\\.global)?\\.v4\\.[bu]32").matcher(ptx).results().count();
    long halves = java.util.regex.Pattern.compile("\\bld(\\.global)?\\.u16").matcher(ptx).results().count();
    assertTrue(vectors >= 5, vectors + " 16-byte loads of weights from global memory, expected the 4 of the loop and the last round's");
    // the few 2-byte loads left are elementwise ones (the norms' weights), fewer than one chunk's
    assertTrue(halves < 8, halves + " 2-byte loads");
  }

  /**
   * A warp's bf16 rows longer than its two 4 KiB buffers, but a whole number of them (down rows of
   * 6144 weights, 12 KiB), are staged in pieces: the warp copies the first two pieces when it starts
   * the row and each piece's buffer gets the piece after next once its lanes have summed it, so no
   * weight is loaded from global memory by the lanes, in the kernel for every batch, and in the
   * kernel for larger batches where a warp takes one row at a time for its sequences (a schedule's
   * batched(4); the pass gives them two or four rows at once, which the lanes load). Loaded by the
   * lanes, such a row had four rounds of 16 bytes a lane in flight at a time: six round trips one
   * after another. (The gate and up rows, 12288 in one run, are four at once and loaded by the
   * lanes (take-rows-together); staged as the schedule before that pass had them, no phase of the
   * layer loads a weight from global memory.)
   */
  @org.junit.jupiter.api.Test
  void aWarpsLongBf16RowIsStagedInPieces() throws Exception {
    compileOneLayerLlama3("together", 6144);
    String together = Files.readString(dir.resolve("together/step.schedule"));
    assertEquals(2, count(together, " prefetch rows(4)"), together);
    String schedule = together.replace(" prefetch rows(4)", " staged(2)");
    assertFalse(schedule.contains("prefetch"), "a warp phase's rows are not staged");
    Path staged = dir.resolve("staged.schedule");
    Files.writeString(staged, schedule);
    compileOneLayerLlama3("p", 6144, "--schedule", staged.toString());
    Path oneRow = dir.resolve("one-row.schedule");
    Files.writeString(oneRow, schedule.replaceAll("batched\\(4x\\d\\)", "batched(4)"));
    compileOneLayerLlama3("p1", 6144, "--schedule", oneRow.toString());
    for (String kernel : List.of("p/" + Target.SM_90.fileName(), "p1/kernel.sm_90.b4.ptx")) {
      String ptx = Files.readString(dir.resolve(kernel));
      assertEquals(0, weightVectors(ptx), kernel + ": 16-byte loads of weights from global memory");
      assertTrue(ptx.contains("cp.async.wait_group 1;"), kernel + ": no wait for all but the last piece");
    }
  }

  /** The 16-byte loads of bf16 weight chunks from global memory in {@code ptx}. */
  private static long weightVectors(String ptx) {
    return java.util.regex.Pattern.compile("\\bld(\\.global)?\\.v4\\.[bu]32").matcher(ptx).results().count();
  }

  /**
   * A staged phase that follows another warp phase of the layer starts its first rows' copies at
   * that phase's end (copy-first-rows-early). At llama3's small shape a row of the k, v, o, gate and
   * up weights is 64 bf16 (128 bytes: one guarded 16-byte copy a lane), and a down row of 6144 bf16
   * is three 4 KiB pieces, of which the first two are copied ahead (eight copies each). The gate and
   * up rows (12288 in one run) are four at once, loaded by the lanes (take-rows-together), and start
   * nothing early. So k, v, o and down: 19 copies in 5 groups more than the same schedule without
   * {@code early}, in the kernel for every batch and, with one row at a time for four sequences
   * (batched(4)), in the kernel for larger batches.
   */
  @org.junit.jupiter.api.Test
  void stagedPhasesAfterAnotherStartTheirFirstRowsEarly() throws Exception {
    compileOneLayerLlama3("early", 6144);
    String schedule = Files.readString(dir.resolve("early/step.schedule"));
    assertEquals(4, schedule.split(" early", -1).length - 1, schedule);
    Path late = dir.resolve("late.schedule");
    Files.writeString(late, schedule.replace(" early", ""));
    compileOneLayerLlama3("late", 6144, "--schedule", late.toString());
    // the kernel for larger batches as the pass makes it has its warps take two or four rows at
    // once, which their lanes load themselves: it stages no row, so it starts none early either
    assertEquals(0, count(Files.readString(dir.resolve("early/kernel.sm_90.b4.ptx")), "cp.async"), "copies in the batched kernel");
    // with one row at a time for four sequences (batched(4)) it stages them, and starts them early alike
    Path oneRow = dir.resolve("early-one-row.schedule"), lateOneRow = dir.resolve("late-one-row.schedule");
    Files.writeString(oneRow, schedule.replaceAll("batched\\(4x\\d\\)", "batched(4)"));
    Files.writeString(lateOneRow, schedule.replace(" early", "").replaceAll("batched\\(4x\\d\\)", "batched(4)"));
    compileOneLayerLlama3("early1", 6144, "--schedule", oneRow.toString());
    compileOneLayerLlama3("late1", 6144, "--schedule", lateOneRow.toString());
    for (String[] pair : List.of(new String[] {"early", "late", Target.SM_90.fileName()}, new String[] {"early1", "late1", "kernel.sm_90.b4.ptx"})) {
      String early = Files.readString(dir.resolve(pair[0]).resolve(pair[2])), plain = Files.readString(dir.resolve(pair[1]).resolve(pair[2]));
      assertEquals(19, count(early, "cp.async.cg.") - count(plain, "cp.async.cg."), pair[0] + "/" + pair[2] + ": copies started early");
      assertEquals(5, count(early, "cp.async.commit_group") - count(plain, "cp.async.commit_group"), pair[0] + "/" + pair[2] + ": groups started early");
    }
  }

  private static long count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  /**
   * Attention's weighted values (48 outputs a head, summed over the positions in the order
   * tree(32, 1)) are summed by columns: after the block meets, a thread folds an output's 32 lane
   * sums from the block's shared scratch, 32 shared loads in one straight-line block. Summed by
   * warps, the lanes' sums met in shuffles and no block held more than 9 such loads.
   */
  @org.junit.jupiter.api.Test
  void attentionValuesAreSummedByColumns() throws Exception {
    Cli r = Cli.run("compile", Cli.model("llama2c.fractal"), "--target", "sm_90", "-o", dir.resolve("c").toString(),
        "--config", "dim=288", "--config", "hidden_dim=768", "--config", "n_heads=6", "--config", "n_kv_heads=6");
    assertEquals(0, r.status(), r.err());
    int most = 0, run = 0;
    for (String line : Files.readAllLines(dir.resolve("c").resolve(Target.SM_90.fileName()))) {
      String l = line.strip();
      if (l.startsWith("$L__") || l.contains("bra")) run = 0;
      else if (l.startsWith("ld.shared.f32")) most = Math.max(most, ++run);
    }
    assertEquals(32, most, "the most shared f32 loads in one straight-line block");
  }

  /**
   * A thread of the sum by columns takes four outputs side by side (48 a head: twelve groups of four
   * for each of the order's 32 lanes), so each of its positions loads the four value elements as
   * one vector and the attention weight once: before the block meets, it stores its four lane sums
   * to consecutive words of the block's scratch. With an output a thread, no thread stored two
   * neighbouring words, and the weighted values took 5% of the 15M step more.
   */
  @org.junit.jupiter.api.Test
  void aThreadSumsFourAttentionValuesSideBySide() throws Exception {
    List<String> ptx = compile15m("w");
    int groups = 0;
    for (int i = 0; i + 3 < ptx.size(); i++) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("st\\.shared\\.f32\\s+\\[(%rd\\d+)\\], %f\\d+;").matcher(ptx.get(i));
      if (!m.matches()) continue;
      boolean side = true;
      for (int k = 1; k < 4; k++) side &= ptx.get(i + k).startsWith("st.shared.f32") && ptx.get(i + k).contains("[" + m.group(1) + "+" + 4 * k + "]");
      if (side) groups++;
    }
    assertEquals(1, groups, "runs of four lane sums stored side by side");
  }

  /**
   * The attention head's group (an i32 the heads' block keeps in shared memory) is loaded once per
   * loop that reads it, not once per element: each element's index check reports on a failing path,
   * and while that report was a store LLVM could not place, it loaded the group again for each of
   * the weighted values' elements in flight (13 loads of one word; a constant, 8).
   */
  @org.junit.jupiter.api.Test
  void aBlocksScalarsAreLoadedOncePerLoopDespiteTheirChecks() throws Exception {
    List<String> ptx = compile15m("s");
    java.util.Map<String, Integer> loads = new java.util.HashMap<>();
    for (String l : ptx) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("ld\\.shared\\.u32\\s+%r\\d+, \\[(.+)\\];").matcher(l);
      if (m.matches()) loads.merge(m.group(1), 1, Integer::sum);
    }
    assertTrue(loads.values().stream().allMatch(n -> n <= 3), "shared i32 words and their loads: " + loads);
  }

  /**
   * An attention score (a head's 48 query values times a key row, summed in the order tree(32, 4) by
   * one thread) loads the key row's chunks as 16-byte vectors, as it does the query's: 24 vector
   * loads in the straight-line block before the adds. A row selected among the KV history's parts
   * (the cache, the new row) had lost their alignment, and the key row loaded as 48 scalars.
   */
  @org.junit.jupiter.api.Test
  void anAttentionScoreLoadsItsKeyRowAsVectors() throws Exception {
    int most = 0, run = 0;
    for (String l : compile15m("k")) {
      if (l.startsWith("$L__") || l.contains("bra")) run = 0;
      else if (l.startsWith("ld.v4.f32")) most = Math.max(most, ++run);
    }
    assertTrue(most >= 24, "at most " + most + " vector loads in one straight-line block");
  }

  /**
   * The bundle has a second sm_90 kernel for batches of four or more (manifest key sm_90@4), whose
   * warps take R weight rows for four sequences at once (the schedule's batched(4xR)): in each
   * straight-line block that loads chunks of bf16 weight rows, a round's R weight chunks (one
   * 16-byte vector each) are loaded once for the four sequences and each sequence's chunk of f32
   * activations (two vectors) once for the R rows: 8 activation vectors to R weight vectors, four
   * a weight vector for two rows (the pass's choice for these phases) and two for four rows (the
   * schedule edited). In the kernel for every batch a warp takes one row for one sequence and
   * reads it from its staged copy, so each (shared-memory) weight vector meets two activation vectors.
   */
  @org.junit.jupiter.api.Test
  void theKernelForLargerBatchesLoadsEachChunkOnceForItsRowsAndSequences() throws Exception {
    compileOneLayerLlama3("g", 4096);
    String schedule = Files.readString(dir.resolve("g/step.schedule"));
    assertTrue(schedule.contains("batched(4x2)") && !schedule.contains("batched(4x4)"), schedule);
    assertEquals(4, dev.fractalgen.runtime.bundle.Bundle.open(dir.resolve("g")).manifest().batchedFrom("sm_90"));
    Path four = dir.resolve("four.schedule");
    Files.writeString(four, schedule.replace("batched(4x2)", "batched(4x4)"));
    compileOneLayerLlama3("g4", 4096, "--schedule", four.toString());
    for (String[] v : List.of(new String[] {"g", "4"}, new String[] {"g4", "2"})) {
      List<int[]> batched = weightAndActivationLoads(Files.readAllLines(dir.resolve(v[0]).resolve("kernel.sm_90.b4.ptx")), "ld.v4.u32");
      assertFalse(batched.isEmpty(), v[0] + ": blocks loading weight rows in the batched kernel");
      for (int[] b : batched) {
        assertEquals(Integer.parseInt(v[1]) * b[0], b[1], v[0] + ": a batched block's weight and activation vectors: " + b[0] + ", " + b[1]);
      }
    }
    List<int[]> single = weightAndActivationLoads(Files.readAllLines(dir.resolve("g").resolve(Target.SM_90.fileName())), "ld.shared.v4.u32");
    assertFalse(single.isEmpty(), "blocks loading staged weight rows in the kernel for every batch");
    for (int[] b : single) assertEquals(2 * b[0], b[1], "a block's weight and activation vectors: " + b[0] + ", " + b[1]);
  }

  /**
   * rows(R) has a warp of the kernel for every batch take R rows at once for one sequence, loading
   * them itself (not staged): in each straight-line block that loads chunks of bf16 weight rows,
   * a round's R weight chunks (a 16-byte vector each) meet the sequence's chunk of activations,
   * loaded once for the R rows (two vectors): as many activation vectors as weight vectors for
   * two rows, half as many for four.
   */
  @org.junit.jupiter.api.Test
  void rowsAtOnceLoadEachActivationChunkOnceForTheRows() throws Exception {
    compileOneLayerLlama3("r", 4096);
    String schedule = Files.readString(dir.resolve("r/step.schedule"));
    for (int rows : new int[] {2, 4}) {
      Path edited = dir.resolve("rows" + rows + ".schedule");
      // take-rows-together gave the gate and up rows (8192 in one run) four at once already
      Files.writeString(edited, schedule.replace(" rows(4)", "").replace(" batched(", " rows(" + rows + ") batched("));
      compileOneLayerLlama3("r" + rows, 4096, "--schedule", edited.toString());
      String ptx = Files.readString(dir.resolve("r" + rows).resolve(Target.SM_90.fileName()));
      List<int[]> blocks = weightAndActivationLoads(java.util.Arrays.asList(ptx.split("\n")), "ld.v4.u32");
      assertFalse(blocks.isEmpty(), rows + " rows: blocks loading weight rows");
      for (int[] b : blocks) assertEquals(2 * b[0], rows * b[1], rows + " rows: a block's weight and activation vectors: " + b[0] + ", " + b[1]);
    }
  }

  /** Per straight-line block that loads weight vectors ({@code weight}, a line's start): its weight and f32 activation vector loads. */
  private static List<int[]> weightAndActivationLoads(List<String> ptx, String weight) {
    List<int[]> blocks = new java.util.ArrayList<>();
    int weights = 0, activations = 0;
    for (String line : ptx) {
      String l = line.strip();
      if (l.startsWith("$L__") || l.contains("bra")) {
        if (weights > 0) blocks.add(new int[] {weights, activations});
        weights = activations = 0;
      } else if (l.startsWith(weight)) {
        weights++;
      } else if (l.startsWith("ld.v4.f32")) {
        activations++;
      }
    }
    return blocks;
  }

  /** Compiles one layer of llama3 at its small shape with {@code hidden} down-row weights, for sm_90 into {@code name}, with {@code more} options. */
  private void compileOneLayerLlama3(String name, int hidden, String... more) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("compile", Cli.model("llama3.fractal"), "--target", "sm_90", "-o",
        dir.resolve(name).toString(), "--pipeline", "warp-orders", "--config", "hidden_dim=" + hidden, "--config", "n_layers=1"));
    args.addAll(List.of(more));
    for (String kv : dev.fractalgen.cli.SmallShapes.of(java.nio.file.Path.of(Cli.model("llama3.fractal")).getParent(), "llama3.fractal")) {
      if (!kv.startsWith("hidden_dim=") && !kv.startsWith("n_layers=")) args.addAll(List.of("--config", kv));
    }
    Cli r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
  }

  /** The PTX lines (stripped) of llama2c at the stories15M shape's dims for sm_90, compiled into {@code name}. */
  private List<String> compile15m(String name) throws Exception {
    return compile15m(name, Target.SM_90.fileName());
  }

  /** As {@link #compile15m(String)}, the lines of the bundle's file {@code kernel}; compiled once per name. */
  private List<String> compile15m(String name, String kernel) throws Exception {
    if (!Files.isDirectory(dir.resolve(name))) {
      Cli r = Cli.run("compile", Cli.model("llama2c.fractal"), "--target", "sm_90", "-o", dir.resolve(name).toString(),
          "--config", "dim=288", "--config", "hidden_dim=768", "--config", "n_heads=6", "--config", "n_kv_heads=6");
      assertEquals(0, r.status(), r.err());
    }
    return Files.readAllLines(dir.resolve(name).resolve(kernel)).stream().map(String::strip).toList();
  }

  /**
   * --gpu-block-threads sets the block size in the kernel (ptxas fits the registers to it) and in
   * the manifest (the launch uses it); with ptxas installed the compile reports the registers a
   * thread, which a block of 1024 threads bounds at 64 (65536 a multiprocessor).
   */
  @org.junit.jupiter.api.Test
  void theGpuBlockSizeReachesTheKernelAndTheManifest() throws Exception {
    Path b = dir.resolve("b1024");
    Cli r = Cli.run("compile", Cli.model("llama2c.fractal"), "--target", "sm_90", "-o", b.toString(), "--gpu-block-threads", "1024");
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.readString(b.resolve(Target.SM_90.fileName())).contains(".reqntid 1024, 1, 1"));
    assertEquals(1024, dev.fractalgen.runtime.bundle.Bundle.open(b).manifest().grid().gpuBlockThreads());
    if (Toolchain.onPath("ptxas") != null) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("sm_90: (\\d+) registers a thread").matcher(r.out());
      assertTrue(m.find(), r.out());
      assertTrue(Integer.parseInt(m.group(1)) <= 64, r.out());
      assertTrue(Files.readString(b.resolve("kernel.sm_90.resources.txt")).contains("registers"));
    }
  }

  /**
   * ptxas checks each PTX kernel on the thread that emitted it while other kernels compile; a
   * rejection still fails the compile with the command that reproduces it, and no bundle is left
   * behind. The compile has four kernels (two targets, each with its kernel for larger batches), so
   * on a machine of fewer cores some are still queued when the first is rejected: they are
   * cancelled, not waited for. A stand-in ptxas that rejects everything is put first on the
   * compiler's PATH.
   */
  @org.junit.jupiter.api.Test
  void aPtxasRejectionFailsTheCompile() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path fake = bin.resolve("ptxas");
    Files.writeString(fake, "#!/bin/sh\necho \"ptxas fatal : this stand-in rejects every kernel\"\nexit 1\n");
    assertTrue(fake.toFile().setExecutable(true));
    ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), "dev.fractalgen.cli.Main", "compile", Cli.model("llama2c.fractal"),
        "--target", "sm_80,sm_90", "-o", dir.resolve("out").toString()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(1, p.exitValue(), out);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("ptxas rejected the (sm_80(\\.b4)?) kernel").matcher(out);
    assertTrue(m.find(), out);
    // the module saved for the report is named after that kernel: sm_80's two kernels each have their own
    assertTrue(out.contains("failed-" + m.group(1) + ".ll"), out);
    assertTrue(out.contains("this stand-in rejects every kernel"), out);
    assertTrue(out.contains("reproduce the rejection: " + fake), out);
    assertTrue(!Files.exists(dir.resolve("out").resolve("manifest.json")), "no bundle after a rejection");
  }

  @ParameterizedTest
  @MethodSource("dev.fractalgen.suites.e2e.CompiledModels#names")
  void amdgpuOutputsAreCodeObjects(String model) throws Exception {
    Graph g = CompiledModels.lower(model);
    BundleCompiler.compile(g, List.of(Target.GFX90A, Target.GFX942), dir, false);
    for (Target t : List.of(Target.GFX90A, Target.GFX942)) {
      byte[] elf = Files.readAllBytes(dir.resolve(t.fileName()));
      ByteBuffer h = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
      assertEquals(0x464c457f, h.getInt(0), "ELF magic");
      assertEquals(2, elf[4], "64-bit");
      assertEquals(64, elf[7], "OS ABI: AMDGPU HSA");
      assertEquals(3, h.getShort(16), "a shared object (ET_DYN), as the HSA loader needs");
      assertEquals(224, h.getShort(18), "e_machine EM_AMDGPU");
      assertEquals((int) AMDGPU_MACH.get(t), h.getInt(48) & 0xff, "processor " + t.id);
      String text = new String(elf, StandardCharsets.ISO_8859_1);
      assertTrue(text.contains("fractal_generate.kd"), "the kernel descriptor symbol");
    }
  }
}
