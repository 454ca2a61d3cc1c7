package dev.fractalgen.backend.codegen;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;
import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.ShapeSymbols;
import dev.fractalgen.etdg.StepStatus;
import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Term;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.schedule.CopyFirstRowsEarlyPass;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The one kernel of a generate loop: every thread of a persistent grid runs the whole loop,
 * walking the schedule's phases (serial work on each sequence's owner thread, map iterations
 * spread over all threads by {@link ParallelPhases}, grid barriers between), then a stage/commit
 * step end that streams tokens, grows the states and decides each sequence's stop. The loop
 * exits, for every thread alike, once all sequences are done or an error was recorded.
 */
public final class KernelGenerator implements KernelFrame {
  private final Ir ir;
  private final Target target;
  private final GridSchedule schedule;
  private final Layout layout;
  private final NodeEmitter nodes;
  private final Allocator sequenceAlloc;
  private final GridSync grid;
  /**
   * Each dataflow counter's index, by the values it publishes (the checker allows one arrive per
   * counter and region, and a region's values are its own, so the lists differ across the
   * schedule), and this thread's count of its arrivals.
   */
  private final Map<List<Value>, Integer> counters = new HashMap<>();
  private final List<LLVMValueRef> epochs = new ArrayList<>();
  private final dev.fractalgen.etdg.text.EtdgPrinter names;
  /** Whether the block arena is the block's dynamic shared memory (on-chip) rather than global memory. */
  private final boolean sharedBlockArena;
  private final int gpuBlockThreads;
  /** Bytes at the start of a block's shared memory for its warps' staged weight rows (StagedRows), 0 for none. */
  private final long stageBytes;

  private LLVMValueRef table, tid, threads, threadInBlock, blockId, blockThreads, blocks, batch, sync, control, posVar;
  private LLVMValueRef seqArena, seqStride, slotArena, slotStrideV, blockArena, stageArena, states, stateStride;
  /** The parallel and spread phases, made at the kernel's entry. */
  private ParallelPhases parallels;

  /**
   * @param profile time every segment between grid barriers (each block's first thread, summed over steps)
   * @param sharedBlockArena keep the block arena (the values of maps run by whole blocks) in the
   *     block's dynamic shared memory, which the launch sizes to {@link #blockStride}; NVPTX only
   * @param gpuBlockThreads the block size a GPU kernel is launched with (ptxas fits its registers to it)
   * @param batchedKernel emit the kernel for batches of at least the schedule's batched group
   *     (ShareRowsAcrossSequencesPass.batchedFrom), which runs batched warp phases a row for a group of sequences at a
   *     time; false: the kernel for every batch, which runs them item by item
   */
  public KernelGenerator(Ir ir, Target target, GridSchedule schedule, Layout layout, boolean profile, boolean sharedBlockArena,
      int gpuBlockThreads, boolean batchedKernel) {
    this.batchedKernel = batchedKernel;
    if (sharedBlockArena && target.kind != Target.Kind.NVPTX) throw new IllegalArgumentException(target.id + " has no dynamic shared memory here");
    this.ir = ir;
    this.sharedBlockArena = sharedBlockArena;
    this.gpuBlockThreads = gpuBlockThreads;
    this.grid = new GridSync(ir, target, profile);
    this.names = new dev.fractalgen.etdg.text.EtdgPrinter(schedule.graph());
    this.target = target;
    this.schedule = schedule;
    this.layout = layout;
    this.sequenceAlloc = new Allocator(Allocator.Arena.SEQUENCE, layout.scratchBytes());
    MathLibrary math = new MathLibrary(ir);
    math.define();
    SamplerLibrary sampler = new SamplerLibrary(ir, math);
    sampler.define();
    this.nodes = new NodeEmitter(ir, this, math, sampler, layout);
    long row = sharedBlockArena ? longestStagedRow(schedule.step()) : 0;
    this.stageBytes = (long) gpuBlockThreads / Math.max(1, target.warpLanes()) * StagedRows.BUFFERS * row;
  }

