package dev.fractalgen.backend.codegen;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;
import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.target.Target;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Grid-wide barriers, dataflow counters, and the optional profile points after barriers.
 *
 * <p>Barrier: the block's threads meet; one thread per block adds one to the barrier count and spins
 * until it holds as many arrivals per block as the barriers this block has passed, this one
 * included; the block meets again. The count only grows during a launch (the launch's words start
 * at zero), so passing a barrier takes one atomic and the waits for the others' arrivals: no
 * generation to read first, no reset to publish last. Fences on both sides make every write before
 * the barrier visible after it, grid-wide.
 *
 * <p>Both order memory among the kernel's own threads only ({@link Target#gridScope}): the host
 * reads a kernel's results after it exits, and the words it shares with a running kernel (the
 * streamed tokens, the abort flag) keep the system scope.
 *
 * <p>Counter: the block's threads meet; one thread per block publishes their writes and adds one
 * to the counter. A waiting block's first thread spins until the counter holds as many arrivals
 * per block as it made itself, then the block meets. Counters only grow during a launch.
 *
 * <p>Profile point: the grid's first thread adds the time since the previous point to the point's
 * counter; the point's label names what ran in between (see {@link #note}).
 */
final class GridSync {
  private final Ir ir;
  private final Target target;
  private final boolean profile;
  /** The sync scope of barriers and counters: the kernel's threads ({@link Target#gridScope}). */
  private final String scope;
  private final List<String> labels = new ArrayList<>();
  private final List<String> sinceLastPoint = new ArrayList<>();
  private LLVMValueRef blockId, threadInBlock, blocks, sync, counters, lastTime;
  /** The barriers this block has passed (a register: every thread counts them). */
  private LLVMValueRef passed;

  GridSync(Ir ir, Target target, boolean profile) {
    this.ir = ir;
    this.target = target;
    this.profile = profile;
    this.scope = target.gridScope();
  }

  /** The kernel's values this needs; called once at the kernel's entry. */
  void start(LLVMValueRef blockId, LLVMValueRef threadInBlock, LLVMValueRef blocks, LLVMValueRef sync, LLVMValueRef counters) {
    this.blockId = blockId;
    this.threadInBlock = threadInBlock;
    this.blocks = blocks;
    this.sync = sync;
    this.counters = counters;
    this.passed = ir.var(ir.i32, ir.c32(0));
    if (profile) lastTime = ir.var(ir.i64, target.timer(ir));
  }

  LLVMValueRef word(int index) {
    return ir.at(ir.i32, sync, ir.c64(index));
  }

  void barrier() {
    target.blockBarrier(ir);
    LLVMValueRef passedNow = ir.add(ir.load(ir.i32, passed), ir.c32(1));
    LLVMValueRef due = ir.mul(passedNow, ir.trunc(blocks, ir.i32));
    ir.ifThen(ir.eq(threadInBlock, ir.c64(0)), () -> {
      ir.fence(scope);
      LLVMValueRef arrived = ir.add(ir.scoped(ir.atomicAdd(word(SYNC_COUNT), ir.c32(1), LLVMAtomicOrderingAcquireRelease), scope), ir.c32(1));
      // the last to arrive has nothing to wait for; a difference, so that the count may wrap
      ir.ifThen(ir.slt(ir.sub(arrived, due), ir.c32(0)), () -> spinWhile(() -> ir.slt(
          ir.sub(ir.scoped(ir.atomicLoad(ir.i32, word(SYNC_COUNT), LLVMAtomicOrderingAcquire), scope), due), ir.c32(0))));
      ir.fence(scope);
    });
    ir.store(passedNow, passed);
    target.blockBarrier(ir);
  }

  /**
   * A counter's producer side: once the block's threads are done, its first thread publishes their
   * writes and counts the block on counter {@code index}; {@code epoch} counts this block's arrivals.
   */
  void arrive(int index, LLVMValueRef epoch) {
    target.blockBarrier(ir);
    ir.ifThen(ir.eq(threadInBlock, ir.c64(0)), () -> {
      ir.fence(scope);
      ir.scoped(ir.atomicAdd(counter(index), ir.c32(1), LLVMAtomicOrderingRelease), scope);
    });
    ir.store(ir.add(ir.load(ir.i32, epoch), ir.c32(1)), epoch);
  }

