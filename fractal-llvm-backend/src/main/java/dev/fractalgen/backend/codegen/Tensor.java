package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.passes.memory.Bounds;
import java.util.Arrays;
import java.util.function.Function;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A tensor during code generation: the address of its row-major elements and its dims (i64), or,
 * for a value fused into its consumer or read in place, the {@link Elements} that compute element i
 * where it is read. Such a value may also know its leading rows ({@code rows}): the KV history
 * concat(cache[:, l], [k]) has no storage of its own, but each of its rows lies whole in one
 * operand, so a row's elements load from one computed address instead of one branch per element.
 * {@code align}: the bytes the address is known to be a multiple of (at least the element's size),
 * which lets a run of elements load as whole vectors ({@link #loadRun}).
 */
record Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims, Elements elements, Function<LLVMValueRef, Tensor> rows, long align) {
  /** How a value without storage computes its elements. */
  interface Elements {
    /** Element {@code i}. */
    LLVMValueRef at(LLVMValueRef i);

    /** Elements {@code first} .. {@code first + width - 1}, {@code first} a multiple of {@code width}: one by one unless overridden. */
    default LLVMValueRef[] run(Ir ir, LLVMValueRef first, int width) {
      return oneByOne(ir, this::at, first, width);
    }

    /** Elements computed by {@code at}, runs of them by {@code run}. */
    static Elements of(java.util.function.UnaryOperator<LLVMValueRef> at, Run run) {
      return new Elements() {
        @Override
        public LLVMValueRef at(LLVMValueRef i) {
          return at.apply(i);
        }

        @Override
        public LLVMValueRef[] run(Ir ir, LLVMValueRef first, int width) {
          return run.run(ir, first, width);
        }
      };
    }
  }

  /** {@link Elements#run}'s signature. */
  interface Run {
    LLVMValueRef[] run(Ir ir, LLVMValueRef first, int width);
  }

  /** The widest load a run of elements takes: 16 bytes, the most one thread loads at once. */
  static final int MAX_VECTOR_BYTES = 16;

  Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims) {
    this(ptr, dtype, dims, null, null, Bounds.elementBytes(dtype));
  }

  Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims, Elements elements) {
    this(ptr, dtype, dims, elements, null, Bounds.elementBytes(dtype));
  }

  Tensor(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims, Elements elements, Function<LLVMValueRef, Tensor> rows) {
    this(ptr, dtype, dims, elements, rows, Bounds.elementBytes(dtype));
  }

  /** Storage at {@code ptr}, known to be a multiple of {@code align} bytes. */
  static Tensor aligned(LLVMValueRef ptr, DType dtype, LLVMValueRef[] dims, long align) {
    return new Tensor(ptr, dtype, dims, null, null, Math.max(align, Bounds.elementBytes(dtype)));
  }

  /** The alignment a base aligned to {@code baseAlign} keeps {@code bytes} further on. */
  static long alignAfter(long baseAlign, long bytes) {
    return bytes == 0 ? baseAlign : Math.min(baseAlign, Long.lowestOneBit(bytes));
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
    LLVMValueRef perRow = rowElems(ir);
    LLVMValueRef start = ir.mul(i, perRow);
    LLVMValueRef[] rest = Arrays.copyOfRange(dims, 1, dims.length);
    long known = constant(perRow);
    if (fused()) {
      // a run of a row is a run of the whole where the rows' length is a multiple of the run's
      return new Tensor(null, dtype, rest, Elements.of(j -> elements.at(ir.add(start, j)),
          (b, first, width) -> known > 0 && known % width == 0 ? elements.run(b, ir.add(start, first), width)
              : oneByOne(b, elements::at, ir.add(start, first), width)));
    }
    return aligned(address(ir, start), dtype, rest, known >= 0 ? alignAfter(align, known * Bounds.elementBytes(dtype)) : 1);
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
    if (fused()) return elements.at(index);
    if (HalfFloats.isHalf(dtype)) return HalfFloats.widen(ir, dtype, ir.loadAt(ir.i16, ptr, index));
    return ir.loadAt(type(ir), ptr, index);
  }

  /**
   * Elements {@code first} .. {@code first + width - 1}, {@code first} a multiple of {@code width}.
   * Storage whose alignment makes the run's address a multiple of 8 bytes or more loads it as
   * vectors of 32-bit words (at most 16 bytes each; f16/bf16 two to a word), whatever LLVM can
   * prove about the address; the elements are the same as {@link #load}'s one by one.
   */
  LLVMValueRef[] loadRun(Ir ir, LLVMValueRef first, int width) {
    if (fused()) return elements.run(ir, first, width);
    int bytes = Bounds.elementBytes(dtype);
    long piece = Math.min(MAX_VECTOR_BYTES, alignAfter(align, (long) width * bytes));
    if (piece < 8 || ((long) width * bytes) % piece != 0) {
      return oneByOne(ir, i -> load(ir, i), first, width);
    }
    int words = (int) (piece / 4), perPiece = (int) (piece / bytes);
    LLVMValueRef[] v = new LLVMValueRef[width];
    for (int p = 0; p < width / perPiece; p++) {
      LLVMValueRef at = address(ir, ir.add(first, ir.c64((long) p * perPiece)));
      LLVMValueRef vec = ir.loadAligned(ir.vector(bytes == 4 ? type(ir) : ir.i32, words), at, (int) piece);
      for (int k = 0; k < words; k++) {
        LLVMValueRef word = ir.extract(vec, k);
        int at0 = p * perPiece + k * (4 / bytes);
        if (bytes == 4) {
          v[at0] = word;
        } else {
          // two 16-bit elements a word, the first in the low half (little-endian)
          v[at0] = HalfFloats.widenLow(ir, dtype, word);
          v[at0 + 1] = HalfFloats.widenHigh(ir, dtype, word);
        }
      }
    }
    return v;
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

  /** Elements {@code first} .. {@code first + width - 1} of {@code at}, one at a time. */
  static LLVMValueRef[] oneByOne(Ir ir, java.util.function.UnaryOperator<LLVMValueRef> at, LLVMValueRef first, int width) {
    LLVMValueRef[] v = new LLVMValueRef[width];
    for (int w = 0; w < width; w++) v[w] = at.apply(ir.add(first, ir.c64(w)));
    return v;
  }

  /** The value of a constant i64, or -1 when it is computed at run time. */
  static long constant(LLVMValueRef v) {
    return org.bytedeco.llvm.global.LLVM.LLVMIsAConstantInt(v) != null ? org.bytedeco.llvm.global.LLVM.LLVMConstIntGetSExtValue(v) : -1;
  }

  static LLVMValueRef product(Ir ir, LLVMValueRef[] dims, int from, int to) {
    LLVMValueRef p = ir.c64(1);
    for (int i = from; i < to; i++) p = ir.mul(p, dims[i]);
    return p;
  }
}
