package dev.fractalgen.backend;

import com.google.gson.GsonBuilder;
import dev.fractalgen.backend.codegen.KernelGenerator;
import dev.fractalgen.backend.codegen.Layout;
import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.llvm.PtxResources;
import dev.fractalgen.backend.llvm.Toolchain;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.core.io.IoErrors;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.ConfigEntry;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.StageListener;
import dev.fractalgen.passes.memory.MemoryPlan;
import dev.fractalgen.passes.memory.PlanMemory;
import dev.fractalgen.passes.memory.ScratchPlanChecker;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridSchedules;
import dev.fractalgen.passes.schedule.ShareRowsAcrossSequencesPass;
import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.kernel.HostCpu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

/**
 * Compiles a graph's generate loop into a bundle directory: one kernel per target, the ETDG and
 * its grid schedule as text, and {@code manifest.json} describing everything an executor needs.
 */
public final class BundleCompiler {
  /** The bound on pos and prompt length for programs without an APPEND state. */
  public static final long DEFAULT_MAX_POSITIONS = 4096;

  private BundleCompiler() {
  }

  /**
   * What compiling produced: the manifest, per target the LLVM IR text when asked for, and per GPU
   * target ptxas's report of its resources (where ptxas is installed; also in the bundle as
   * {@code kernel.<target>.resources.txt}).
   */
  public record Result(Manifest manifest, Map<Target, String> llvmText, Map<String, PtxResources> resources) {}

  /**
   * How to compile: keep each target's LLVM IR text; time every segment between grid barriers (see
   * Manifest#profile); the x86-64 level of a host kernel ({@link HostCpu}); the threads of a GPU
   * block (0: the targets' own, 512), a multiple of 32 from 32 to 1024 (fewer threads leave each
   * more registers); the grid schedule to compile (null: the schedule passes' result), which the
   * caller has checked ({@link dev.fractalgen.passes.schedule.GridScheduleChecker}).
   */
  public record Options(boolean keepLlvm, boolean profile, HostCpu hostCpu, int gpuBlockThreads, GridSchedule schedule) {
    public Options(boolean keepLlvm, boolean profile, HostCpu hostCpu, int gpuBlockThreads) {
      this(keepLlvm, profile, hostCpu, gpuBlockThreads, null);
    }

    /** No LLVM text, no profile, the highest x86-64 level this machine runs, the targets' block size. */
    public static Options defaults() {
      return new Options(false, false, HostCpu.ofThisMachine(), 0);
    }

    public Options withKeepLlvm(boolean b) {
      return new Options(b, profile, hostCpu, gpuBlockThreads, schedule);
    }

    public Options withProfile(boolean b) {
      return new Options(keepLlvm, b, hostCpu, gpuBlockThreads, schedule);
    }

    public Options withHostCpu(HostCpu c) {
      return new Options(keepLlvm, profile, c, gpuBlockThreads, schedule);
    }

    /** With {@code s} (checked by the caller) as the grid schedule; null: the schedule passes' result. */
    public Options withSchedule(GridSchedule s) {
      return new Options(keepLlvm, profile, hostCpu, gpuBlockThreads, s);
    }
  }

  public static Result compile(Graph graph, List<Target> targets, Path outDir, boolean keepLlvm) {
    return compile(graph, targets, outDir, Options.defaults().withKeepLlvm(keepLlvm), StageListener.NONE);
  }

  /** As above; {@code profile} times every segment between grid barriers (see Manifest#profile). */
  public static Result compile(Graph graph, List<Target> targets, Path outDir, boolean keepLlvm, boolean profile) {
    return compile(graph, targets, outDir, Options.defaults().withKeepLlvm(keepLlvm).withProfile(profile), StageListener.NONE);
  }

