package dev.fractalgen.backend.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.llvm.Ir;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The token sampler of {@code dev.fractalgen.core.sampling.Sampler} in LLVM IR, rule for rule
 * and in the same f32 operation order, with its uniform from Philox-4x32-10 as in
 * {@code Philox4x32.uniform}. Candidates are ordered by sorting the same 64-bit keys the reference
 * sorts (all distinct: the low word is the index), so any correct sort gives the same order; the
 * caller sorts them with a block-wide bitonic sort ({@link NodeEmitter}). This class gives the
 * sequential pieces: argmax, the largest scaled logit, the key of a candidate, and the draw from
 * the sorted candidates.
 */
public final class SamplerLibrary {
  private final Ir ir;
  private final MathLibrary math;
  private LLVMValueRef finish, argmax, maxScaled;
  private LLVMTypeRef finishType, argmaxType, maxScaledType;

  public SamplerLibrary(Ir ir, MathLibrary math) {
    this.ir = ir;
    this.math = math;
  }

  /** Defines the functions; call before any other function body is started. */
  public void define() {
    argmaxType = ir.fnType(ir.i32, ir.ptr, ir.i64);
    argmax = ir.declare("fractal_argmax", argmaxType, true);
    ir.function(argmax);
    ir.ret(argmaxBody(ir.param(0), ir.param(1)));

    maxScaledType = ir.fnType(ir.f32, ir.ptr, ir.i64, ir.f32);
    maxScaled = ir.declare("fractal_max_scaled", maxScaledType, true);
    ir.function(maxScaled);
    ir.ret(maxScaledBody(ir.param(0), ir.param(1), ir.param(2)));

    // (e f32[V], sorted keys i64[>= V], vocab, top_k, top_p, seed_lo, seed_hi, seq, n)
    finishType = ir.fnType(ir.i32, ir.ptr, ir.ptr, ir.i64, ir.i32, ir.f32, ir.i32, ir.i32, ir.i32, ir.i32);
    finish = ir.declare("fractal_sample_finish", finishType, true);
    ir.function(finish);
    finishBody();
  }

  /** The index of the first maximum of f32[n] (NaN ignored; 0 when all are NaN). */
  public LLVMValueRef argmax(LLVMValueRef p, LLVMValueRef n) {
    return ir.call(argmax, argmaxType, p, n);
  }

  /** max over i of logits[i] / temperature (f32, NaN skipped; -infinity when none). */
  public LLVMValueRef maxScaled(LLVMValueRef logits, LLVMValueRef vocab, LLVMValueRef temperature) {
    return ir.call(maxScaled, maxScaledType, logits, vocab, temperature);
  }

  /** e_i = (float) exp(z_i - m) with z_i = logits_i / temperature (0 for NaN z_i). */
  public LLVMValueRef weight(LLVMValueRef logit, LLVMValueRef temperature, LLVMValueRef m) {
    LLVMValueRef z = ir.fdiv(logit, temperature);
    LLVMValueRef ex = ir.fptrunc(math.exp(ir.fpext(ir.fsub(z, m))));
    return ir.select(ir.fcmp(LLVMRealUNO, z, z), ir.cf(0), ex);
  }

  /** The sort key of candidate i: descending e first, then ascending index (the reference's). */
  public LLVMValueRef key(LLVMValueRef e, LLVMValueRef i) {
    LLVMValueRef bits = ir.bitcast(e, ir.i32);
    LLVMValueRef hi = ir.shl(ir.sext(ir.sub(ir.c32(Integer.MAX_VALUE), bits), ir.i64), ir.c64(32));
    return ir.or(hi, i);
  }

  /** The token drawn from candidates sorted by {@link #key} (top-k, top-p, the Philox draw). */
  public LLVMValueRef finish(LLVMValueRef... args) {
    return ir.call(finish, finishType, args);
  }

  private LLVMValueRef argmaxBody(LLVMValueRef p, LLVMValueRef n) {
    FirstMax m = new FirstMax(ir, false);
    ir.loop(n, i -> m.offer(i, ir.loadAt(ir.f32, p, i)));
    return m.result();
  }


  private LLVMValueRef maxScaledBody(LLVMValueRef logits, LLVMValueRef vocab, LLVMValueRef temp) {
    LLVMValueRef m = ir.var(ir.f32, ir.cf(Float.NEGATIVE_INFINITY));
    ir.loop(vocab, i -> {
      LLVMValueRef z = ir.fdiv(ir.loadAt(ir.f32, logits, i), temp);
      ir.ifThen(ir.fcmp(LLVMRealOGT, z, ir.load(ir.f32, m)), () -> ir.store(z, m));
    });
    return ir.load(ir.f32, m);
  }

