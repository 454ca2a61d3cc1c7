package dev.fractalgen.backend.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.llvm.Ir;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The running "first maximum" of elements offered in increasing index order: the rule of the
 * reference's argmax. For floats NaN never wins and, while nothing is taken, -infinity is; for
 * i32 the first element is taken, then only larger ones.
 */
final class FirstMax {
  private final Ir ir;
  private final boolean isInt;
  private final LLVMValueRef best, bestValue;

  FirstMax(Ir ir, boolean isInt) {
    this.ir = ir;
    this.isInt = isInt;
    this.best = ir.var(ir.i64, ir.c64(-1));
    this.bestValue = ir.var(isInt ? ir.i32 : ir.f32, isInt ? ir.c32(Integer.MIN_VALUE) : ir.cf(Float.NEGATIVE_INFINITY));
  }

  void offer(LLVMValueRef index, LLVMValueRef v) {
    LLVMValueRef bv = value();
    LLVMValueRef none = ir.slt(ir.load(ir.i64, best), ir.c64(0));
    LLVMValueRef take = isInt ? ir.or(ir.icmp(LLVMIntSGT, v, bv), none)
        : ir.or(ir.fcmp(LLVMRealOGT, v, bv), ir.and(none, ir.fcmp(LLVMRealOEQ, v, bv)));
    ir.ifThen(take, () -> {
      ir.store(index, best);
      ir.store(v, bestValue);
    });
  }

  /** The index taken, -1 when none was (i64). */
  LLVMValueRef index() {
    return ir.load(ir.i64, best);
  }

  LLVMValueRef value() {
    return ir.load(isInt ? ir.i32 : ir.f32, bestValue);
  }

  /** The argmax as i32: 0 when nothing was taken (all NaN). */
  LLVMValueRef result() {
    return ir.trunc(ir.smax(index(), ir.c64(0)), ir.i32);
  }
}