  /**
   * The largest buffer of the phases' staged warp maps, 0 if none is staged here: a phase whose long
   * rows its lanes load themselves (not whole pieces of a buffer) has none.
   */
  private long longestStagedRow(List<Phase> phases) {
    long most = 0;
    for (Phase p : phases) {
      if (p instanceof Phase.Parallel par) most = Math.max(most, ParallelPhases.staging(target, par, batchedKernel, true).buffer());
      if (p instanceof Phase.Loop l) most = Math.max(most, longestStagedRow(l.body()));
    }
    return most;
  }

  private final boolean batchedKernel;

  /** NVPTX's address space of a block's shared memory. */
  private static final int SHARED_ADDRESS_SPACE = 3;

  /** Bytes of grid-level scratch per sequence, known once {@link #emit} ran. */
  public long sequenceStride() { return sequenceAlloc.used(); }
  public long slotStride() { return parallels.slotStride(); }
  public long blockStride() { return parallels.blockStride(); }
  /** Dynamic shared memory a GPU block launches with: the staged rows and the block arena when it is on-chip. */
  public long sharedBytes() { return sharedBlockArena ? stageBytes + parallels.blockStride() : 0; }
  /** Labels of the profile points, in counter order; empty without profiling. */
  public List<String> profileLabels() { return grid.labels(); }
  /** The dataflow counters the kernel uses, known once {@link #emit} ran. */
  public int counters() { return epochs.size(); }

  /**
   * Where the logits sampled by the step's top-level sample node stay in a sequence's scratch
   * after its last step (a finished sequence's scratch is not written again), or -1.
   */
  public long logitsOffset() {
    for (Node n : schedule.graph().getGenerate().getStep().getNodes()) {
      if (n.getOp() == dev.fractalgen.etdg.model.Op.SAMPLE) return nodes.sequenceOffset(n.getOperands().get(0).getValue());
    }
    return -1;
  }

  public void emit() {
    LLVMValueRef fn = target.declareEntry(ir, gpuBlockThreads);
    ir.function(fn);
    table = ir.param(0);
    LLVMValueRef[] ids = target.threadIds(ir);
    blockId = ids[0];
    threadInBlock = ids[1];
    blocks = slot(NBLOCKS);
    // a CUDA kernel requires the block size it is compiled for (reqntid: any other launch fails), so
    // it is a constant: divisions by it and by the warps a block become shifts, and code that
    // groups work by the block's warps can be shaped when compiling
    blockThreads = target.kind == Target.Kind.NVPTX ? ir.c64(gpuBlockThreads) : slot(BLOCK_THREADS);
    tid = ir.add(ir.mul(ids[0], blockThreads), threadInBlock);
    threads = ir.mul(blocks, blockThreads);
    batch = slot(BATCH);
    sync = ir.intToPtr(slot(SYNC));
    control = ir.intToPtr(slot(CONTROL));
    seqArena = ir.intToPtr(aligned(SEQ_ARENA, BUFFER_ALIGN));
    seqStride = aligned(SEQ_STRIDE, STRIDE_ALIGN);
    slotArena = ir.intToPtr(aligned(SLOT_ARENA, BUFFER_ALIGN));
    slotStrideV = aligned(SLOT_STRIDE, STRIDE_ALIGN);
    // on-chip, a block's values of a block-run map are a few cycles away instead of an L2 round trip
    // the staged rows first, as a shared-memory pointer (their loads are ld.shared vectors), then the arena
    stageArena = sharedBlockArena ? ir.externalArrayIn("fractal_block_arena", SHARED_ADDRESS_SPACE) : null;
    blockArena = sharedBlockArena ? ir.byteOffset(ir.externalArray("fractal_block_arena", SHARED_ADDRESS_SPACE), ir.c64(stageBytes))
        : ir.byteOffset(ir.intToPtr(aligned(BLOCK_ARENA, BUFFER_ALIGN)), ir.mul(ids[0], aligned(BLOCK_STRIDE, STRIDE_ALIGN)));
    states = ir.intToPtr(aligned(STATES, BUFFER_ALIGN));
    stateStride = aligned(STATE_STRIDE, STRIDE_ALIGN);
    posVar = ir.var(ir.i64, ir.c64(0));
    grid.start(blockId, threadInBlock, blocks, sync, ir.intToPtr(slot(PROFILE)));
    declareCounters(schedule.step());
    parallels = new ParallelPhases(ir, target, nodes, layout, sequenceAlloc, new ParallelPhases.Kernel(blockId, blocks, threadInBlock,
        blockThreads, tid, threads, batch, blockArena, stageArena, slotArena, slotStrideV, b -> ctl(b, CTL_DONE)), stageBytes, gpuBlockThreads, batchedKernel);
    bindBuffers();
    generateLoop();
    ir.retVoid();
  }