  /**
   * Compiles as {@code options} say, telling {@code stages} the schedule after each schedule pass and
   * each target's LLVM IR and kernel text.
   *
   * @throws BackendException BAD_OPTION for a block size GPUs cannot launch
   */
  public static Result compile(Graph graph, List<Target> targets, Path outDir, Options options, StageListener stages) {
    boolean keepLlvm = options.keepLlvm(), profile = options.profile();
    HostCpu hostCpu = options.hostCpu();
    int blockOption = options.gpuBlockThreads();
    if (blockOption != 0 && (blockOption < 32 || blockOption > 1024 || blockOption % 32 != 0)) {
      throw new BackendException(BackendException.BAD_OPTION, "a GPU block has a multiple of 32 threads from 32 to 1024, not " + blockOption);
    }
    // one block size for every GPU target of the bundle (TargetDescription: a whole number of warps)
    int gpuThreads = blockOption != 0 ? blockOption : targets.stream().filter(t -> t.kind != Target.Kind.HOST)
        .mapToInt(t -> t.description.blockThreads()).max().orElse(Target.SM_90.description.blockThreads());
    GridSchedule schedule = options.schedule() != null ? options.schedule() : GridSchedules.standard(graph, stages);
    MemoryPlan plan = PlanMemory.plan(schedule, DEFAULT_MAX_POSITIONS);
    List<String> unsound = ScratchPlanChecker.problems(schedule, plan);
    if (!unsound.isEmpty()) throw new IllegalStateException("unsound memory plan:\n  " + String.join("\n  ", unsound));
    stages.after("plan-memory", plan::print);
    Layout layout = new Layout(graph, plan);
    Map<String, String> kernels = new LinkedHashMap<>();
    Map<Target, String> llvm = new LinkedHashMap<>();
    long seqStride = 0, slotStride = 0, blockStride = 0, gpuShared = 0, logits = -1;
    int counters = 0;
    List<String> profileLabels = List.of();
    // the block arena goes on-chip when every NVPTX target of the bundle has room for it (its size is
    // known once a kernel is emitted; the first NVPTX kernel is emitted again in global memory if not)
    long sharedLimit = targets.stream().filter(t -> t.kind == Target.Kind.NVPTX).mapToLong(t -> t.description.sharedBytesPerBlock()).min().orElse(0);
    boolean sharedArena = sharedLimit > 0;
    Path work = null;
    boolean installed = false;
    // a GPU target whose schedule batches warp phases gets a second kernel for batches of at least
    // the group (ParallelPhases.batchedKernel says why two)
    int batchedFrom = ShareRowsAcrossSequencesPass.batchedFrom(schedule);
    List<KernelJob> jobs = new ArrayList<>();
    for (Target t : targets) {
      jobs.add(new KernelJob(t, 0));
      if (batchedFrom > 0 && t.kind == Target.Kind.NVPTX) jobs.add(new KernelJob(t, batchedFrom));
    }
    boolean nvptxEmitted = false;
    // the kernels' LLVM modules are generated one after another (they share the graph and the
    // plan), then optimized, emitted and (PTX) checked by ptxas on as many threads as the machine
    // has cores, each in its own LLVM context: LLVM's code generation and ptxas are most of a
    // kernel's time
    List<Emission> emissions = new ArrayList<>();
    int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
    java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 0,
        java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
          Thread th = new Thread(r, "llvm-emit");
          th.setDaemon(true);
          return th;
        });
    try {
      work = BundleFolder.stage(outDir);
      for (KernelJob job : jobs) {
        Target t = job.target();
        boolean batched = job.batched();
        Ir ir = new Ir(graph.getName() + "." + t.id);
        boolean handedOver = false;
        try {
          boolean host = t.kind == Target.Kind.HOST;
          String cpu = host ? hostCpu.llvmCpu : t.cpu, features = host ? hostCpu.llvmFeatures : "";
          LLVMTargetMachineRef tm = Toolchain.machine(ir, t, cpu, features);
          KernelGenerator gen = new KernelGenerator(ir, t, schedule, layout, profile, sharedArena && t.kind == Target.Kind.NVPTX, gpuThreads,
              batched);
          gen.emit();
          if (sharedArena && t.kind == Target.Kind.NVPTX && gen.sharedBytes() > sharedLimit) {
            if (nvptxEmitted) {
              throw new IllegalStateException("NVPTX targets disagree on the block arena's size");
            }
            sharedArena = false;
            ir.dispose();
            ir = new Ir(graph.getName() + "." + t.id);
            tm = Toolchain.machine(ir, t, cpu, features);
            gen = new KernelGenerator(ir, t, schedule, layout, profile, false, gpuThreads, batched);
            gen.emit();
          }
          if (t.kind == Target.Kind.NVPTX) nvptxEmitted = true;
          // one sequence layout serves every target; the scratch arenas are sized for the target that
          // needs most (a GPU runs an iteration on a warp's lanes where the host runs it on one thread)
          if (seqStride != 0 && (seqStride != gen.sequenceStride() || logits != gen.logitsOffset())) {
            throw new IllegalStateException("targets disagree on the sequence layout: " + seqStride + "/" + logits
                + " vs " + gen.sequenceStride() + "/" + gen.logitsOffset() + " for " + t.id);
          }
          seqStride = gen.sequenceStride();
          logits = gen.logitsOffset();
          slotStride = Math.max(slotStride, gen.slotStride());
          blockStride = Math.max(blockStride, gen.blockStride());
          gpuShared = Math.max(gpuShared, gen.sharedBytes());
          profileLabels = List.copyOf(gen.profileLabels());
          counters = gen.counters();
          if (keepLlvm && !batched) llvm.put(t, ir.text());
          Ir generated = ir;
          LLVMTargetMachineRef machine = tm;
          Path dir = work;
          stages.after("llvm." + job.name(), generated::text);
          emissions.add(new Emission(job, generated, pool.submit(() -> emit(job, generated, machine, dir))));
          handedOver = true;
        } finally {
          if (!handedOver) ir.dispose();
        }
      }
      Map<String, PtxResources> resources = new LinkedHashMap<>();
      for (Emission e : emissions) {
        KernelJob job = e.job();
        Emitted emitted = e.result();
        if (job.target().kind == Target.Kind.NVPTX) {
          stages.after("kernel." + job.name(), () -> new String(emitted.bytes(), StandardCharsets.UTF_8));
        }
        kernels.put(job.key(), job.fileName());
        if (emitted.resources() == null) continue;
        resources.put(job.key(), emitted.resources());
        Files.writeString(work.resolve("kernel." + job.name() + ".resources.txt"), emitted.resources().report());
      }
      Files.writeString(work.resolve("step.etdg"), EtdgPrinter.print(graph));
      Files.writeString(work.resolve("step.schedule"), schedule.print());
      Files.writeString(work.resolve("step.memory"), plan.print());
      for (Map.Entry<Target, String> e : llvm.entrySet()) Files.writeString(work.resolve("kernel." + e.getKey().id + ".ll"), e.getValue());
      Manifest m = manifest(graph, layout, kernels, seqStride, slotStride, blockStride, logits, profileLabels, gpuThreads,
          counters, gpuShared, kernels.containsKey(Target.HOST.id) ? hostCpu.id : null);
      Files.writeString(work.resolve("manifest.json"), new GsonBuilder().setPrettyPrinting().create().toJson(m));
      BundleFolder.install(work, outDir);
      installed = true;
      return new Result(m, llvm, resources);
    } catch (IOException e) {
      // the bundle's folder (or the disk under it) would not take a file: nothing is installed
      throw new OutputFolderException("cannot write the bundle " + outDir + ": " + IoErrors.reason(e));
    } finally {
      // a job still queued never runs: cancelled, so that its emission's close does not wait for
      // it; a running one finishes undisturbed (an interrupt would turn its ptxas into a rejection)
      List<Runnable> queued = new ArrayList<>();
      pool.getQueue().drainTo(queued);
      for (Runnable r : queued) {
        if (r instanceof java.util.concurrent.Future<?> f) f.cancel(false);
      }
      pool.shutdown();
      for (Emission e : emissions) e.close();
      // a failed compile leaves no half-written bundle; an LLVM failure's module and the command
      // that reproduces it stay in the hidden folder its message names
      if (work != null && !installed && !BundleFolder.holdsFailureReport(work)) BundleFolder.delete(work);
    }
  }

  /** A kernel's emitted bytes (PTX or the object) and, for PTX, what ptxas reports of it (null without ptxas). */
  private record Emitted(byte[] bytes, PtxResources resources) {}

  /**
   * Optimizes and emits {@code ir}, {@code job}'s kernel, into {@code work}: PTX as it is, checked
   * by ptxas ({@link Toolchain#checkPtx}: a rejection is thrown, the module saved for its report),
   * or an object linked into a shared object.
   */
  private static Emitted emit(KernelJob job, Ir ir, LLVMTargetMachineRef tm, Path work) throws IOException {
    Target t = job.target();
    byte[] emitted = Toolchain.emit(ir, t, tm, work, job.name());
    Path file = work.resolve(job.fileName());
    if (t.kind != Target.Kind.NVPTX) {
      Files.write(file, Toolchain.link(emitted, t, work));
      return new Emitted(emitted, null);
    }
    Files.write(file, emitted);
    return new Emitted(emitted, Toolchain.checkPtx(ir, t, file, work, job.name()));
  }

  /**
   * A kernel being optimized, emitted and checked on another thread, with its LLVM module, which
   * stays alive until that ends (a rejection's report saves the module) and is freed by {@link #close}.
   */
  private static final class Emission implements AutoCloseable {
    private final KernelJob job;
    private Ir ir;
    private final java.util.concurrent.Future<Emitted> done;

    Emission(KernelJob job, Ir ir, java.util.concurrent.Future<Emitted> done) {
      this.job = job;
      this.ir = ir;
      this.done = done;
    }

    KernelJob job() {
      return job;
    }

    /** The emitted kernel, once ready; a failure is thrown as the emitting thread threw it. */
    Emitted result() throws IOException {
      try {
        return done.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackendException(BackendException.LLVM_FAILED, "interrupted while emitting the " + job.name() + " kernel");
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof IOException io) throw io;
        if (e.getCause() instanceof Error err) throw err;
        throw new BackendException(BackendException.LLVM_FAILED, "emitting the " + job.name() + " kernel: " + e.getCause());
      }
    }

    /** Waits for the emission to end, whatever its outcome (a cancelled one never started), and frees the module. */
    @Override
    public void close() {
      if (ir == null) return;
      // the module is freed only once no thread uses it, so an interrupt here waits on
      try {
        com.google.common.util.concurrent.Uninterruptibles.getUninterruptibly(done);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
        // reported by result() where it mattered; a cancelled job never started
      }
      ir.dispose();
      ir = null;
    }
  }

  /**
   * One kernel of the bundle: {@code target}'s, or with {@code batchedFrom} > 0 its kernel for
   * batches of at least that many sequences.
   */
  private record KernelJob(Target target, int batchedFrom) {
    boolean batched() {
      return batchedFrom > 0;
    }

    /** Its Manifest#kernels key. */
    String key() {
      return batched() ? Manifest.batchedKernelKey(target.id, batchedFrom) : target.id;
    }

    /** What its stage dumps and its files are named after: sm_90, or sm_90.b4 for the batched kernel. */
    String name() {
      return batched() ? target.id + ".b" + batchedFrom : target.id;
    }

    String fileName() {
      return batched() ? "kernel." + name() + ".ptx" : target.fileName();
    }
  }

  private static Manifest manifest(Graph g, Layout layout, Map<String, String> kernels, long seqStride, long slotStride,
      long blockStride, long logitsOffset, List<String> profile, int gpuThreads, int counters, long gpuShared, String hostCpu) {
    List<Manifest.WeightEntry> weights = new ArrayList<>();
    List<Manifest.ParamEntry> params = new ArrayList<>();
    List<Manifest.StateEntry> states = new ArrayList<>();
    List<String> sequence = new ArrayList<>();
    for (Buffer b : g.getBuffers()) {
      String dt = b.getDtype().getLiteral().toLowerCase();
      switch (b.getKind()) {
        case WEIGHT -> weights.add(new Manifest.WeightEntry(b.getName(), b.getSource(), b.isStacked(),
            b.getTiedTo() == null ? null : b.getTiedTo().getName(), dt, staticShape(b), layout.weightOffset(b),
            layout.bounds().bytes(b)));
        case PARAM -> params.add(new Manifest.ParamEntry(b.getName(), dt, b.getDefaultValue(), layout.paramIndex(b)));
        case STATE -> states.add(new Manifest.StateEntry(b.getName(), b.getGrowth().getLiteral().toLowerCase(), b.getCapacity(),
            layout.stateOffset(b), layout.stateBytes(b)));
        case SEQUENCE -> sequence.add(b.getName());
      }
    }
    Map<String, String> config = new LinkedHashMap<>();
    for (ConfigEntry e : g.getConfig()) config.put(e.getName(), e.getValue());
    Map<String, String> stages = new LinkedHashMap<>();
    stages.put("etdg", "step.etdg");
    stages.put("schedule", "step.schedule");
    stages.put("memory", "step.memory");
    return new Manifest(Manifest.FORMAT, g.getName(), dev.fractalgen.runtime.kernel.KernelAbi.ENTRY, kernels, stages,
        weights, layout.weightsBytes(), params, states, sequence, layout.stateStride(), seqStride, slotStride, blockStride,
        layout.maxPositions(), vocab(g), logitsOffset, new Manifest.Grid(true, gpuThreads, 1, counters, gpuShared, hostCpu), profile, config,
        errorSites(g, layout));
  }

  /** What a kernel error's detail word names (Manifest.errorSites): each node's place and value, each state's name. */
  private static Map<String, String> errorSites(Graph g, Layout layout) {
    Map<String, String> sites = new java.util.TreeMap<>();
    layout.nodeIds().forEach((node, id) -> {
      String value = node.getOutputs().isEmpty() ? node.getOp().getLiteral().toLowerCase() : "%" + node.getOutputs().get(0).getName();
      sites.put("node:" + id, dev.fractalgen.etdg.build.SourceSpans.of(node).map(at -> at + ", " + value).orElse(value));
    });
    List<Buffer> states = g.getGenerate().getStates();
    for (int k = 0; k < states.size(); k++) sites.put("state:" + k, states.get(k).getName());
    return sites;
  }

  private static long vocab(Graph g) {
    for (var n : g.getGenerate().getStep().getNodes()) {
      if (n.getOp() == dev.fractalgen.etdg.model.Op.SAMPLE) {
        return n.getOperands().get(0).getValue().getShape().stream().mapToLong(Dim::getConstant).reduce(1, (a, b) -> a * b);
      }
    }
    return 0;
  }

  private static long[] staticShape(Buffer b) {
    return b.getShape().stream().mapToLong(Dim::getConstant).toArray();
  }
}
