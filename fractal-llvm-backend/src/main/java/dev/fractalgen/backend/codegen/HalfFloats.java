package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.DType;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The 16-bit float formats in integer IR, the same on every target: f16/bf16 values are held as f32
 * in registers and as 16 bits in memory (docs/etdg.md: computed in f32, rounded to the dtype at
 * every node output). Integer code instead of LLVM's {@code half}/{@code bfloat} types, because on
 * a host CPU without F16C those lower to compiler-rt calls the kernel does not link.
 */
final class HalfFloats {
  private HalfFloats() {
  }

  /** The exact f32 value of the 16-bit pattern {@code bits} (an i16) of {@code dtype}. */
  static LLVMValueRef widen(Ir ir, DType dtype, LLVMValueRef bits) {
    LLVMValueRef h = ir.zext(bits, ir.i32);
    if (dtype == DType.BF16) return ir.bitcast(ir.shl(h, ir.c32(16)), ir.f32);
    LLVMValueRef sign = ir.shl(ir.and(h, ir.c32(0x8000)), ir.c32(16));
    LLVMValueRef em = ir.and(h, ir.c32(0x7fff));
    // normal: the exponent rebiased from 15 to 127; infinity/NaN: all-ones exponent, payload kept
    LLVMValueRef normal = ir.add(ir.shl(em, ir.c32(13)), ir.c32(0x38000000));
    LLVMValueRef special = ir.or(ir.c32(0x7f800000), ir.shl(ir.and(em, ir.c32(0x3ff)), ir.c32(13)));
    // subnormal (and zero): em * 2^-24, exact in f32
    LLVMValueRef sub = ir.bitcast(ir.fmul(ir.sitofp(em, ir.f32), ir.cf(0x1p-24f)), ir.i32);
    LLVMValueRef mag = ir.select(ir.ult(em, ir.c32(0x400)), sub, ir.select(ir.ult(em, ir.c32(0x7c00)), normal, special));
    return ir.bitcast(ir.or(sign, mag), ir.f32);
  }

  /** The f32 value of the low 16 bits of the i32 {@code word}; for bf16 one shift. */
  static LLVMValueRef widenLow(Ir ir, DType dtype, LLVMValueRef word) {
    if (dtype == DType.BF16) return ir.bitcast(ir.shl(word, ir.c32(16)), ir.f32);
    return widen(ir, dtype, ir.trunc(word, ir.i16));
  }

  /** The f32 value of the high 16 bits of the i32 {@code word}; for bf16 they are already in place, the low ones cleared. */
  static LLVMValueRef widenHigh(Ir ir, DType dtype, LLVMValueRef word) {
    if (dtype == DType.BF16) return ir.bitcast(ir.and(word, ir.c32(0xffff0000L)), ir.f32);
    return widen(ir, dtype, ir.trunc(ir.lshr(word, ir.c32(16)), ir.i16));
  }

  /** The 16-bit pattern (an i16) of {@code dtype} nearest to f32 {@code x}, ties to even; NaN stays NaN. */
  static LLVMValueRef narrow(Ir ir, DType dtype, LLVMValueRef x) {
    LLVMValueRef bits = ir.bitcast(x, ir.i32);
    LLVMValueRef a = ir.and(bits, ir.c32(0x7fffffff));
    LLVMValueRef nan = ir.ult(ir.c32(0x7f800000), a);
    if (dtype == DType.BF16) {
      // adding 0x7fff plus the kept lowest bit rounds the dropped half to nearest even; a carry
      // into the exponent gives the next binade or infinity
      LLVMValueRef lsb = ir.and(ir.lshr(bits, ir.c32(16)), ir.c32(1));
      LLVMValueRef rounded = ir.lshr(ir.add(ir.add(bits, ir.c32(0x7fff)), lsb), ir.c32(16));
      LLVMValueRef quiet = ir.or(ir.lshr(bits, ir.c32(16)), ir.c32(0x40));
      return ir.trunc(ir.select(nan, quiet, rounded), ir.i16);
    }
    LLVMValueRef sign = ir.and(ir.lshr(bits, ir.c32(16)), ir.c32(0x8000));
    LLVMValueRef quiet = ir.or(ir.c32(0x7e00), ir.and(ir.lshr(a, ir.c32(13)), ir.c32(0x3ff)));
    // at or above 65520 (halfway between 65504 and 2^16, a tie that rounds up) the result is infinite
    LLVMValueRef inf = ir.c32(0x7c00);
    LLVMValueRef lsb = ir.and(ir.lshr(a, ir.c32(13)), ir.c32(1));
    LLVMValueRef normal = ir.lshr(ir.sub(ir.add(ir.add(a, ir.c32(0xfff)), lsb), ir.c32(0x38000000)), ir.c32(13));
    // below 2^-14 the step is a fixed 2^-24: adding 0.5f (whose ulp is 2^-24) rounds to it, ties to
    // even, and the integer difference from 0.5f counts the steps (2^-14 itself comes out as 0x400)
    LLVMValueRef shifted = ir.fadd(ir.bitcast(a, ir.f32), ir.cf(0.5f));
    LLVMValueRef sub = ir.sub(ir.bitcast(shifted, ir.i32), ir.c32(0x3f000000));
    LLVMValueRef mag = ir.select(nan, quiet,
        ir.select(ir.ult(a, ir.c32(0x38800000)), sub, ir.select(ir.ult(a, ir.c32(0x477ff000)), normal, inf)));
    return ir.trunc(ir.or(sign, mag), ir.i16);
  }

  /** {@code x} rounded to {@code dtype}, as f32; identity for f32 and i32. */
  static LLVMValueRef round(Ir ir, DType dtype, LLVMValueRef x) {
    if (!isHalf(dtype)) return x;
    return widen(ir, dtype, narrow(ir, dtype, x));
  }

  static boolean isHalf(DType dtype) {
    return dtype == DType.F16 || dtype == DType.BF16;
  }
}
