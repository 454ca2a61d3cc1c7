package dev.fractalgen.backend.codegen;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Where code is being generated: for which sequence (i64 index into the batch), with which
 * thread's map-body scratch ({@code slotBase}, null at grid level), allocating new values where
 * {@code alloc} says.
 */
record Scope(LLVMValueRef seq, LLVMValueRef slotBase, Allocator alloc) {
  Scope withSlot(LLVMValueRef base, Allocator a) {
    return new Scope(seq, base, a);
  }
}
