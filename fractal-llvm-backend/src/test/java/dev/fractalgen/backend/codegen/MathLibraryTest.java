package dev.fractalgen.backend.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.llvm.Toolchain;
import dev.fractalgen.backend.target.Target;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IR math routines, compiled for the host and called through java.lang.foreign, against
 * java.lang.Math: within a few double ulps, and, what the kernels rely on, the same f32 value
 * after rounding as the interpreter's {@code (float) Math.f(x)} on f32 inputs.
 */
class MathLibraryTest {
  @TempDir static Path dir;
  static Arena arena;
  static MethodHandle exp, log, sin, cos, tanh, pow;

  @BeforeAll
  static void compile() throws Exception {
    Ir ir = new Ir("mathtest");
    var tm = Toolchain.machine(ir, Target.HOST, Target.HOST.cpu, "");
    MathLibrary m = new MathLibrary(ir);
    m.define();
    unaryEntry(ir, "t_exp", m::exp);
    unaryEntry(ir, "t_log", m::log);
    unaryEntry(ir, "t_sin", m::sin);
    unaryEntry(ir, "t_cos", m::cos);
    unaryEntry(ir, "t_tanh", m::tanh);
    LLVMValueRef f = ir.declare("t_pow", ir.fnType(ir.f64, ir.f64, ir.f64), false);
    ir.function(f);
    ir.ret(m.pow(ir.param(0), ir.param(1)));
    byte[] so = Toolchain.link(Toolchain.emit(ir, Target.HOST, tm, dir), Target.HOST, dir);
    ir.dispose();
    Path lib = dir.resolve("math.so");
    Files.write(lib, so);
    arena = Arena.ofShared();
    SymbolLookup l = SymbolLookup.libraryLookup(lib, arena);
    Linker linker = Linker.nativeLinker();
    FunctionDescriptor d1 = FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
    exp = linker.downcallHandle(l.find("t_exp").orElseThrow(), d1);
    log = linker.downcallHandle(l.find("t_log").orElseThrow(), d1);
    sin = linker.downcallHandle(l.find("t_sin").orElseThrow(), d1);
    cos = linker.downcallHandle(l.find("t_cos").orElseThrow(), d1);
    tanh = linker.downcallHandle(l.find("t_tanh").orElseThrow(), d1);
    pow = linker.downcallHandle(l.find("t_pow").orElseThrow(),
        FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
  }

  private static void unaryEntry(Ir ir, String name, java.util.function.UnaryOperator<LLVMValueRef> f) {
    LLVMValueRef fn = ir.declare(name, ir.fnType(ir.f64, ir.f64), false);
    ir.function(fn);
    ir.ret(f.apply(ir.param(0)));
  }

  @AfterAll
  static void close() {
    arena.close();
  }

  private static double call(MethodHandle h, double x) {
    try {
      return (double) h.invokeExact(x);
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /** Random f32 inputs in [lo, hi]: the f32 result must equal the interpreter's rounding of Math's. */
  private static void agreesInF32(MethodHandle h, DoubleUnaryOperator ref, double lo, double hi) {
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      float x = (float) (lo + (hi - lo) * r.nextDouble());
      double want = ref.applyAsDouble(x), got = call(h, x);
      assertEquals((float) want, (float) got, "at x = " + x + " (double result " + got + " vs " + want + ")");
      if (Double.isFinite(want) && want != 0) assertTrue(Math.abs(got - want) <= 8 * Math.ulp(want), "accuracy at " + x);
    }
  }

  @Test
  void expMatches() {
    agreesInF32(exp, Math::exp, -110, 90);
    assertEquals(Double.POSITIVE_INFINITY, call(exp, 1000));
    assertEquals(0.0, call(exp, -1000));
    assertTrue(Double.isNaN(call(exp, Double.NaN)));
    assertEquals(1.0, call(exp, 0));
  }

  @Test
  void logMatches() {
    agreesInF32(log, Math::log, 1e-30, 10);
    agreesInF32(log, Math::log, 10, 3e38);
    assertEquals(Double.NEGATIVE_INFINITY, call(log, 0));
    assertTrue(Double.isNaN(call(log, -1)));
    assertEquals(Math.log(Double.MIN_VALUE), call(log, Double.MIN_VALUE), 1e-12);
  }

  @Test
  void sinAndCosMatch() {
    agreesInF32(sin, Math::sin, -600, 600);
    agreesInF32(cos, Math::cos, -600, 600);
    agreesInF32(sin, Math::sin, -1e-3, 1e-3);
    assertTrue(Double.isNaN(call(sin, Double.POSITIVE_INFINITY)));
  }

  @Test
  void tanhMatches() {
    agreesInF32(tanh, Math::tanh, -25, 25);
    agreesInF32(tanh, Math::tanh, -1e-4, 1e-4);
    assertEquals(-0.0, call(tanh, -0.0));
  }

  @Test
  void powMatches() {
    DoubleBinaryOperator ref = Math::pow;
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      float a = (float) (r.nextDouble() * 2e4), b = (float) (r.nextDouble() * 8 - 4);
      double want = ref.applyAsDouble(a, b), got;
      try {
        got = (double) pow.invokeExact((double) a, (double) b);
      } catch (Throwable e) {
        throw new AssertionError(e);
      }
      assertEquals((float) want, (float) got, "pow(" + a + ", " + b + ")");
    }
    double[][] special = {{-2, 3}, {-2, 2}, {-2, 0.5}, {0, -1}, {0, 2}, {5, 0}, {1, Double.NaN}, {1, Double.POSITIVE_INFINITY}, {Double.NaN, 0}, {-8, 1.0 / 3}};
    for (double[] c : special) {
      double got;
      try {
        got = (double) pow.invokeExact(c[0], c[1]);
      } catch (Throwable e) {
        throw new AssertionError(e);
      }
      assertEquals(Math.pow(c[0], c[1]), got, 1e-12, "pow(" + c[0] + ", " + c[1] + ")");
    }
  }
}
