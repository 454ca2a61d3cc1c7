package dev.fractalgen.backend.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.llvm.Ir;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Double-precision exp, expm1, log, sin, cos, tanh and pow written in LLVM IR, so that every target
 * computes the same values without a libm (NVPTX and AMDGPU have none, and the host object must
 * link nothing). The reference interpreter evaluates transcendental functions in double and rounds
 * once to f32; these are accurate to a few units in the last place of a double, so the f32 results
 * agree with it except at rounding ties closer than about 1e-15 relative.
 * Argument reduction for sin/cos is a three-part Cody-Waite reduction, accurate for |x| below about 1e9.
 */
public final class MathLibrary {
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double INV_LN2 = 1.44269504088896338700e+00;
  private static final double PIO2_1 = 1.57079632673412561417e+00;
  private static final double PIO2_2 = 6.07710050630396597660e-11;
  private static final double PIO2_3 = 2.02226624871116645580e-21;
  private static final double INV_PIO2 = 6.36619772367581382433e-01;

  private final Ir ir;
  private final LLVMTypeRef unary;
  private LLVMValueRef expm1, exp, log, sin, cos, tanh, pow;

  public MathLibrary(Ir ir) {
    this.ir = ir;
    this.unary = ir.fnType(ir.f64, ir.f64);
  }

  /** Defines every function; call before any other function body is started. */
  public void define() {
    expm1 = defineUnary("fractal_expm1", x -> expFamily(x, true));
    exp = defineUnary("fractal_exp", x -> expFamily(x, false));
    log = defineUnary("fractal_log", this::logBody);
    sin = defineUnary("fractal_sin", x -> trig(x, true));
    cos = defineUnary("fractal_cos", x -> trig(x, false));
    tanh = defineUnary("fractal_tanh", this::tanhBody);
    LLVMTypeRef binary = ir.fnType(ir.f64, ir.f64, ir.f64);
    pow = ir.declare("fractal_pow", binary, true);
    ir.function(pow);
    ir.ret(powBody(ir.param(0), ir.param(1)));
  }

  public LLVMValueRef exp(LLVMValueRef x) { return ir.call(exp, unary, x); }
  public LLVMValueRef expm1(LLVMValueRef x) { return ir.call(expm1, unary, x); }
  public LLVMValueRef log(LLVMValueRef x) { return ir.call(log, unary, x); }
  public LLVMValueRef sin(LLVMValueRef x) { return ir.call(sin, unary, x); }
  public LLVMValueRef cos(LLVMValueRef x) { return ir.call(cos, unary, x); }
  public LLVMValueRef tanh(LLVMValueRef x) { return ir.call(tanh, unary, x); }
  public LLVMValueRef pow(LLVMValueRef x, LLVMValueRef y) { return ir.call(pow, ir.fnType(ir.f64, ir.f64, ir.f64), x, y); }

  private interface Body {
    LLVMValueRef emit(LLVMValueRef x);
  }

  private LLVMValueRef defineUnary(String name, Body body) {
    LLVMValueRef f = ir.declare(name, unary, true);
    ir.function(f);
    ir.ret(body.emit(ir.param(0)));
    return f;
  }

  /** c[0] + x*(c[1] + x*(c[2] + ...)). */
  private LLVMValueRef horner(LLVMValueRef x, double... c) {
    LLVMValueRef acc = ir.cd(c[c.length - 1]);
    for (int i = c.length - 2; i >= 0; i--) acc = ir.fadd(ir.cd(c[i]), ir.fmul(x, acc));
    return acc;
  }

  /** 2^k (i64 k in [-1022, 1023]) built from its exponent bits. */
  private LLVMValueRef pow2(LLVMValueRef k) {
    return ir.bitcast(ir.shl(ir.add(k, ir.c64(1023)), ir.c64(52)), ir.f64);
  }

  /** y * 2^k for k in [-2100, 2100], in two steps so that neither factor leaves the normal range. */
  private LLVMValueRef scale(LLVMValueRef y, LLVMValueRef k) {
    LLVMValueRef k1 = ir.sdiv(k, ir.c64(2));
    return ir.fmul(ir.fmul(y, pow2(k1)), pow2(ir.sub(k, k1)));
  }

  /** Round half away from zero to i64 (no rint instruction is assumed on the host CPU). */
  private LLVMValueRef roundToLong(LLVMValueRef v) {
    LLVMValueRef half = ir.select(ir.fcmp(LLVMRealOGE, v, ir.cd(0)), ir.cd(0.5), ir.cd(-0.5));
    return ir.fptosi(ir.fadd(v, half), ir.i64);
  }

