package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.passes.schedule.Phase;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Which items of a parallel phase a runner (thread, warp or block) takes, and which sequences
 * they are for: item by item, (iteration, sequence) pairs, or for a batched phase, (rows, group
 * of sequences) pairs; a finished sequence's items are skipped or masked. Consecutive phases of a
 * mapping turn where their items start (the rotation), so the loops of {@link ParallelPhases} and
 * the early copies of a phase's first rows both read the item formulas here.
 */
final class PhaseItems {
  /** The row index of a runner's next item, and whether its indices may be read in this item's scope. */
  record NextRow(LLVMValueRef row, LLVMValueRef readable) {}

  private final Ir ir;
  private final Target target;
  private final ParallelPhases.Kernel kernel;
  /** Per mapping, the offset of the next parallel phase's first item (the same in every thread). */
  private final Map<Phase.Mapping, LLVMValueRef> rotations = new HashMap<>();
  /** Per mapping, where the last parallel phase's first item started (the rotation it found). */
  private final Map<Phase.Mapping, LLVMValueRef> lastStarts = new HashMap<>();

  /** Also sets each mapping's rotation to zero, here (a local's initial value is stored where it is made). */
  PhaseItems(Ir ir, Target target, ParallelPhases.Kernel kernel) {
    this.ir = ir;
    this.target = target;
    this.kernel = kernel;
    for (Phase.Mapping m : Phase.Mapping.values()) {
      rotations.put(m, ir.var(ir.i64, ir.c64(0)));
      lastStarts.put(m, ir.var(ir.i64, ir.c64(0)));
    }
  }

  /**
   * The next phase of {@code mapping} starts where the last one started, so that, with as many
   * items, each of its items goes to the runner that took the same item of the last one (a spread
   * phase computed by two warp phases, ElementwiseAfterRowsPass). Idempotent until that phase runs.
   */
  void startWhereTheLastStarted(Phase.Mapping mapping) {
    ir.store(ir.load(ir.i64, lastStarts.get(mapping)), rotations.get(mapping));
  }

  /** What runs item k (index i of sequence b, in scope s) of a phase whose thread takes every step-th item. */
  interface ItemBody {
    void run(LLVMValueRef k, LLVMValueRef step, LLVMValueRef b, LLVMValueRef i, Scope s);
  }

  /**
   * Runs {@code body} for this thread's items among the {@code perSequence} of each sequence: item
   * k is index k / batch of sequence k mod batch, so neighbouring runners take the same row for
   * different sequences and a weight row comes from DRAM once for the whole batch (L2 serves the
   * rest). A finished sequence's items are skipped: its scratch is stale (the memory plan lets
   * later values reuse its bytes), so nothing of it is read, not even an iteration count.
   */
  void forLiveItems(Items items, Phase.Mapping mapping, long perSequence, ItemBody body) {
    LLVMValueRef slotBase = slotBase();
    ItemRange range = itemRange(items, mapping, ir.mul(kernel.batch(), ir.c64(perSequence)));
    ir.loop(range.first(), range.end(), range.step(), k -> {
      Item item = item(items, k, slotBase);
      ir.ifThen(item.live(), () -> body.run(k, range.step(), item.seq(), item.index(), item.scope()));
    });
  }

  /**
   * Item k of a phase run item by item: index {@code index} of sequence {@code seq}, run in
   * {@code scope}, when {@code live}. The one place that says which items run ({@link #forLiveItems}
   * and {@link ParallelPhases#startEarly} both read it).
   */
  record Item(LLVMValueRef seq, LLVMValueRef index, Scope scope, LLVMValueRef live) {}

  Item item(Items items, LLVMValueRef k, LLVMValueRef slotBase) {
    LLVMValueRef b = ir.srem(k, kernel.batch());
    LLVMValueRef i = ir.sdiv(k, kernel.batch());
    Scope s = items.scope(b, slotBase);
    return new Item(b, i, s, live(b));
  }

  /** This thread's slot of per-thread scratch. */
  LLVMValueRef slotBase() {
    return ir.byteOffset(kernel.slotArena(), ir.mul(kernel.tid(), kernel.slotStride()));
  }

  /** Whether sequence {@code b} (of the batch) is still generating. */
  private LLVMValueRef live(LLVMValueRef b) {
    return ir.eq(ir.load(ir.i32, kernel.done().apply(b)), ir.c32(0));
  }

  /**
   * What runs item k of a batched phase: row i for the sequences of {@code seqs}, storing where
   * {@code store} holds; the runner's next item is {@code nextK}, of row {@code next}.
   */
  interface GroupBody {
    void run(LLVMValueRef k, LLVMValueRef nextK, NextRow next, LLVMValueRef i, Scope[] seqs, LLVMValueRef[] store);
  }

