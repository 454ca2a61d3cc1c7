package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.DType;
import java.util.Arrays;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A tensor during code generation: the address of its row-major elements and its dims (i64), or,
 * for a value fused into its consumer or read in place, the function that computes element i where
 * it is read. Such a value may also know its leading rows ({@code rows}): the KV history
 * concat(cache[:, l], [k]) has no storage of its own, but each of its rows lies whole in one
 * operand, so a row's elements load from one computed address instead of one branch per element.
 */
record Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims, java.util.function.UnaryOperator<LLVMValueRef> elements,
    java.util.function.Function<LLVMValueRef, Tensor> rows) {
  Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims) {
    this(ptr, dtype, dims, null, null);
  }

  Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims, java.util.function.UnaryOperator<LLVMValueRef> elements) {
    this(ptr, dtype, dims, elements, null);
  }

  boolean fused() {
    return elements != null;
  }

  int rank() {
    return dims.length;
  }

  LLVMValueRef numel(Ir ir) {
    return product(ir, dims, 0, dims.length);
  }

  /** Elements per entry of the leading dimension. */
  LLVMValueRef rowElems(Ir ir) {
    return product(ir, dims, 1, dims.length);
  }

  /** The tensor without its leading dim, at entry {@code i}. */
  Tensor row(Ir ir, LLVMValueRef i) {
    if (rows != null) return rows.apply(i);
    LLVMValueRef start = ir.mul(i, rowElems(ir));
    LLVMValueRef[] rest = Arrays.copyOfRange(dims, 1, dims.length);
    if (fused()) return new Tensor(null, dtype, rest, j -> elements.apply(ir.add(start, j)));
    return new Tensor(address(ir, start), dtype, rest);
  }

  /** The address of element {@code index} of the storage. */
  LLVMValueRef address(Ir ir, LLVMValueRef index) {
    return ir.at(storageType(ir, dtype), ptr, index);
  }

  /** The type values have in registers: i32, or f32 for every floating dtype. */
  LLVMTypeRef type(Ir ir) {
    return dtype == DType.I32 ? ir.i32 : ir.f32;
  }

  /** Element {@code index}, widened from f16/bf16 storage to f32 exactly. */
  LLVMValueRef load(Ir ir, LLVMValueRef index) {
    if (fused()) return elements.apply(index);
    if (HalfFloats.isHalf(dtype)) return HalfFloats.widen(ir, dtype, ir.loadAt(ir.i16, ptr, index));
    return ir.loadAt(type(ir), ptr, index);
  }

  /** Stores {@code v} at {@code index}; an f16/bf16 value is rounded to its dtype here (ties to even). */
  void store(Ir ir, LLVMValueRef index, LLVMValueRef v) {
    if (fused()) throw new IllegalStateException("a fused value has no storage");
    ir.storeAt(HalfFloats.isHalf(dtype) ? HalfFloats.narrow(ir, dtype, v) : v, ptr, index);
  }

  /** The type an element has in memory: 16 bits for f16/bf16. */
  static LLVMTypeRef storageType(Ir ir, DType d) {
    return switch (d) {
      case I32 -> ir.i32;
      case F32 -> ir.f32;
      case F16, BF16 -> ir.i16;
    };
  }

  static LLVMValueRef product(Ir ir, LLVMValueRef[] dims, int from, int to) {
    LLVMValueRef p = ir.c64(1);
    for (int i = from; i < to; i++) p = ir.mul(p, dims[i]);
    return p;
  }
}