  private LLVMValueRef expFamily(LLVMValueRef x, boolean minusOne) {
    // clamp so k stays small; the final selects give the exact overflow/underflow/NaN results
    LLVMValueRef xc = ir.select(ir.fcmp(LLVMRealOGT, x, ir.cd(710)), ir.cd(710),
        ir.select(ir.fcmp(LLVMRealOLT, x, ir.cd(-746)), ir.cd(-746), x));
    LLVMValueRef k = roundToLong(ir.fmul(xc, ir.cd(INV_LN2)));
    LLVMValueRef kd = ir.sitofp(k, ir.f64);
    LLVMValueRef r = ir.fsub(ir.fsub(xc, ir.fmul(kd, ir.cd(LN2_HI))), ir.fmul(kd, ir.cd(LN2_LO)));
    // expm1(r) = r + r^2/2! + ... + r^14/14!, |r| <= 0.35
    double[] c = new double[14];
    double f = 1;
    for (int i = 0; i < 14; i++) {
      f *= (i + 1);
      c[i] = 1 / f;
    }
    LLVMValueRef p = ir.fmul(r, horner(r, c));
    LLVMValueRef result;
    if (minusOne) {
      // 2^k p + (2^k - 1): exact for the small k where cancellation matters
      LLVMValueRef twoK = scale(ir.cd(1), k);
      result = ir.fadd(scale(p, k), ir.fsub(twoK, ir.cd(1)));
      result = ir.select(ir.fcmp(LLVMRealOLT, x, ir.cd(-40)), ir.cd(-1), result);
    } else {
      result = scale(ir.fadd(ir.cd(1), p), k);
      result = ir.select(ir.fcmp(LLVMRealOLT, x, ir.cd(-745.2)), ir.cd(0), result);
    }
    result = ir.select(ir.fcmp(LLVMRealOGT, x, ir.cd(709.79)), ir.cd(Double.POSITIVE_INFINITY), result);
    return ir.select(ir.fcmp(LLVMRealUNO, x, x), x, result);
  }

  private LLVMValueRef logBody(LLVMValueRef x0) {
    // subnormals: scale into the normal range first
    LLVMValueRef tiny = ir.fcmp(LLVMRealOLT, x0, ir.cd(0x1p-1022));
    LLVMValueRef x = ir.select(tiny, ir.fmul(x0, ir.cd(0x1p54)), x0);
    LLVMValueRef bits = ir.bitcast(x, ir.i64);
    LLVMValueRef e = ir.sub(ir.and(ir.lshr(bits, ir.c64(52)), ir.c64(0x7ff)), ir.c64(1023));
    e = ir.select(tiny, ir.sub(e, ir.c64(54)), e);
    LLVMValueRef m = ir.bitcast(ir.or(ir.and(bits, ir.c64(0x000fffffffffffffL)), ir.c64(0x3ff0000000000000L)), ir.f64);
    LLVMValueRef big = ir.fcmp(LLVMRealOGT, m, ir.cd(Math.sqrt(2)));
    m = ir.select(big, ir.fmul(m, ir.cd(0.5)), m);
    e = ir.select(big, ir.add(e, ir.c64(1)), e);
    LLVMValueRef f = ir.fdiv(ir.fsub(m, ir.cd(1)), ir.fadd(m, ir.cd(1)));
    LLVMValueRef s = ir.fmul(f, f);
    double[] c = new double[12];
    for (int i = 0; i < c.length; i++) c[i] = 1.0 / (2 * i + 1);
    LLVMValueRef logm = ir.fmul(ir.fmul(ir.cd(2), f), horner(s, c));
    LLVMValueRef ed = ir.sitofp(e, ir.f64);
    LLVMValueRef result = ir.fadd(ir.fmul(ed, ir.cd(LN2_HI)), ir.fadd(ir.fmul(ed, ir.cd(LN2_LO)), logm));
    result = ir.select(ir.fcmp(LLVMRealOEQ, x0, ir.cd(Double.POSITIVE_INFINITY)), x0, result);
    result = ir.select(ir.fcmp(LLVMRealOEQ, x0, ir.cd(0)), ir.cd(Double.NEGATIVE_INFINITY), result);
    result = ir.select(ir.fcmp(LLVMRealOLT, x0, ir.cd(0)), ir.cd(Double.NaN), result);
    return ir.select(ir.fcmp(LLVMRealUNO, x0, x0), x0, result);
  }

