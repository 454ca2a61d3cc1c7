package dev.fractalgen.backend.codegen;

import static dev.fractalgen.runtime.kernel.KernelAbi.ERR_EMPTY_REDUCE;
import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.ReduceKind;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** {@code reduce} over one axis, each output accumulated by one thread in increasing index order. */
final class Reductions {
  private final Ir ir;
  private final KernelFrame kernel;
  private final int nodeId;

  Reductions(Ir ir, KernelFrame kernel, int nodeId) {
    this.ir = ir;
    this.kernel = kernel;
    this.nodeId = nodeId;
  }

  /**
   * Java's Math.max/min on floats: NaN propagates and +0 is above -0. For equal operands the
   * and (max) or or (min) of the bit patterns picks +0 (max) or -0 (min) and is exact otherwise.
   */
  static LLVMValueRef fmax(Ir ir, LLVMValueRef a, LLVMValueRef b, boolean max) {
    LLVMValueRef ai = ir.bitcast(a, ir.i32), bi = ir.bitcast(b, ir.i32);
    LLVMValueRef tie = ir.bitcast(max ? ir.and(ai, bi) : ir.or(ai, bi), ir.f32);
    LLVMValueRef first = ir.fcmp(max ? LLVMRealOGT : LLVMRealOLT, a, b);
    LLVMValueRef second = ir.fcmp(max ? LLVMRealOGT : LLVMRealOLT, b, a);
    LLVMValueRef v = ir.select(first, a, ir.select(second, b, tie));
    return ir.select(ir.fcmp(LLVMRealUNO, a, b), ir.cf(Float.NaN), v);
  }

  /** Each output is accumulated by one lane, in index order (so results do not depend on the lanes). */
  void reduce(ReduceKind kind, int axis, Tensor x, Tensor out, Scope s) {
    LLVMValueRef outer = Tensor.product(ir, x.dims(), 0, axis);
    LLVMValueRef n = x.dims()[axis];
    LLVMValueRef inner = Tensor.product(ir, x.dims(), axis + 1, x.rank());
    boolean isInt = x.dtype() == DType.I32;
    if (kind != ReduceKind.SUM && kind != ReduceKind.PROD) kernel.failIf(ir.eq(n, ir.c64(0)), ERR_EMPTY_REDUCE, nodeId);
    ir.loop(s.lane(), ir.mul(outer, inner), s.lanes(), k -> {
      LLVMValueRef o = ir.sdiv(k, inner), q = ir.srem(k, inner);
      LLVMValueRef at0 = ir.add(ir.mul(ir.mul(o, n), inner), q);
      LLVMValueRef result = switch (kind) {
        case SUM, PROD -> {
          boolean sum = kind == ReduceKind.SUM;
          LLVMValueRef acc = ir.var(x.type(ir), isInt ? ir.c32(sum ? 0 : 1) : ir.cf(sum ? 0 : 1));
          ir.loop(n, j -> {
            LLVMValueRef v = x.load(ir, ir.add(at0, ir.mul(j, inner)));
            LLVMValueRef a = ir.load(x.type(ir), acc);
            ir.store(isInt ? (sum ? ir.add(a, v) : ir.mul(a, v)) : (sum ? ir.fadd(a, v) : ir.fmul(a, v)), acc);
          });
          yield ir.load(x.type(ir), acc);
        }
        case MAX, MIN -> {
          boolean max = kind == ReduceKind.MAX;
          LLVMValueRef acc = ir.var(x.type(ir), isInt ? ir.c32(0) : ir.cf(0));
          ir.ifThen(ir.icmp(LLVMIntSGT, n, ir.c64(0)), () -> ir.store(x.load(ir, at0), acc));
          ir.loop(ir.c64(1), n, ir.c64(1), j -> {
            LLVMValueRef v = x.load(ir, ir.add(at0, ir.mul(j, inner)));
            LLVMValueRef a = ir.load(x.type(ir), acc);
            ir.store(isInt ? (max ? ir.smax(a, v) : ir.smin(a, v)) : fmax(ir, a, v, max), acc);
          });
          yield ir.load(x.type(ir), acc);
        }
        case ARGMAX -> argmax(x, at0, n, inner, isInt);
      };
      out.store(ir, k, result);
    });
  }

  /** The first maximum; for floats NaN is skipped and all-NaN gives 0 (as the sampler's argmax). */
  private LLVMValueRef argmax(Tensor x, LLVMValueRef at0, LLVMValueRef n, LLVMValueRef inner, boolean isInt) {
    FirstMax m = new FirstMax(ir, isInt);
    ir.loop(n, j -> m.offer(j, x.load(ir, ir.add(at0, ir.mul(j, inner)))));
    return m.result();
  }

}