  /**
   * Runs {@code body} for this warp's items of a batched phase: item k is rows (k / groups) * R ..
   * + R - 1 ({@code together} = R; the body is handed the first) for the {@code group} sequences
   * of group k mod groups (the batch cut into groups of consecutive sequences). A sequence past
   * the batch or finished is computed as the group's first live one (its scratch is stale, so
   * nothing of its own is read) and not stored; a group with none live is skipped. The first scope
   * is the first live sequence's.
   */
  void forLiveGroups(Items items, long perSequence, int group, int together, GroupBody body) {
    LLVMValueRef slotBase = slotBase();
    LLVMValueRef groups = groups(group);
    ItemRange range = itemRange(items, Phase.Mapping.WARP, ir.mul(groups, ir.c64(rowGroups(perSequence, together))));
    ir.loop(range.first(), range.end(), range.step(), k -> {
      LLVMValueRef i = firstRow(k, groups, together);
      Group g = itemGroup(k, groups, group);
      ir.ifThen(g.any(), () -> {
        // sequence 0 of the group, when not live, is computed as the first live one: seqs[0] is that one's scope
        Scope[] seqs = new Scope[group];
        for (int j = 0; j < group; j++) seqs[j] = items.scope(ir.select(g.live()[j], g.seqs()[j], g.firstLive()), slotBase);
        LLVMValueRef nextK = ir.add(k, range.step());
        // any live sequence may read the next row's indices: they are the same for all
        body.run(k, nextK, new NextRow(firstRow(nextK, groups, together), ir.bool(true)), i, seqs, g.live());
      });
    });
  }

  /** The items of a batched phase per group of sequences: its rows {@code together} at a time. */
  static long rowGroups(long rows, int together) {
    return (rows + together - 1) / together;
  }

  /** The first of the {@code together} rows of item k of a batched phase of {@code groups} groups. */
  LLVMValueRef firstRow(LLVMValueRef k, LLVMValueRef groups, int together) {
    LLVMValueRef block = ir.sdiv(k, groups);
    return together == 1 ? block : ir.mul(block, ir.c64(together));
  }

  /**
   * The sequences of item k of a batched phase (of {@code groups} groups of {@code size}): the one
   * place that says which of them run ({@link #forLiveGroups} and {@link ParallelPhases#startEarly} both read it).
   */
  Group itemGroup(LLVMValueRef k, LLVMValueRef groups, int size) {
    return group(ir.mul(ir.srem(k, groups), ir.c64(size)), size);
  }

  /** The groups of {@code size} consecutive sequences the batch is cut into. */
  LLVMValueRef groups(int size) {
    return ir.sdiv(ir.add(kernel.batch(), ir.c64(size - 1)), ir.c64(size));
  }

  /**
   * The group of {@code size} sequences from {@code first}: each sequence, whether it is live (in
   * the batch and generating), whether any is, and the first live one.
   */
  record Group(LLVMValueRef[] seqs, LLVMValueRef[] live, LLVMValueRef any, LLVMValueRef firstLive) {}

  private Group group(LLVMValueRef first, int size) {
    LLVMValueRef batch = kernel.batch();
    LLVMValueRef[] b = new LLVMValueRef[size], live = new LLVMValueRef[size];
    for (int g = 0; g < size; g++) {
      b[g] = ir.add(first, ir.c64(g));
      live[g] = ir.and(ir.slt(b[g], batch), live(ir.smin(b[g], ir.sub(batch, ir.c64(1)))));
    }
    LLVMValueRef rep = b[size - 1], any = live[size - 1];
    for (int g = size - 2; g >= 0; g--) {
      rep = ir.select(live[g], b[g], rep);
      any = ir.or(any, live[g]);
    }
    return new Group(b, live, any, rep);
  }

  /** This thread's items of a phase: first, first + step, ... below end. */
  private record ItemRange(LLVMValueRef first, LLVMValueRef end, LLVMValueRef step) {}

  /** This thread's items among {@code total} of a phase of {@code mapping}. */
  private ItemRange itemRange(Items items, Phase.Mapping mapping, LLVMValueRef total) {
    LLVMValueRef stride = items.stride();
    if (target.kind == Target.Kind.HOST) {
      // a CPU thread takes one contiguous run of items (of weight rows), which its caches' prefetchers
      // follow; every other row, as a GPU's interleaving gives, halves their use on two threads
      LLVMValueRef per = ir.sdiv(ir.add(total, ir.sub(stride, ir.c64(1))), stride);
      LLVMValueRef start = ir.mul(items.first(), per);
      return new ItemRange(start, ir.smin(total, ir.add(start, per)), ir.c64(1));
    }
    // item k goes to the runner (thread, warp or block) (k + rotation) mod runners, and the rotation
    // moves on by each phase's items: phases between two barriers start where the previous left
    // off, so a runner gets a row of the next phase rather than three rows in a row (q, k, v)
    LLVMValueRef turned = turned(items, mapping);
    LLVMValueRef start = firstAfter(items, turned);
    ir.store(turned, lastStarts.get(mapping));
    ir.store(ir.srem(ir.add(turned, total), stride), rotations.get(mapping));
    return new ItemRange(start, total, stride);
  }

  /** How far the items of the next phase of {@code mapping} are turned (GPU targets): where the phase before left off. */
  private LLVMValueRef turned(Items items, Phase.Mapping mapping) {
    return ir.srem(ir.load(ir.i64, rotations.get(mapping)), items.stride());
  }

  /** The item this runner takes first in a phase whose items are {@code turned}. */
  private LLVMValueRef firstAfter(Items items, LLVMValueRef turned) {
    LLVMValueRef stride = items.stride();
    return ir.srem(ir.add(ir.sub(items.first(), turned), stride), stride);
  }

  /** The item this warp takes first in the next warp phase on a GPU, as {@link #itemRange} will give it. */
  LLVMValueRef firstWarpItem(Items items) {
    if (target.kind == Target.Kind.HOST) throw new IllegalStateException("a CPU thread takes a run of items: none is started early");
    return firstAfter(items, turned(items, Phase.Mapping.WARP));
  }
}
