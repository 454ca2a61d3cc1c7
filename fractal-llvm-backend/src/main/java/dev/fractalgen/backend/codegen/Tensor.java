package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.DType;
import java.util.Arrays;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A tensor during code generation: the address of its row-major elements and its dims (i64), or,
 * for a value fused into its consumer, the function that computes element i where it is read.
 */
record Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims, java.util.function.UnaryOperator<LLVMValueRef> elements) {
  Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims) {
    this(ptr, dtype, dims, null);
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
    LLVMValueRef start = ir.mul(i, rowElems(ir));
    LLVMValueRef[] rest = Arrays.copyOfRange(dims, 1, dims.length);
    if (fused()) return new Tensor(null, dtype, rest, j -> elements.apply(ir.add(start, j)));
    return new Tensor(ir.at(ir.i32, ptr, start), dtype, rest);
  }

  LLVMTypeRef type(Ir ir) {
    return elementType(ir, dtype);
  }

  LLVMValueRef load(Ir ir, LLVMValueRef index) {
    return fused() ? elements.apply(index) : ir.loadAt(type(ir), ptr, index);
  }

  void store(Ir ir, LLVMValueRef index, LLVMValueRef v) {
    if (fused()) throw new IllegalStateException("a fused value has no storage");
    ir.storeAt(v, ptr, index);
  }

  static LLVMTypeRef elementType(Ir ir, DType d) {
    return d == DType.I32 ? ir.i32 : ir.f32;
  }

  static LLVMValueRef product(Ir ir, LLVMValueRef[] dims, int from, int to) {
    LLVMValueRef p = ir.c64(1);
    for (int i = from; i < to; i++) p = ir.mul(p, dims[i]);
    return p;
  }
}
