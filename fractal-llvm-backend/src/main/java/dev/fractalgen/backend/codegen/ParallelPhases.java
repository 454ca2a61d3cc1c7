package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.backend.codegen.PhaseItems.NextRow;
import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceOrder;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.passes.schedule.Access;
import dev.fractalgen.passes.schedule.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The kernel's parallel phases: a map's (sequence, iteration) items spread over the grid's
 * threads, warps or blocks as the schedule maps them, with a warp's weight rows staged in shared
 * memory or asked into L2 ahead where the schedule says so (in the kernel for larger batches, a
 * batched phase's rows for a group of sequences at once), and elementwise nodes spread over the
 * grid's threads; {@link PhaseItems} says which items each runner takes. KernelGenerator walks the
 * schedule and hands its Parallel and Spread phases here.
 */
final class ParallelPhases {
  /**
   * The kernel's values that parallel phases use, computed once at its entry; {@code done} gives
   * the address of a sequence's done flag.
   */
  record Kernel(LLVMValueRef blockId, LLVMValueRef blocks, LLVMValueRef threadInBlock, LLVMValueRef blockThreads,
      LLVMValueRef tid, LLVMValueRef threads, LLVMValueRef batch, LLVMValueRef blockArena, LLVMValueRef stageArena,
      LLVMValueRef slotArena, LLVMValueRef slotStride, Function<LLVMValueRef, LLVMValueRef> done) {}

  private final Ir ir;
  private final Target target;
  private final NodeEmitter nodes;
  private final Layout layout;
  private final Allocator sequenceAlloc;
  private final Kernel kernel;
  /** Bytes at the start of a block's shared memory for its warps' staged weight rows (StagedRows), 0 for none. */
  private final long stageBytes;
  private final int gpuBlockThreads;
  /**
   * Whether this is the kernel for batches of at least a batched phase's group, which runs such
   * phases a row for a group of sequences at a time; the other kernel runs them item by item. Two
   * kernels, not a branch on the batch in one: the batched code's registers made ptxas spill in
   * the batch-1 path too (the Llama-3.2-1B step 10% slower at batch 1).
   */
  private final boolean batchedKernel;
  /** The staged rows of phases whose warps started their first rows' copies early, by map node. */
  private final Map<Node, StagedRows> earlyRows = new HashMap<>();
  /** Which items of a phase each runner takes. */
  private final PhaseItems phaseItems;
  /** The most per-thread and per-block scratch a phase has used so far. */
  private long slotStride, blockStride;

  /** Also sets each mapping's rotation to zero, here ({@link PhaseItems}). */
  ParallelPhases(Ir ir, Target target, NodeEmitter nodes, Layout layout, Allocator sequenceAlloc, Kernel kernel, long stageBytes,
      int gpuBlockThreads, boolean batchedKernel) {
    this.batchedKernel = batchedKernel;
    this.ir = ir;
    this.target = target;
    this.nodes = nodes;
    this.layout = layout;
    this.sequenceAlloc = sequenceAlloc;
    this.kernel = kernel;
    this.stageBytes = stageBytes;
    this.gpuBlockThreads = gpuBlockThreads;
    this.phaseItems = new PhaseItems(ir, target, kernel);
  }

  /** Bytes of per-thread scratch the phases need, known once they are emitted. */
  long slotStride() {
    return slotStride;
  }

  /** Bytes of per-block scratch the phases need, known once they are emitted. */
  long blockStride() {
    return blockStride;
  }

  /**
   * The bytes of {@code par}'s staged rows, 0 when its lanes load them: not staged, or a machine
   * without asynchronous copies or whose warps do not run a warp phase's items.
   */
  static long stagedRowBytes(Target target, Phase.Parallel par) {
    if (par.staged() == 0 || !target.copiesAsync() || target.warpLanes() != dev.fractalgen.passes.target.TargetDescription.warpOrderLanes()) {
      return 0;
    }
    if (par.staged() != StagedRows.BUFFERS) {
      throw new BackendException(BackendException.UNSUPPORTED, "staged(" + par.staged() + "): rows are staged in " + StagedRows.BUFFERS + " buffers");
    }
    return dev.fractalgen.passes.schedule.StageWeightRowsPass.bufferBytes(par.node());
  }

  /**
   * Whether {@code par}'s rows, longer than a buffer ({@code buffer} bytes), are staged in pieces:
   * the body's one node that is not a view or fused is its result, an f32 sum over the whole row
   * (one output) in the warp's tree order, which reads the row once, from its first element on, in
   * whole groups of {@code inFlight} rounds a piece ({@link Reductions#readsPieces}); else the
   * lanes load the rows themselves. Nothing else of the body reads the row, so every read of the
   * staged pieces is the sum's, between its waits and copies.
   */
  private static boolean inPieces(Target target, Phase.Parallel par, long buffer, int inFlight) {
    Node map = par.node();
    dev.fractalgen.etdg.model.Region body = map.getRegions().get(0);
    long row = dev.fractalgen.passes.schedule.StageWeightRowsPass.rowBytes(map);
    List<Node> computed = body.getNodes().stream().filter(n -> !Access.isView(n) && !par.fused().contains(n)).toList();
    if (computed.size() != 1 || par.vector() == 0 || body.getResults().size() != 1) return false;
    Node sum = computed.get(0);
    ReduceOrder order = sum.getOrder();
    if (sum.getOp() != Op.REDUCE || sum.getReduce() != dev.fractalgen.etdg.model.ReduceKind.SUM || order == null
        || order.getLanes() != target.warpLanes() || sum.getOutputs().get(0).getDtype() != dev.fractalgen.etdg.model.DType.F32
        || sum.getOperands().get(0).getValue().getShape().size() != 1 || body.getResults().get(0).getValue() != sum.getOutputs().get(0)) {
      return false;
    }
    int bytes = dev.fractalgen.passes.memory.Bounds.elementBytes(NodeEmitter.firstIterated(map).getDtype());
    return Reductions.readsPieces(row / bytes, order.getWidth(), order.getLanes(), inFlight, buffer / bytes);
  }

  /**
   * A map whose (sequence, iteration) items are spread over the grid as the schedule maps them: a
   * thread per item, in that thread's slot; a warp per item, each lane in its own slot computing
   * alike but for the sum the lanes split; or a whole block per item, its nodes shared by the
   * block's threads and its inner maps' iterations spread over them (attention over keys, say).
   */
  void parallel(Phase.Parallel par) {
    parallel(par, null);
  }

  /**
   * As {@link #parallel(Phase.Parallel)}; with {@code then} (a spread phase computed by this phase
   * and the one before, ElementwiseAfterRowsPass), its items go to the warps that took the same
   * items of the phase before, and each item's warp computes then's elements at its rows after
   * storing them.
   */
  void parallel(Phase.Parallel par, Phase.Spread then) {
    if (then != null) phaseItems.startWhereTheLastStarted(par.mapping());
    After after = then == null ? null : after(then);
    Node map = par.node();
    Phase.Mapping mapping = par.mapping();
    boolean vectors = par.vector() > 0;
    Value iterated = NodeEmitter.firstIterated(map);
    long perSequence = layout.bounds().leading(iterated);
    List<Function<Scope, Tensor>> outs = new ArrayList<>();
    Scope template = Scope.single(ir, ir.c64(0), null, sequenceAlloc);
    for (Output o : map.getOutputs()) outs.add(nodes.allocate(o, template));
    // the body's own values where the plan put them, in the slot (thread, warp) or block arena
    long planned = layout.phaseBytes(map);
    Allocator slotAlloc = new Allocator(Allocator.Arena.SLOT, mapping == Phase.Mapping.BLOCK ? 0 : planned);
    Allocator blockAlloc = new Allocator(Allocator.Arena.BLOCK, mapping == Phase.Mapping.BLOCK ? planned : 0);
    Items items = Items.of(mapping, vectors, grid(slotAlloc, blockAlloc));
    Staging staging = staging(par);
    StagedRows started = earlyRows.remove(map);
    StagedRows staged = staging.buffer() == 0 ? null : started != null ? started : stagedRows(staging.buffer());
    // the schedule's warp phases over a weight's rows that are not staged ask L2 for their next row
    // (PrefetchNextRowsPass); so do staged ones on a machine that does not stage them but has the hint
    boolean prefetch = (par.prefetch() || par.staged() > 0) && staged == null && mapping == Phase.Mapping.WARP
        && target.kind == Target.Kind.NVPTX;
    RowSource rows = new RowSource(iterated, staging, staged, prefetch);
    if (staging.grouped() && items instanceof Items.Warps) {
      grouped(par, items, perSequence, outs.get(0), rows, after);
    } else {
      itemByItem(map, items, mapping, perSequence, outs, rows, after);
    }
    if (staged != null) staged.finish();
    slotStride = Math.max(slotStride, slotAlloc.used());
    blockStride = Math.max(blockStride, blockAlloc.used());
  }

  /**
   * Where a phase's items read their rows of {@code iterated}: from the warp's {@code staged}
   * buffers (null: the lanes load them), as {@code staging} says, the lanes asking L2 for the next
   * item's rows where {@code prefetch}.
   */
  private record RowSource(Value iterated, Staging staging, StagedRows staged, boolean prefetch) {}

  /**
   * A spread phase's node computed after the items of the phase that computes it: its output, its
   * fused nodes bound where it reads them.
   */
  private record After(Node node, Function<Scope, Tensor> out) {}

  private After after(Phase.Spread then) {
    Scope template = Scope.single(ir, ir.c64(0), null, sequenceAlloc);
    Function<Scope, Tensor> out = nodes.allocate(then.node().getOutputs().get(0), template);
    for (Node f : then.fused()) nodes.emit(f, template);
    return new After(then.node(), out);
  }

  /**
   * Element i of sequence s of {@code after}'s node, where {@code when} holds: computed by lane
   * {@code lane} of a warp where {@link #lanesShareElements} (the lanes having met since the first
   * lane stored the item's results), else by the thread that stored them (a warp's first lane). It
   * reads the values of row i the warp stored, in this phase and the one before.
   */
  private void elementAfter(After after, Scope s, LLVMValueRef i, LLVMValueRef when, int lane) {
    if (after == null) return;
    int by = lanesShareElements(s) ? lane % target.warpLanes() : 0;
    LLVMValueRef mine = s.warp() == null ? when : ir.and(when, ir.eq(s.warp().lane(), ir.c64(by)));
    ir.ifThen(mine, () -> nodes.emitElement(after.node(), s, i, after.out().apply(s)));
  }

  /**
   * Whether a warp's lanes share the elements of an item computed after it, each computing one
   * with its own loads (one round trip for all of them, where the first lane alone would take one
   * after another): on NVPTX, after the warp meets ({@link Target#warpSync}, which also orders the
   * first lane's stores before the others' loads).
   */
  private boolean lanesShareElements(Scope s) {
    return s.warp() != null && target.kind == Target.Kind.NVPTX;
  }

  /** The warp meets before its lanes share an item's elements computed after it ({@link #lanesShareElements}). */
  private void meetForElements(After after, Scope s) {
    if (after != null && lanesShareElements(s)) target.warpSync(ir);
  }

  /** Runs {@code map}'s items one (iteration, sequence) at a time. */
  private void itemByItem(Node map, Items items, Phase.Mapping mapping, long perSequence, List<Function<Scope, Tensor>> outs, RowSource src,
      After after) {
    Value iterated = src.iterated();
    phaseItems.forLiveItems(items, mapping, perSequence, (k, step, b, i, s) -> ir.ifThen(ir.slt(i, nodes.get(iterated, s).dims()[0]), () -> {
      LLVMValueRef next = ir.add(k, step);
      // the next item's indices may be read here when it is of this sequence (live)
      NextRow nextRow = new NextRow(ir.sdiv(next, kernel.batch()), ir.eq(ir.srem(next, kernel.batch()), b));
      if (src.prefetch()) prefetchNextRow(iterated, s, nextRow);
      withRow(src, k, next, nextRow, s, i, null, row -> {
        List<Tensor> t = new ArrayList<>();
        for (Function<Scope, Tensor> f : outs) t.add(f.apply(s));
        nodes.mapIteration(map, s, i, t, row);
        elementAfter(after, s, i, ir.bool(true), 0);
      });
    }));
  }

  /**
   * Runs the items of {@code par}, batched (ShareRowsAcrossSequencesPass) or taking rows(R)
   * (TakeRowsTogetherPass): its rows, the same for every sequence, for a group of
   * {@code staging.group()} sequences at once (one for rows(R)), one row (staged where the phase
   * is) or {@code staging.together()} of them together (loaded by the lanes).
   */
  private void grouped(Phase.Parallel par, Items items, long perSequence, Function<Scope, Tensor> out, RowSource src, After after) {
    Node map = par.node();
    Value iterated = src.iterated();
    int together = src.staging().together();
    phaseItems.forLiveGroups(items, perSequence, src.staging().group(), together, (k, nextK, nextRow, i, seqs, store) -> {
      // the first live sequence's rows stand for all of them
      Scope s = seqs[0];
      Tensor rows = nodes.get(iterated, s);
      ir.ifThen(ir.slt(i, rows.dims()[0]), () -> {
        for (int r = 0; r < together && src.prefetch(); r++) {
          prefetchNextRow(iterated, s, r == 0 ? nextRow : new NextRow(ir.add(nextRow.row(), ir.c64(r)), nextRow.readable()));
        }
        if (together > 1) {
          severalRows(map, rows, i, together, seqs, store, out, after);
          return;
        }
        withRow(src, k, nextK, nextRow, s, i, src.staged() == null ? rows.row(ir, i) : null,
            row -> nodes.mapIterationForSequences(map, seqs, new LLVMValueRef[][] {store}, new LLVMValueRef[] {i}, out, new Tensor[] {row}));
        meetForElements(after, s);
        for (int g = 0; g < seqs.length; g++) elementAfter(after, seqs[g], i, store[g], g);
      });
    });
  }

  /**
   * Rows i .. i + together - 1 of {@code rows} for the sequences of {@code seqs} at once; a row past
   * the last is computed as the last and not stored.
   */
  private void severalRows(Node map, Tensor rows, LLVMValueRef i, int together, Scope[] seqs, LLVMValueRef[] store, Function<Scope, Tensor> out,
      After after) {
    LLVMValueRef count = rows.dims()[0];
    LLVMValueRef[] is = new LLVMValueRef[together];
    Tensor[] byRow = new Tensor[together];
    LLVMValueRef[][] stores = new LLVMValueRef[together][];
    for (int r = 0; r < together; r++) {
      LLVMValueRef at = ir.add(i, ir.c64(r)), in = ir.slt(at, count);
      is[r] = ir.smin(at, ir.sub(count, ir.c64(1)));
      byRow[r] = rows.row(ir, is[r]);
      stores[r] = new LLVMValueRef[store.length];
      for (int g = 0; g < store.length; g++) stores[r][g] = ir.and(store[g], in);
    }
    nodes.mapIterationForSequences(map, seqs, stores, is, out, byRow);
    meetForElements(after, seqs[0]);
    for (int r = 0; r < together; r++) {
      for (int g = 0; g < seqs.length; g++) elementAfter(after, seqs[g], is[r], stores[r][g], r * seqs.length + g);
    }
  }

  /**
   * How a phase's rows are staged here: {@code buffer} bytes a buffer (0: the lanes load them),
   * rows of {@code rowBytes}, longer than a buffer when staged in {@code pieces}, and whether the
   * kernel runs it a row or several for a group of sequences at once ({@code grouped}): groups of
   * {@code group} sequences, {@code together} rows at once (1, 1 where not grouped).
   */
  record Staging(long buffer, long rowBytes, boolean pieces, boolean grouped, int group, int together) {}

  private Staging staging(Phase.Parallel par) {
    return staging(target, par, batchedKernel, stageBytes > 0);
  }

  /**
   * How {@code par}'s rows are staged on {@code target}, in the kernel for larger batches or not,
   * where the block's shared memory has row buffers ({@code buffers}) or none.
   */
  static Staging staging(Target target, Phase.Parallel par, boolean batchedKernel, boolean buffers) {
    long stagedRow = buffers ? stagedRowBytes(target, par) : 0;
    long rowBytes = dev.fractalgen.passes.schedule.StageWeightRowsPass.rowBytes(par.node());
    int group = par.batched();
    boolean batched = batchedKernel && group > 0 && par.mapping() == Phase.Mapping.WARP;
    // rows(R) in the kernel for every batch: R rows at once for a group of one sequence
    boolean solo = !batched && par.soloRows() > 1 && par.mapping() == Phase.Mapping.WARP;
    boolean grouped = batched || solo;
    int together = batched ? par.rows() : solo ? par.soloRows() : 1;
    // a warp taking several rows at once loads them itself: its buffers hold one row
    if (together > 1) stagedRow = 0;
    // a row longer than a buffer is staged in pieces where its sum reads them in whole groups of
    // rounds; otherwise its lanes load it (with the L2 hint)
    boolean pieces = stagedRow > 0 && rowBytes > stagedRow
        && inPieces(target, par, stagedRow, batched ? Reductions.roundsInFlight(group, 1) : Reductions.ROUNDS_IN_FLIGHT);
    if (rowBytes > stagedRow && !pieces) stagedRow = 0;
    return new Staging(stagedRow, rowBytes, pieces, grouped, batched ? group : 1, together);
  }

  /**
   * At the end of the warp phase before {@code next} (CopyFirstRowsEarlyPass), this warp starts
   * copying the row of its first item of {@code next}, under the same conditions as that phase's
   * loop runs the item: the phase then finds it started ({@link #earlyRows}). No warp phase
   * stands between, so the warps' rotation is already where {@code next} starts. (The conditions
   * are those of {@link PhaseItems#forLiveItems} and {@link PhaseItems#forLiveGroups}: a copy for an item the loop does
   * not run first would race with that item's own copy into the same buffer.)
   */
  void startEarly(Phase.Parallel next, boolean aligned) {
    Staging staging = staging(next);
    if (staging.buffer() == 0) return;
    // where next's items go to the warps that took the same items of this phase, its first is this phase's first
    if (aligned) phaseItems.startWhereTheLastStarted(Phase.Mapping.WARP);
    StagedRows staged = stagedRows(staging.buffer());
    earlyRows.put(next.node(), staged);
    Value iterated = NodeEmitter.firstIterated(next.node());
    long perSequence = layout.bounds().leading(iterated);
    Items items = Items.of(Phase.Mapping.WARP, next.vector() > 0, grid(new Allocator(Allocator.Arena.SLOT, 0), new Allocator(Allocator.Arena.BLOCK, 0)));
    LLVMValueRef slotBase = phaseItems.slotBase();
    // staged rows imply warps of the order's lanes: the phase's loop takes the groups' path where grouped
    boolean grouped = staging.grouped();
    LLVMValueRef groups = grouped ? phaseItems.groups(staging.group()) : kernel.batch();
    LLVMValueRef total = ir.mul(groups, ir.c64(grouped ? PhaseItems.rowGroups(perSequence, staging.together()) : perSequence));
    LLVMValueRef k = phaseItems.firstWarpItem(items);
    ir.ifThen(ir.slt(k, total), () -> {
      if (grouped) {
        LLVMValueRef i = phaseItems.firstRow(k, groups, staging.together());
        PhaseItems.Group g = phaseItems.itemGroup(k, groups, staging.group());
        ir.ifThen(g.any(), () -> startRow(staged, staging, iterated, items.scope(g.firstLive(), slotBase), k, i));
      } else {
        PhaseItems.Item item = phaseItems.item(items, k, slotBase);
        ir.ifThen(item.live(), () -> startRow(staged, staging, iterated, item.scope(), k, item.index()));
      }
    });
  }

  /** Starts item k's row i (in scope s) early, when there is such a row, as the phase's item loop has it. */
  private void startRow(StagedRows staged, Staging staging, Value iterated, Scope s, LLVMValueRef k, LLVMValueRef i) {
    Tensor rows = nodes.get(iterated, s);
    ir.ifThen(ir.slt(i, rows.dims()[0]), () -> staged.startEarly(k, rows.row(ir, i), staging.pieces() ? staging.rowBytes() : -1));
  }

  /**
   * Runs {@code item} on item k's row i (in scope s): the warp's staged copy, or the one staged in
   * pieces, where the phase stages its rows (starting the copy of the runner's next item's row,
   * {@code nextK}, of row {@code next}), else {@code unstaged}.
   */
  private void withRow(RowSource src, LLVMValueRef k, LLVMValueRef nextK, NextRow next, Scope s, LLVMValueRef i, Tensor unstaged,
      java.util.function.Consumer<Tensor> item) {
    StagedRows staged = src.staged();
    boolean pieces = src.staging().pieces();
    StagedRows.Pieces piecewise = pieces ? staged.pieces(k, nodes.get(src.iterated(), s).row(ir, i), src.staging().rowBytes()) : null;
    Tensor row = staged == null ? unstaged : pieces ? piecewise.view() : stagedRow(staged, src.iterated(), s, k, nextK, next, i);
    readingPieces(piecewise, () -> item.accept(row));
  }

  /** Emits {@code item} with its sum reading the row staged in {@code p} (null: none), and checks that it did. */
  private void readingPieces(StagedRows.Pieces p, Runnable item) {
    nodes.readingPieces(p);
    try {
      item.run();
    } finally {
      nodes.readingPieces(null);
    }
    if (p != null && !p.read()) throw new IllegalStateException("a row staged in pieces was not read by its sum");
  }

  /** The grid as a phase whose body's values go to {@code slotAlloc} and {@code blockAlloc} sees it. */
  private Items.Grid grid(Allocator slotAlloc, Allocator blockAlloc) {
    return new Items.Grid(ir, target, kernel.blockId(), kernel.blocks(), kernel.threadInBlock(), kernel.blockThreads(), kernel.tid(),
        kernel.threads(), kernel.blockArena(), slotAlloc, blockAlloc);
  }

  /**
   * An elementwise node whose (sequence, element) items are spread over the grid's threads: item k
   * is element k / batch of sequence k mod batch, so neighbouring threads read neighbouring
   * sequences' element; the nodes fused into it are computed where it reads them.
   */
  void spread(Phase.Spread par) {
    Node n = par.node();
    Output o = n.getOutputs().get(0);
    Scope template = Scope.single(ir, ir.c64(0), null, sequenceAlloc);
    Function<Scope, Tensor> out = nodes.allocate(o, template);
    Items items = Items.of(Phase.Mapping.THREAD, false, grid(new Allocator(Allocator.Arena.SLOT, 0), new Allocator(Allocator.Arena.BLOCK, 0)));
    for (Node f : par.fused()) nodes.emit(f, template);
    phaseItems.forLiveItems(items, Phase.Mapping.THREAD, layout.bounds().elements(o), (k, step, b, i, s) -> {
      Tensor t = out.apply(s);
      ir.ifThen(ir.slt(i, t.numel(ir)), () -> nodes.emitElement(n, s, i, t));
    });
  }

  /**
   * This warp's staged rows of {@code rowBytes}: its buffers in the block's shared memory, at the
   * same place in every phase (a warp's share of {@link #stageBytes}, whatever the phase's rows).
   */
  private StagedRows stagedRows(long rowBytes) {
    LLVMValueRef lanes = ir.c64(target.warpLanes());
    LLVMValueRef warp = ir.sdiv(kernel.threadInBlock(), lanes);
    long perWarp = stageBytes / (gpuBlockThreads / target.warpLanes());
    LLVMValueRef buffers = ir.byteOffset(kernel.stageArena(), ir.mul(warp, ir.c64(perWarp)));
    long buffersAlign = Tensor.alignAfter(Ir.ADDRESS_SPACE_ARRAY_ALIGN, perWarp);
    return new StagedRows(ir, target, buffers, buffersAlign, rowBytes, ir.srem(kernel.threadInBlock(), lanes));
  }

  /**
   * Item k's row i (in scope s) from the warp's staged buffers, the copy of the next item's
   * ({@code nextK}) row started when its indices may be read here and a row there is.
   */
  private Tensor stagedRow(StagedRows staged, Value iterated, Scope s, LLVMValueRef k, LLVMValueRef nextK, NextRow next, LLVMValueRef i) {
    Tensor rows = nodes.get(iterated, s);
    LLVMValueRef hasNext = ir.and(next.readable(), ir.slt(next.row(), rows.dims()[0]));
    return staged.row(k, rows.row(ir, i), nextK, hasNext, () -> rows.row(ir, next.row()));
  }

  /**
   * The warp asks for the weight row of its next item to be brought into L2, when that item's
   * indices may be read here and a row there is, each lane a 128-byte line of it, so that row's
   * loads find it there instead of a DRAM round trip after this item's.
   */
  private void prefetchNextRow(Value iterated, Scope s, NextRow next) {
    Tensor rows = nodes.get(iterated, s);
    ir.ifThen(ir.and(next.readable(), ir.slt(next.row(), rows.dims()[0])), () -> {
      Tensor r = rows.row(ir, next.row());
      LLVMValueRef bytes = ir.mul(r.numel(ir), ir.c64(dev.fractalgen.passes.memory.Bounds.elementBytes(r.dtype())));
      long line = 128;
      ir.loop(ir.mul(s.warp().lane(), ir.c64(line)), bytes, ir.c64(line * target.warpLanes()),
          off -> target.prefetchL2(ir, ir.byteOffset(r.ptr(), off)));
    });
  }
}
