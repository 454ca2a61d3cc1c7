package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.passes.schedule.StageWeightRowsPass;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A staged warp phase's weight rows (StageWeightRowsPass) copied into shared memory one item ahead
 * of the lanes reading them: while the lanes sum row i from shared memory, the copy of their next
 * row is in flight. NVPTX only (cp.async, sm_80 on); other targets load rows as before. Asynchronous
 * copies hold no registers, so a warp keeps a whole row in flight where its own loads held four
 * rounds of a row (the registers of a row's f32 activations and bf16 weights cap those). What the
 * lanes compute, and in which order, is unchanged: only where the weights' bytes come from.
 *
 * <p>Each warp has {@link #BUFFERS} buffers of one row in the block's shared memory; item k's row is
 * in buffer {@code sel}, the next item's copy goes to the other one. A row is copied by all lanes,
 * 16 bytes each at a time, so the warp meets after the wait before any lane reads it, and meets
 * again before a buffer it read is overwritten.
 *
 * <p>A row longer than a buffer is staged in {@link Pieces}: its first two pieces are copied when the
 * warp starts it, and a piece's buffer gets the piece after next once the lanes have summed it.
 *
 * <p>A phase marked {@code early} has its first item's row (or first two pieces) copied at the end
 * of the warp phase before it ({@link #startEarly}), so the copy travels during what stands between.
 */
final class StagedRows {
  /** Row buffers a warp has: the row being summed and the next one in flight. */
  static final int BUFFERS = StageWeightRowsPass.BUFFERS;
  private static final long PIECE = 16;

  private final Ir ir;
  private final Target target;
  private final LLVMValueRef buffers;
  private final long rowBytes;
  /** The bytes a row's buffer is known to be a multiple of. */
  private final long rowAlign;
  private final LLVMValueRef lane;
  /** The item whose copy the previous item (or {@link #startEarly}) started, -1 for none, and the buffer it went to. */
  private final LLVMValueRef pending, sel;
  /** Whether {@link #startEarly} is in the code: the phase's first item may find its row started. */
  private boolean copiedEarly;

  /**
   * @param buffers this warp's {@link #BUFFERS} buffers of {@code rowBytes} each (a shared-memory pointer); every
   *     staged phase gives a warp the same place, so no phase's buffers overlap another warp's
   * @param buffersAlign the bytes {@code buffers} is known to be a multiple of
   * @param lane the thread's lane in its warp
   */
  StagedRows(Ir ir, Target target, LLVMValueRef buffers, long buffersAlign, long rowBytes, LLVMValueRef lane) {
    this.ir = ir;
    this.target = target;
    this.buffers = buffers;
    this.rowBytes = rowBytes;
    this.rowAlign = Tensor.alignAfter(buffersAlign, rowBytes);
    this.lane = lane;
    // nothing pending where these are made (a local's initial value is stored here): the phase's start,
    // or the previous warp phase's end when the phase starts its first rows early
    this.pending = ir.var(ir.i64, ir.c64(-1));
    this.sel = ir.var(ir.i64, ir.c64(0));
  }

  /**
   * Item {@code k}'s row {@code row} (copied now unless the previous item started it) as a tensor
   * in shared memory, after starting the copy of {@code next}, item {@code nextK}'s row, when
   * {@code hasNext}; the lanes may read any of its elements.
   */
  Tensor row(LLVMValueRef k, Tensor row, LLVMValueRef nextK, LLVMValueRef hasNext, java.util.function.Supplier<Tensor> next) {
    LLVMValueRef cur = ir.load(ir.i64, sel);
    LLVMValueRef here = buffer(cur), other = buffer(ir.xor(cur, ir.c64(1)));
    // every lane is done with the buffers as earlier items (of this phase or an earlier one, whose
    // rows may be of another size) read them before any of it is written again
    target.warpSync(ir);
    ir.ifThen(ir.ne(ir.load(ir.i64, pending), k), () -> copy(row.ptr(), here));
    ir.ifElse(hasNext, () -> {
      copy(next.get().ptr(), other);
      target.waitCopies(ir, 1);
    }, () -> target.waitCopies(ir, 0));
    ir.store(ir.select(hasNext, nextK, ir.c64(-1)), pending);
    ir.store(ir.xor(cur, ir.c64(1)), sel);
    target.warpSync(ir);
    return Tensor.aligned(here, row.dtype(), row.dims(), rowAlign);
  }

  /**
   * Starts staging item {@code k}'s row {@code row} of {@code rowBytes}, a whole number of this
   * warp's buffers: the copies of its first two pieces, unless {@link #startEarly} started them. The
   * sum over the row calls the pieces' hooks.
   */
  Pieces pieces(LLVMValueRef k, Tensor row, long rowBytes) {
    Pieces p = new Pieces(row, rowBytes / this.rowBytes);
    // every lane is done with the buffers as earlier items read them
    target.warpSync(ir);
    if (copiedEarly) {
      ir.ifThen(ir.ne(ir.load(ir.i64, pending), k), () -> p.copyFirst());
      ir.store(ir.c64(-1), pending);
    } else {
      p.copyFirst();
    }
    return p;
  }

  /**
   * Starts item {@code k}'s row copy before the phase does, into the buffers its first item reads
   * (a row in pieces, of {@code pieceRowBytes}: its first two pieces; -1 for a row of one buffer);
   * {@link #row} or {@link #pieces} of item k then finds it started. The phase's first item must be
   * item k exactly when this runs: a copy for an item that never comes would race with the next one
   * into its buffer. Called where these staged rows are made, so the buffer selected is buffer 0.
   */
  void startEarly(LLVMValueRef k, Tensor row, long pieceRowBytes) {
    // every lane is done with the buffers as the previous phase's items read them
    target.warpSync(ir);
    if (pieceRowBytes > 0) new Pieces(row, pieceRowBytes / rowBytes).copyFirst();
    else copy(row.ptr(), buffer(ir.c64(0)));
    ir.store(k, pending);
    copiedEarly = true;
  }

  /**
   * A row staged a buffer's piece at a time, piece p in buffer p mod 2: {@link #view} reads it
   * there. The sum over the row reads the pieces in order: {@link #arrive} before it reads piece p,
   * {@link #consumed} once every lane has loaded the whole of piece p.
   */
  final class Pieces {
    private final Tensor row;
    final long count;
    /** Whether a sum has read the pieces (their hooks are in the code). */
    private boolean read;

    private Pieces(Tensor row, long count) {
      this.row = row;
      this.count = count;
    }

    /** Copies the first two pieces to their buffers, each a group of its own. */
    private void copyFirst() {
      copy(from(ir.c64(0)), buffer(ir.c64(0)));
      if (count > 1) copy(from(ir.c64(1)), buffer(ir.c64(1)));
    }

    /** Whether a sum has read the pieces: its waits and copies are in the code. */
    boolean read() {
      return read;
    }

    /** The row's elements per piece. */
    long elements() {
      return rowBytes / dev.fractalgen.passes.memory.Bounds.elementBytes(row.dtype());
    }

    /** The row as its lanes read it: element i from piece i / {@link #elements}'s buffer. */
    Tensor view() {
      LLVMValueRef per = ir.c64(elements());
      java.util.function.Function<LLVMValueRef, Tensor> piece = i -> Tensor.aligned(buffer(ir.and(ir.sdiv(i, per), ir.c64(1))),
          row.dtype(), new LLVMValueRef[] {per}, rowAlign);
      return new Tensor(null, row.dtype(), row.dims(), Tensor.Elements.of(i -> piece.apply(i).load(ir, ir.srem(i, per)),
          (b, first, width) -> piece.apply(first).loadRun(ir, ir.srem(first, per), width)));
    }

    /** Waits for piece {@code p} (i64): the copies of all pieces but the last one started are in. */
    void arrive(LLVMValueRef p) {
      read = true;
      ir.ifElse(ir.slt(ir.add(p, ir.c64(1)), ir.c64(count)), () -> target.waitCopies(ir, 1), () -> target.waitCopies(ir, 0));
      target.warpSync(ir);
    }

    /** Piece {@code p} is read: its buffer gets piece p + 2, if there is one, once every lane is done with it. */
    void consumed(LLVMValueRef p) {
      LLVMValueRef next = ir.add(p, ir.c64(2));
      ir.ifThen(ir.slt(next, ir.c64(count)), () -> {
        target.warpSync(ir);
        copy(from(next), buffer(ir.and(p, ir.c64(1))));
      });
    }

    private LLVMValueRef from(LLVMValueRef p) {
      return ir.byteOffset(row.ptr(), ir.mul(p, ir.c64(rowBytes)));
    }
  }

  /** Waits for every copy still in flight, so that none writes a buffer that a later phase fills. */
  void finish() {
    target.waitCopies(ir, 0);
  }

  private LLVMValueRef buffer(LLVMValueRef which) {
    return ir.byteOffset(buffers, ir.mul(which, ir.c64(rowBytes)));
  }

  /** The lanes copy a buffer's bytes from {@code from} to {@code to}, 16 at a time, as one group. */
  private void copy(LLVMValueRef from, LLVMValueRef to) {
    long round = PIECE * target.warpLanes();
    LLVMValueRef first = ir.mul(lane, ir.c64(PIECE));
    for (long at = 0; at < rowBytes; at += round) {
      LLVMValueRef off = ir.add(first, ir.c64(at));
      Runnable piece = () -> target.copyAsync16(ir, ir.byteOffset(to, off), ir.byteOffset(from, off));
      if (at + round <= rowBytes) piece.run();
      else ir.ifThen(ir.slt(off, ir.c64(rowBytes)), piece);
    }
    target.commitCopies(ir);
  }
}