  /** A counter per arrive, its arrival count a local set to zero here, at the kernel's entry. */
  private void declareCounters(List<Phase> phases) {
    for (Phase p : phases) {
      if (p instanceof Phase.Arrive a) {
        counters.put(a.values(), epochs.size());
        epochs.add(ir.var(ir.i32, ir.c32(0)));
      }
      if (p instanceof Phase.Loop l) declareCounters(l.body());
    }
  }

  private LLVMValueRef slot(int index) {
    return ir.loadAt(ir.i64, table, ir.c64(index));
  }

  /**
   * A table word that the ABI guarantees to be a multiple of {@code align}, with its low bits
   * cleared: that tells LLVM the alignment, so chunks of consecutive elements at aligned offsets
   * load as one vector (KernelAbi: buffers 64-byte aligned, the weights 256, strides multiples of 16).
   */
  private LLVMValueRef aligned(int index, long align) {
    return ir.and(slot(index), ir.c64(-align));
  }

  // ---- KernelFrame ----------------------------------------------------------------------------

  @Override
  public LLVMValueRef sequenceBase(LLVMValueRef seq) {
    return ir.byteOffset(seqArena, ir.mul(seq, seqStride));
  }

  @Override
  public LLVMValueRef symbol(String name, Scope s) {
    return switch (name) {
      case ShapeSymbols.POS -> ir.load(ir.i64, posVar);
      case ShapeSymbols.PROMPT_LENGTH -> ir.idx(ir.loadAt(ir.i32, ir.intToPtr(slot(PROMPT_LENS)), s.seq()));
      default -> throw new BackendException(BackendException.UNSUPPORTED, "shape symbol " + name);
    };
  }

  @Override
  public void failIf(LLVMValueRef cond, int code, int detail) {
    ir.ifThen(cond, () -> {
      ir.report(grid.word(SYNC_ERROR), ir.c32(code), grid.word(SYNC_ERROR_DETAIL), ir.c32(detail));
    });
  }

  @Override
  public void profilePoint(Node n) {
    grid.mark("  in block: " + (n.getOutputs().isEmpty() ? n.getOp().getLiteral() : names.name(n.getOutputs().get(0)) + " = " + n.getOp().getLiteral().toLowerCase()));
  }

  @Override
  public Target target() {
    return target;
  }

  @Override
  public void blockBarrier() {
    target.blockBarrier(ir);
  }


  private LLVMValueRef ctl(LLVMValueRef seq, int field) {
    return ir.at(ir.i32, control, ir.add(ir.mul(seq, ir.c64(CONTROL_BYTES / 4)), ir.c64(field)));
  }

  // ---- buffers --------------------------------------------------------------------------------

  private void bindBuffers() {
    for (Buffer b : schedule.graph().getBuffers()) {
      switch (b.getKind()) {
        case WEIGHT -> {
          long off = layout.weightOffset(b);
          long align = Tensor.alignAfter(WEIGHTS_ALIGN, off);
          nodes.bind(b, s -> Tensor.aligned(ir.byteOffset(ir.intToPtr(aligned(WEIGHTS, WEIGHTS_ALIGN)), ir.c64(off)), b.getDtype(), nodes.dims(b, s), align));
        }
        case PARAM -> {
          int index = layout.paramIndex(b);
          nodes.bind(b, s -> new Tensor(ir.at(ir.i32, ir.intToPtr(slot(PARAMS)), ir.c64(index)), b.getDtype(), new LLVMValueRef[0]));
        }
        case SEQUENCE -> nodes.bind(b, s -> sequenceBuffer(b, s));
        case STATE -> { }
      }
    }
    Region step = schedule.graph().getGenerate().getStep();
    List<Arg> args = step.getArgs();
    nodes.bind(args.get(0), s -> new Tensor(ctl(s.seq(), CTL_TOKEN), args.get(0).getDtype(), new LLVMValueRef[0]));
    nodes.bind(args.get(1), s -> new Tensor(ctl(s.seq(), CTL_POS), args.get(1).getDtype(), new LLVMValueRef[0]));
    List<Buffer> stateBuffers = schedule.graph().getGenerate().getStates();
    for (int k = 0; k < stateBuffers.size(); k++) {
      Arg a = args.get(2 + k);
      long off = layout.stateOffset(stateBuffers.get(k));
      nodes.bind(a, s -> Tensor.aligned(stateBase(s.seq(), off), a.getDtype(), nodes.dims(a, s), Tensor.alignAfter(STRIDE_ALIGN, off)));
    }
  }

