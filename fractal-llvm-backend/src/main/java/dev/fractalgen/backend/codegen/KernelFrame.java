package dev.fractalgen.backend.codegen;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** What node code needs from the kernel around it. */
interface KernelFrame {
  /** The start of sequence {@code seq}'s grid-level scratch. */
  LLVMValueRef sequenceBase(LLVMValueRef seq);

  /** The i64 value of a shape symbol (pos, P) for the scope's sequence. */
  LLVMValueRef symbol(String name, Scope s);

  /** Records error {@code code} (first one wins) with {@code detail} when {@code cond} holds. */
  void failIf(LLVMValueRef cond, int code, int detail);

  /** The machine the kernel is for (warp shuffles, barriers). */
  dev.fractalgen.backend.target.Target target();

  /**
   * With profiling, a point timing what the grid's first thread ran since the last point, named
   * by {@code n}: inside a block-run map, where that thread's block runs one iteration.
   */
  void profilePoint(dev.fractalgen.etdg.model.Node n);

  /** The threads of the block meet (only valid where the whole block runs the same code). */
  void blockBarrier();

  /** The lanes of a shared scope meet (a block barrier); a single-thread scope needs nothing. */
  default void meet(Scope s) {
    if (s.shared()) blockBarrier();
  }
}