  private LLVMValueRef trig(LLVMValueRef x, boolean sine) {
    LLVMValueRef k = roundToLong(ir.fmul(x, ir.cd(INV_PIO2)));
    LLVMValueRef kd = ir.sitofp(k, ir.f64);
    LLVMValueRef r = ir.fsub(ir.fsub(ir.fsub(x, ir.fmul(kd, ir.cd(PIO2_1))), ir.fmul(kd, ir.cd(PIO2_2))), ir.fmul(kd, ir.cd(PIO2_3)));
    LLVMValueRef r2 = ir.fmul(r, r);
    double[] sc = new double[11], cc = new double[11];
    double f = 1;
    for (int i = 0; i < 11; i++) {
      cc[i] = ((i & 1) == 0 ? 1 : -1) / f; // (-1)^i / (2i)!
      f *= (2 * i + 1);
      sc[i] = ((i & 1) == 0 ? 1 : -1) / f; // (-1)^i / (2i+1)!
      f *= (2 * i + 2);
    }
    LLVMValueRef sr = ir.fmul(r, horner(r2, sc));
    LLVMValueRef cr = horner(r2, cc);
    LLVMValueRef q = ir.and(sine ? k : ir.add(k, ir.c64(1)), ir.c64(3));
    // sin(x) by quadrant: sin r, cos r, -sin r, -cos r; cos(x) = sin(x + pi/2) shifts the quadrant
    LLVMValueRef v = ir.select(ir.eq(ir.and(q, ir.c64(1)), ir.c64(0)), sr, cr);
    v = ir.select(ir.eq(ir.and(q, ir.c64(2)), ir.c64(0)), v, ir.fneg(v));
    LLVMValueRef finite = ir.fcmp(LLVMRealOLT, ir.intrinsic("llvm.fabs.f64", ir.f64, x), ir.cd(Double.POSITIVE_INFINITY));
    return ir.select(finite, v, ir.cd(Double.NaN));
  }

  private LLVMValueRef tanhBody(LLVMValueRef x) {
    LLVMValueRef a = ir.intrinsic("llvm.fabs.f64", ir.f64, x);
    LLVMValueRef t = expm1(ir.fmul(ir.cd(2), a));
    LLVMValueRef y = ir.fdiv(t, ir.fadd(t, ir.cd(2)));
    y = ir.select(ir.fcmp(LLVMRealOGT, a, ir.cd(22)), ir.cd(1), y);
    y = ir.select(ir.fcmp(LLVMRealOLT, x, ir.cd(0)), ir.fneg(y), y);
    return ir.select(ir.fcmp(LLVMRealOEQ, a, ir.cd(0)), x, y); // keeps the sign of zero
  }

  private LLVMValueRef powBody(LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef absA = ir.intrinsic("llvm.fabs.f64", ir.f64, a);
    LLVMValueRef absB = ir.intrinsic("llvm.fabs.f64", ir.f64, b);
    LLVMValueRef mag = exp(ir.fmul(b, log(absA)));
    // integral b: below 2^53 test its parity, above it every double is even
    LLVMValueRef small = ir.fcmp(LLVMRealOLT, absB, ir.cd(0x1p53));
    LLVMValueRef bl = ir.fptosi(ir.select(small, b, ir.cd(0)), ir.i64);
    LLVMValueRef integral = ir.or(ir.fcmp(LLVMRealOEQ, ir.sitofp(bl, ir.f64), b), ir.fcmp(LLVMRealOGE, absB, ir.cd(0x1p53)));
    integral = ir.and(integral, ir.fcmp(LLVMRealOLT, absB, ir.cd(Double.POSITIVE_INFINITY)));
    LLVMValueRef odd = ir.and(small, ir.eq(ir.and(bl, ir.c64(1)), ir.c64(1)));
    LLVMValueRef negA = ir.fcmp(LLVMRealOLT, a, ir.cd(0));
    LLVMValueRef signed = ir.select(ir.and(negA, odd), ir.fneg(mag), mag);
    LLVMValueRef result = ir.select(ir.and(negA, ir.xor(integral, ir.bool(true))), ir.cd(Double.NaN), signed);
    // a = +-0: +0 for b > 0, +inf for b < 0 (Math.pow's sign rules for -0 with odd b are kept)
    LLVMValueRef zero = ir.fcmp(LLVMRealOEQ, a, ir.cd(0));
    LLVMValueRef zeroResult = ir.select(ir.fcmp(LLVMRealOGT, b, ir.cd(0)), ir.cd(0), ir.cd(Double.POSITIVE_INFINITY));
    LLVMValueRef negZero = ir.and(zero, ir.ne(ir.bitcast(a, ir.i64), ir.c64(0)));
    zeroResult = ir.select(ir.and(negZero, odd), ir.fneg(zeroResult), zeroResult);
    result = ir.select(zero, zeroResult, result);
    result = ir.select(ir.fcmp(LLVMRealUNO, a, b), ir.cd(Double.NaN), result);
    // Java's rules: pow(1, b) is 1 only for finite b (NaN and infinite b give NaN)
    LLVMValueRef finiteB = ir.fcmp(LLVMRealOLT, absB, ir.cd(Double.POSITIVE_INFINITY));
    result = ir.select(ir.fcmp(LLVMRealOEQ, a, ir.cd(1)), ir.select(finiteB, ir.cd(1), ir.cd(Double.NaN)), result);
    return ir.select(ir.fcmp(LLVMRealOEQ, b, ir.cd(0)), ir.cd(1), result);
  }
}
