package dev.fractalgen.backend.codegen;

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
    LLVMValueRef blockBase, Allocator slotAlloc) {
  /** A scope run by one thread. */
  static Scope single(dev.fractalgen.backend.llvm.Ir ir, LLVMValueRef seq, LLVMValueRef slotBase, Allocator alloc) {
    return new Scope(seq, slotBase, alloc, ir.c64(0), ir.c64(1), false, null, alloc.arena == Allocator.Arena.SLOT ? alloc : null);
  }

  /** This scope run by one thread, allocating from {@code a}. */
  Scope alone(dev.fractalgen.backend.llvm.Ir ir, Allocator a) {
    return new Scope(seq, slotBase, a, ir.c64(0), ir.c64(1), false, blockBase, slotAlloc);
  }
}