  private LLVMValueRef stateBase(LLVMValueRef seq, long offset) {
    return ir.byteOffset(states, ir.add(ir.mul(seq, stateStride), ir.c64(offset)));
  }

  private Tensor sequenceBuffer(Buffer b, Scope s) {
    return switch (b.getName()) {
      case "prompt" -> new Tensor(ir.at(ir.i32, ir.intToPtr(slot(PROMPTS)), ir.mul(s.seq(), slot(MAX_PROMPT))), b.getDtype(), nodes.dims(b, s));
      case "prompt_len" -> new Tensor(ir.at(ir.i32, ir.intToPtr(slot(PROMPT_LENS)), s.seq()), b.getDtype(), new LLVMValueRef[0]);
      case "seq" -> new Tensor(ir.at(ir.i32, ir.intToPtr(slot(SEQ_IDS)), s.seq()), b.getDtype(), new LLVMValueRef[0]);
      default -> throw new BackendException(BackendException.UNSUPPORTED, "sequence buffer %" + b.getName());
    };
  }

  // ---- the loop -------------------------------------------------------------------------------

  private void generateLoop() {
    LLVMBasicBlockRef head = ir.block("step"), body = ir.block("stepbody"), exit = ir.block("exit");
    ir.br(head);
    ir.at(head);
    LLVMValueRef pos = ir.load(ir.i64, posVar);
    LLVMValueRef allDone = ir.var(ir.i1, ir.bool(true));
    ir.loop(batch, b -> ir.ifThen(ir.eq(ir.load(ir.i32, ctl(b, CTL_DONE)), ir.c32(0)), () -> ir.store(ir.bool(false), allDone)));
    LLVMValueRef error = ir.ne(ir.atomicLoad(ir.i32, grid.word(SYNC_ERROR), LLVMAtomicOrderingAcquire), ir.c32(0));
    LLVMValueRef abort = ir.ne(ir.atomicLoad(ir.i32, grid.word(SYNC_ABORT), LLVMAtomicOrderingAcquire), ir.c32(0));
    LLVMValueRef limit = ir.icmp(LLVMIntSGE, pos, slot(MAX_STEPS));
    LLVMValueRef done = ir.load(ir.i1, allDone);
    // every thread computes the same decision from done, error and the step limit: they were all
    // written before the last barrier
    LLVMValueRef isFirst = ir.eq(tid, ir.c64(0));
    failIf(ir.and(isFirst, ir.and(limit, ir.xor(ir.or(done, error), ir.bool(true)))), ERR_STEP_LIMIT, (int) 0);
    // the host's abort word is not ordered by the last barrier: blocks may read it a step apart, so
    // every block that leaves for it says so, and blocks still waiting for it stop waiting (GridSync)
    failIf(ir.and(abort, ir.xor(ir.or(done, error), ir.bool(true))), ERR_ABORTED, 0);
    ir.condBr(ir.or(ir.or(done, error), ir.or(abort, limit)), exit, body);
    ir.at(body);
    Region step = schedule.graph().getGenerate().getStep();
    phases(schedule.step());
    stepEnd(step);
    ir.store(ir.add(ir.load(ir.i64, posVar), ir.c64(1)), posVar);
    ir.br(head);
    ir.at(exit);
  }

