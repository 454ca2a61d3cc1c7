package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.target.Target;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Where code is being generated: for which sequence (i64 index into the batch), with which
 * thread's map-body scratch ({@code slotBase}, null at grid level), allocating new values where
 * {@code alloc} says ({@code blockBase}: the block's scratch, {@code slotAlloc}: where per-thread
 * values of inner map bodies go), and by how many cooperating threads: data-parallel loops give element i to
 * lane {@code i mod lanes} (lanes = 1 for code run by one thread). A {@code shared} scope is run by
 * all threads of a block together, so they may meet at block barriers inside a node.
 */
record Scope(LLVMValueRef seq, LLVMValueRef slotBase, Allocator alloc, LLVMValueRef lane, LLVMValueRef lanes, boolean shared,
    LLVMValueRef blockBase, Allocator slotAlloc, Warp warp) {
  /**
   * A warp running one map iteration together: every lane computes the body alike (lane 0 of 1 for
   * data-parallel loops), except a sum in the warp's tree order, which the lanes split, loading
   * whole chunks in straight-line code when {@code vectors} says so.
   */
  record Warp(LLVMValueRef lane, Target target, boolean vectors) {}

  Scope(LLVMValueRef seq, LLVMValueRef slotBase, Allocator alloc, LLVMValueRef lane, LLVMValueRef lanes, boolean shared,
      LLVMValueRef blockBase, Allocator slotAlloc) {
    this(seq, slotBase, alloc, lane, lanes, shared, blockBase, slotAlloc, null);
  }

  /** This scope run by the lanes of a warp, this thread being {@code lane}. */
  Scope inWarp(LLVMValueRef laneInWarp, Target target, boolean vectors) {
    return new Scope(seq, slotBase, alloc, lane, lanes, shared, blockBase, slotAlloc, new Warp(laneInWarp, target, vectors));
  }
  /** A scope run by one thread. */
  static Scope single(dev.fractalgen.backend.llvm.Ir ir, LLVMValueRef seq, LLVMValueRef slotBase, Allocator alloc) {
    return new Scope(seq, slotBase, alloc, ir.c64(0), ir.c64(1), false, null, alloc.arena == Allocator.Arena.SLOT ? alloc : null);
  }

  /** body(i) for this scope's share of i in [0, n): i = lane, lane + lanes, ... */
  void forLanes(dev.fractalgen.backend.llvm.Ir ir, LLVMValueRef n, java.util.function.Consumer<LLVMValueRef> body) {
    ir.loop(lane, n, lanes, body);
  }

  /** body on this scope's first lane only. */
  void onFirstLane(dev.fractalgen.backend.llvm.Ir ir, Runnable body) {
    ir.ifThen(ir.eq(lane, ir.c64(0)), body);
  }

  /** This scope run by one thread, allocating from {@code a}. */
  Scope alone(dev.fractalgen.backend.llvm.Ir ir, Allocator a) {
    return new Scope(seq, slotBase, a, ir.c64(0), ir.c64(1), false, blockBase, slotAlloc, warp);
  }
}