  /**
   * A counter's consumer side, for blocks where {@code waits} holds (the same for all of a block's
   * threads): the block's first thread spins until the counter holds this block's own arrivals
   * times the number of blocks; the block meets after it. That means every block has arrived as
   * often as this one only because no block can arrive twice before all arrived once: a grid
   * barrier separates two runs of one arrive (each region runs once between barriers). The
   * comparison is a difference, so the count may wrap.
   */
  void await(int index, LLVMValueRef epoch, LLVMValueRef waits) {
    ir.ifThen(waits, () -> {
      ir.ifThen(ir.eq(threadInBlock, ir.c64(0)), () -> {
        LLVMValueRef expected = ir.mul(ir.load(ir.i32, epoch), ir.trunc(blocks, ir.i32));
        spinWhile(() -> ir.slt(ir.sub(ir.scoped(ir.atomicLoad(ir.i32, counter(index), LLVMAtomicOrderingAcquire), scope), expected),
            ir.c32(0)));
        ir.fence(scope);
      });
      target.blockBarrier(ir);
    });
  }

  /**
   * Spins while {@code waiting} holds, and stops once the kernel has failed: the block that failed
   * (or saw the host's abort at a step's head, which blocks may read a step apart) may never arrive,
   * and every block must reach the next step's head to leave. Nothing computed after an error is
   * published (KernelGenerator.stepEnd). The error word is read every 64th round only, so a
   * healthy wait costs no more loads than before.
   */
  private void spinWhile(java.util.function.Supplier<LLVMValueRef> waiting) {
    LLVMValueRef rounds = ir.var(ir.i32, ir.c32(0));
    LLVMValueRef healthy = ir.var(ir.i1, ir.bool(true));
    ir.whileLoop(() -> ir.and(waiting.get(), ir.load(ir.i1, healthy)), () -> {
      target.spinPause(ir);
      LLVMValueRef r = ir.add(ir.load(ir.i32, rounds), ir.c32(1));
      ir.store(r, rounds);
      ir.ifThen(ir.eq(ir.and(r, ir.c32(63)), ir.c32(0)),
          () -> ir.store(ir.eq(ir.atomicLoad(ir.i32, word(SYNC_ERROR), LLVMAtomicOrderingMonotonic), ir.c32(0)), healthy));
    });
  }

  private LLVMValueRef counter(int index) {
    return word(SYNC_COUNTERS + index);
  }

  /** A barrier followed by a profile point; {@code what} (may be null) joins the point's label. */
  void barrier(String what) {
    barrier();
    point(what);
  }

  /** Records that {@code what} ran since the last profile point. */
  void note(String what) {
    sinceLastPoint.add(what);
  }

  /**
   * A profile point without a barrier: each block's first thread's time since the last point,
   * {@code what} (may be null) having run; none when nothing was noted since the last point.
   */
  void mark(String what) {
    if (what != null || !sinceLastPoint.isEmpty()) point(what);
  }

  private void point(String what) {
    if (!profile) return;
    int index = labels.size();
    if (what != null) sinceLastPoint.add(what);
    labels.add(sinceLastPoint.isEmpty() ? "(barrier only)" : String.join(", ", sinceLastPoint));
    sinceLastPoint.clear();
    ir.ifThen(ir.eq(threadInBlock, ir.c64(0)), () -> {
      LLVMValueRef now = target.timer(ir);
      // point-major, so that a point's index needs no count of the points that follow it
      LLVMValueRef counter = ir.at(ir.i64, counters, ir.add(ir.mul(ir.c64(index), blocks), blockId));
      ir.store(ir.add(ir.load(ir.i64, counter), ir.sub(now, ir.load(ir.i64, lastTime))), counter);
      ir.store(now, lastTime);
    });
  }

  /** Labels of the profile points, in counter order; empty without profiling. */
  List<String> labels() {
    return labels;
  }
}