  private void finishBody() {
    LLVMValueRef e = ir.param(0), keys = ir.param(1), vocab = ir.param(2), topK = ir.param(3), topP = ir.param(4);
    LLVMValueRef seedLo = ir.param(5), seedHi = ir.param(6), seq = ir.param(7), n = ir.param(8);
    LLVMValueRef k64 = ir.idx(topK);
    LLVMValueRef kept = ir.var(ir.i64, ir.select(ir.icmp(LLVMIntSGT, k64, ir.c64(0)), ir.smin(k64, vocab), vocab));
    LLVMValueRef s = ir.var(ir.f32, ir.cf(0));
    ir.loop(ir.load(ir.i64, kept), j -> ir.store(ir.fadd(ir.load(ir.f32, s), eAt(e, keys, j)), s));
    LLVMValueRef sv = ir.load(ir.f32, s);
    ir.ifThen(ir.fcmp(LLVMRealOLT, topP, ir.cf(1)), () -> {
      LLVMValueRef cum = ir.var(ir.f32, ir.cf(0));
      LLVMValueRef j = ir.var(ir.i64, ir.c64(0));
      LLVMValueRef limit = ir.load(ir.i64, kept);
      LLVMValueRef go = ir.var(ir.i1, ir.bool(true));
      ir.whileLoop(() -> ir.and(ir.load(ir.i1, go), ir.slt(ir.load(ir.i64, j), limit)), () -> {
        LLVMValueRef jv = ir.load(ir.i64, j);
        LLVMValueRef c = ir.fadd(ir.load(ir.f32, cum), ir.fdiv(eAt(e, keys, jv), sv));
        ir.store(c, cum);
        ir.ifThen(ir.fcmp(LLVMRealOGE, c, topP), () -> {
          ir.store(ir.add(jv, ir.c64(1)), kept);
          ir.store(ir.bool(false), go);
        });
        ir.store(ir.add(jv, ir.c64(1)), j);
      });
    });
    LLVMValueRef keptV = ir.load(ir.i64, kept);
    LLVMValueRef t = ir.var(ir.f32, ir.cf(0));
    ir.loop(keptV, j -> ir.store(ir.fadd(ir.load(ir.f32, t), ir.fdiv(eAt(e, keys, j), sv)), t));
    LLVMValueRef r = ir.fmul(uniform(seedLo, seedHi, seq, n), ir.load(ir.f32, t));
    LLVMValueRef c = ir.var(ir.f32, ir.cf(0));
    ir.loop(keptV, j -> {
      LLVMValueRef cv = ir.fadd(ir.load(ir.f32, c), ir.fdiv(eAt(e, keys, j), sv));
      ir.store(cv, c);
      ir.ifThen(ir.fcmp(LLVMRealOGT, cv, r), () -> ir.ret(tokenAt(keys, j)));
    });
    ir.ret(tokenAt(keys, ir.sub(keptV, ir.c64(1))));
  }

  private LLVMValueRef tokenAt(LLVMValueRef keys, LLVMValueRef j) {
    return ir.trunc(ir.loadAt(ir.i64, keys, j), ir.i32);
  }

  /** e of the j-th candidate. */
  private LLVMValueRef eAt(LLVMValueRef e, LLVMValueRef keys, LLVMValueRef j) {
    return ir.loadAt(ir.f32, e, ir.zext(tokenAt(keys, j), ir.i64));
  }

  /** Philox4x32-10 of counter (n, seq, 0, 0) under key (seed_lo, seed_hi); u = (x0 >>> 8) * 2^-24. */
  private LLVMValueRef uniform(LLVMValueRef k0, LLVMValueRef k1, LLVMValueRef seq, LLVMValueRef n) {
    LLVMValueRef c0 = n, c1 = seq, c2 = ir.c32(0), c3 = ir.c32(0);
    for (int round = 0; round < 10; round++) {
      if (round > 0) {
        k0 = ir.add(k0, ir.c32(0x9E3779B9));
        k1 = ir.add(k1, ir.c32(0xBB67AE85));
      }
      LLVMValueRef p0 = ir.mul(ir.c64(0xD2511F53L), ir.zext(c0, ir.i64));
      LLVMValueRef p1 = ir.mul(ir.c64(0xCD9E8D57L), ir.zext(c2, ir.i64));
      LLVMValueRef hi0 = ir.trunc(ir.lshr(p0, ir.c64(32)), ir.i32), lo0 = ir.trunc(p0, ir.i32);
      LLVMValueRef hi1 = ir.trunc(ir.lshr(p1, ir.c64(32)), ir.i32), lo1 = ir.trunc(p1, ir.i32);
      LLVMValueRef n0 = ir.xor(ir.xor(hi1, c1), k0);
      LLVMValueRef n2 = ir.xor(ir.xor(hi0, c3), k1);
      c0 = n0;
      c1 = lo1;
      c2 = n2;
      c3 = lo0;
    }
    LLVMValueRef bits = ir.lshr(c0, ir.c32(8));
    return ir.fmul(LLVMBuildUIToFP(ir.b, bits, ir.f32, ""), ir.cf(0x1p-24f));
  }
}