  /**
   * Runs {@code body} for each sequence this thread's block owns (b = block, block + blocks, ...)
   * that is not done, with every thread of the block as a lane of the scope. Control flow is the
   * same for the whole block, so block barriers inside are safe.
   */
  private void owned(Consumer<Scope> body) {
    ir.loop(blockId, batch, blocks, b -> ir.ifThen(ir.eq(ir.load(ir.i32, ctl(b, CTL_DONE)), ir.c32(0)),
        () -> body.accept(new Scope(b, null, sequenceAlloc, threadInBlock, blockThreads, true, null, null))));
  }

  /** Whether this thread's block owns any sequence: {@link #owned}'s first, the block's own index, is below the batch. */
  private LLVMValueRef ownsASequence() {
    return ir.slt(blockId, batch);
  }

  /** As {@link #owned}, run by the block's first thread alone (control words, staged copies). */
  private void ownedByLeader(Consumer<Scope> body) {
    owned(s -> ir.ifThen(ir.eq(threadInBlock, ir.c64(0)), () -> body.accept(Scope.single(ir, s.seq(), null, sequenceAlloc))));
  }

  private void phases(List<Phase> list) {
    List<Phase.Serial> serial = new ArrayList<>();
    for (int at = 0; at < list.size(); at++) {
      Phase p = list.get(at);
      if (!Phase.isSync(p) && !(p instanceof Phase.View)) grid.note(label(p));
      if (p instanceof Phase.Serial s) {
        // a group runs on the owners or on every block: a change of kind starts a new one
        if (!serial.isEmpty() && serial.get(0).replicated() != s.replicated()) flushSerial(serial);
        serial.add(s);
        continue;
      }
      if (p instanceof Phase.View v) {
        nodes.emit(v.node(), null);
        continue;
      }
      flushSerial(serial);
      switch (p) {
        case Phase.Barrier b -> grid.barrier(null);
        case Phase.Arrive a -> {
          grid.arrive(counters.get(a.values()), epochs.get(counters.get(a.values())));
          grid.mark(null);
        }
        case Phase.Wait w -> {
          int k = counters.get(w.values());
          grid.await(k, epochs.get(k), w.owners() ? ownsASequence() : ir.bool(true));
          grid.mark("  waited for " + w.values().stream().map(names::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        case Phase.Parallel par -> {
          Phase.Spread then = computedAfter(list, at);
          List<Node> fusing = new ArrayList<>(par.fused());
          if (then != null) fusing.addAll(then.fused());
          nodes.fusing(fusing);
          nodes.summingByColumns(par.columns());
          parallels.parallel(par, then);
          nodes.fusing(List.of());
          nodes.summingByColumns(List.of());
          int next = earlyAfter(list, at);
          if (next >= 0) parallels.startEarly((Phase.Parallel) list.get(next), computedAfter(list, next) != null);
        }
        case Phase.Spread spread -> {
          if (spread.by().isEmpty()) {
            nodes.fusing(spread.fused());
            parallels.spread(spread);
            nodes.fusing(List.of());
          } else if (at == 0 || computedAfter(list, at - 1) != spread) {
            // the checker keeps it right after its second phase, which computed it
            throw new IllegalStateException("a spread phase computed by other phases' warps does not follow them: " + label(p));
          }
        }
        case Phase.Loop loop -> gridScan(loop);
        default -> throw new IllegalStateException(p.toString());
      }
    }
    flushSerial(serial);
  }

  /**
   * The spread phase that the warps of {@code list.get(at)} compute after its items (it follows
   * it, computed by it and the phase before: ElementwiseAfterRowsPass), else null.
   */
  private static Phase.Spread computedAfter(List<Phase> list, int at) {
    return at + 1 < list.size() && list.get(at + 1) instanceof Phase.Spread sp && sp.by().size() == 2 && sp.by().get(1) == Phase.node(list.get(at))
        ? sp : null;
  }

  /**
   * The phase whose first rows' copies start at the end of {@code list.get(at)}: the list's next
   * warp phase, when it is marked early and this is the warp phase before it
   * (CopyFirstRowsEarlyPass.previousWarp); else null.
   */
  private static int earlyAfter(List<Phase> list, int at) {
    for (int j = at + 1; j < list.size(); j++) {
      if (CopyFirstRowsEarlyPass.isWarp(list.get(j))) {
        return ((Phase.Parallel) list.get(j)).early() && CopyFirstRowsEarlyPass.previousWarp(list, j) == at ? j : -1;
      }
    }
    return -1;
  }

  private String label(Phase p) {
    Node n = Phase.node(p);
    String kind = p instanceof Phase.Serial ? "serial" : p instanceof Phase.Parallel ? "parallel" : p instanceof Phase.Spread ? "spread" : "loop";
    return kind + " " + (n.getOutputs().isEmpty() ? "" : names.name(n.getOutputs().get(0)));
  }

  /** Consecutive serial nodes share one loop over the owned sequences: program order orders them. */
  private void flushSerial(List<Phase.Serial> serial) {
    if (serial.isEmpty()) return;
    List<Phase.Serial> group = List.copyOf(serial);
    serial.clear();
    // outputs are allocated at generation time, inside the loop's body; the block's threads share
    // each node's elements and meet before the next node reads them; a fused node is only bound,
    // computed where its user reads it
    Consumer<Scope> run = s -> group.forEach(p -> {
      nodes.fusing(p.fused());
      for (Node f : p.fused()) nodes.emit(f, s);
      nodes.emit(p.node(), s);
      nodes.fusing(List.of());
      target.blockBarrier(ir);
    });
    if (!group.get(0).replicated()) {
      owned(run);
    } else {
      // one sequence: every block computes it (Phase.Serial); more: the owners, then a grid barrier
      // (the same branch on every block: the batch is the launch's). The group is generated in
      // both branches: its outputs go where the memory plan put them (a scan body's nodes are all
      // planned), so both write the same places; scratch of a node's own is each branch's
      ir.ifElse(ir.eq(batch, ir.c64(1)), () -> everyBlock(run), () -> {
        owned(run);
        grid.barrier();
      });
    }
    grid.mark(null);
  }

  /** As {@link #owned} for sequence 0 (when not done), on every block: a replicated serial phase at batch 1. */
  private void everyBlock(Consumer<Scope> body) {
    LLVMValueRef b = ir.c64(0);
    ir.ifThen(ir.eq(ir.load(ir.i32, ctl(b, CTL_DONE)), ir.c32(0)),
        () -> body.accept(new Scope(b, null, sequenceAlloc, threadInBlock, blockThreads, true, null, null)));
  }


  /** A scan run by all threads in lockstep: body phases per iteration, carries staged and committed between barriers. */
  private void gridScan(Phase.Loop loop) {
    Node scan = loop.node();
    List<Phase> body = loop.body();
    int m = scan.getInts().get(0).intValue();
    Region region = scan.getRegions().get(0);
    if (scan.getOperands().size() == m) throw new BackendException(BackendException.UNSUPPORTED, "a scan without iterated operands");
    Value xs = scan.getOperands().get(m).getValue();
    for (Term t : xs.getShape().get(0).getTerms()) {
      if (t.getSymbol().equals(ShapeSymbols.PROMPT_LENGTH)) throw new BackendException(BackendException.UNSUPPORTED, "a grid-level scan over a prompt-length dimension");
    }
    Scope template = Scope.single(ir, ir.c64(0), null, sequenceAlloc);
    List<Function<Scope, Tensor>> outs = new ArrayList<>();
    for (Output o : scan.getOutputs()) outs.add(nodes.allocate(o, template));
    // each carry has two buffers, its output and a spare: iteration i reads buffer i mod 2 and its
    // results go to the other, so one barrier a round separates the writes from the next reads (the
    // owners' own where only they work at a round's edges)
    List<Long> spare = new ArrayList<>();
    for (int j = 0; j < m; j++) spare.add(sequenceAlloc.allocate(layout.bounds().bytes(scan.getOutputs().get(j))));
    owned(s -> {
      for (int j = 0; j < m; j++) nodes.copy(nodes.get(scan.getOperands().get(j).getValue(), s), outs.get(j).apply(s), s);
    });
    grid.barrier("scan carry init");
    // from the declared shape: reading the scan operand itself would read sequence 0, which may be done
    LLVMValueRef count = nodes.dims(xs, template)[0];
    // owner-rounds: only owner blocks work at a round's edges, so a round ends on their block barrier
    boolean ownersAlone = loop.ownerRounds();
    ir.loop(count, i -> {
      LLVMValueRef odd = ir.eq(ir.and(i, ir.c64(1)), ir.c64(1));
      for (int j = 0; j < m; j++) {
        Function<Scope, Tensor> out = outs.get(j);
        long off = spare.get(j);
        nodes.bind(region.getArgs().get(j), s -> carryBuffer(out.apply(s), off, odd, s));
      }
      for (int k = m; k < scan.getOperands().size(); k++) {
        Value x = scan.getOperands().get(k).getValue();
        nodes.bind(region.getArgs().get(k), s -> nodes.get(x, s).row(ir, i));
      }
      phases(body);
      // the copies are shared by the owner block's threads: one thread's copy is a chain of loads
      LLVMValueRef even = ir.xor(odd, ir.bool(true));
      owned(s -> {
        for (int j = 0; j < m; j++) nodes.copy(result(region, j, s), carryBuffer(outs.get(j).apply(s), spare.get(j), even, s), s);
        for (int j = m; j < region.getResults().size(); j++) nodes.copy(result(region, j, s), outs.get(j).apply(s).row(ir, i), s);
      });
      if (ownersAlone) {
        target.blockBarrier(ir);
        grid.mark("scan stage");
      } else {
        grid.barrier("scan stage");
      }
    });
    // after an odd number of rounds the final carries are in the spares
    ir.ifThen(ir.eq(ir.and(count, ir.c64(1)), ir.c64(1)), () -> {
      owned(s -> {
        for (int j = 0; j < m; j++) {
          Tensor carry = outs.get(j).apply(s);
          nodes.copy(stagingTensor(carry, spare.get(j), s), carry, s);
        }
      });
      if (!ownersAlone) grid.barrier("scan result");
    });
    // the rounds' copies were ordered for their owner block only: every block sees them from here on
    if (ownersAlone) grid.barrier("scan result");
  }

  /** Carry {@code out}'s buffer: the spare at {@code spareOffset} when {@code spare} holds, else its own storage. */
  private Tensor carryBuffer(Tensor out, long spareOffset, LLVMValueRef spare, Scope s) {
    return new Tensor(ir.select(spare, stagingTensor(out, spareOffset, s).ptr(), out.ptr()), out.dtype(), out.dims());
  }

  private Tensor result(Region r, int j, Scope s) {
    return nodes.get(r.getResults().get(j).getValue(), s);
  }

  private Tensor stagingTensor(Tensor like, long offset, Scope s) {
    return new Tensor(ir.byteOffset(sequenceBase(s.seq()), ir.c64(offset)), like.dtype(), like.dims());
  }

  /**
   * The end of a step. Stage (owner threads): append rows, stage replaced states, stream the
   * emitted token, decide the stop. Barrier: no thread reads this step's states any more. Commit:
   * replaced states, next token, done flag, pos. Barrier.
   */
  private void stepEnd(Region step) {
    List<Buffer> stateBuffers = schedule.graph().getGenerate().getStates();
    List<Long> staging = new ArrayList<>();
    for (Buffer b : stateBuffers) staging.add(b.getGrowth() == Growth.REPLACE ? sequenceAlloc.allocate(layout.stateBytes(b)) : -1L);
    // the rows and staged states are copied by the owner block's threads, the control words by its first
    owned(s -> {
      LLVMValueRef pos = ir.load(ir.i64, posVar);
      for (int k = 0; k < stateBuffers.size(); k++) {
        Buffer buf = stateBuffers.get(k);
        Tensor row = result(step, 2 + k, s);
        if (buf.getGrowth() == Growth.APPEND) {
          Tensor rows = new Tensor(stateBase(s.seq(), layout.stateOffset(buf)), row.dtype(), new LLVMValueRef[] {ir.c64(buf.getCapacity()), row.numel(ir)});
          ir.ifThen(ir.slt(pos, ir.c64(buf.getCapacity())), () -> nodes.copy(row, rows.row(ir, pos), s));
        } else {
          nodes.copy(row, stagingTensor(row, staging.get(k), s), s);
        }
      }
    });
    ownedByLeader(s -> {
      LLVMValueRef b = s.seq();
      LLVMValueRef next = result(step, 0, s).load(ir, ir.c64(0));
      LLVMValueRef status = result(step, 1, s).load(ir, ir.c64(0));
      LLVMValueRef pos = ir.load(ir.i64, posVar);
      for (int k = 0; k < stateBuffers.size(); k++) {
        Buffer buf = stateBuffers.get(k);
        if (buf.getGrowth() == Growth.APPEND) failIf(ir.icmp(LLVMIntSGE, pos, ir.c64(buf.getCapacity())), ERR_STATE_FULL, k);
      }
      // once the kernel has failed (or was aborted), blocks may have left a barrier early (GridSync)
      // and this step's values may be incomplete: nothing more is published to the host
      LLVMValueRef healthy = ir.eq(ir.atomicLoad(ir.i32, grid.word(SYNC_ERROR), LLVMAtomicOrderingAcquire), ir.c32(0));
      LLVMValueRef emits = ir.and(healthy, ir.or(is(status, StepStatus.EMITTED), is(status, StepStatus.EMITTED_LAST)));
      ir.ifThen(emits, () -> streamToken(b, next));
      failIf(ir.icmp(LLVMIntUGT, status, ir.c32(StepStatus.lastCode())), ERR_BAD_STATUS, 0);
      LLVMValueRef stops = ir.or(is(status, StepStatus.EMITTED_LAST), is(status, StepStatus.EOS));
      ir.store(next, ctl(b, CTL_NEXT_TOKEN));
      ir.store(ir.zext(stops, ir.i32), ctl(b, CTL_NEXT_DONE));
      ir.ifThen(ir.and(healthy, stops), () -> {
        ir.storeAt(ir.select(is(status, StepStatus.EMITTED_LAST), ir.c32(STOP_MAX_TOKENS), ir.c32(STOP_EOS)), ir.intToPtr(slot(OUT_STATUS)), b);
        ir.store(ir.trunc(ir.add(pos, ir.c64(1)), ir.i32), ctl(b, CTL_STEPS));
      });
    });
    grid.barrier("step stage");
    owned(s -> {
      for (int k = 0; k < stateBuffers.size(); k++) {
        Buffer buf = stateBuffers.get(k);
        if (buf.getGrowth() != Growth.REPLACE) continue;
        Tensor state = new Tensor(stateBase(s.seq(), layout.stateOffset(buf)), buf.getDtype(), nodes.dims(buf, s));
        nodes.copy(stagingTensor(state, staging.get(k), s), state, s);
      }
    });
    // the control words after the copies: a sequence's own block reads its done flag in owned()
    target.blockBarrier(ir);
    ownedByLeader(s -> {
      LLVMValueRef b = s.seq();
      ir.store(ir.load(ir.i32, ctl(b, CTL_NEXT_TOKEN)), ctl(b, CTL_TOKEN));
      ir.store(ir.load(ir.i32, ctl(b, CTL_NEXT_DONE)), ctl(b, CTL_DONE));
      ir.store(ir.trunc(ir.add(ir.load(ir.i64, posVar), ir.c64(1)), ir.i32), ctl(b, CTL_POS));
    });
    grid.barrier("step commit");
  }

  /** Whether the step's i32 {@code status} is {@code s}. */
  private LLVMValueRef is(LLVMValueRef status, StepStatus s) {
    return ir.eq(status, ir.c32(s.code));
  }

  /** Writes the token, then publishes the new count with release order so a host poller sees both. */
  private void streamToken(LLVMValueRef b, LLVMValueRef token) {
    LLVMValueRef counts = ir.intToPtr(slot(OUT_COUNTS));
    LLVMValueRef countPtr = ir.at(ir.i32, counts, b);
    LLVMValueRef count = ir.load(ir.i32, countPtr);
    LLVMValueRef cap = slot(OUT_CAPACITY);
    ir.ifThen(ir.slt(ir.idx(count), cap), () -> {
      ir.storeAt(token, ir.intToPtr(slot(OUT_TOKENS)), ir.add(ir.mul(b, cap), ir.idx(count)));
      ir.fence();
      ir.atomicStore(ir.add(count, ir.c32(1)), countPtr, LLVMAtomicOrderingRelease);
    });
  }
}
