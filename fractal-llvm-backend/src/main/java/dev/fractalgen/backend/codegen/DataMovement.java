package dev.fractalgen.backend.codegen;

import static dev.fractalgen.runtime.kernel.KernelAbi.ERR_INDEX_RANGE;
import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Node;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The ops that only move elements (index, slice, gather, window, concat), each output element
 * computed independently so that a scope's lanes can share them. Indices outside their range are
 * reported (ERR_INDEX_RANGE with the node's number) and clamped, so nothing is read out of bounds.
 */
final class DataMovement {
  private final Ir ir;
  private final KernelFrame kernel;
  private final Map<Node, Integer> ids;

  DataMovement(Ir ir, KernelFrame kernel, Map<Node, Integer> ids) {
    this.ir = ir;
    this.kernel = kernel;
    this.ids = ids;
  }

  private void forLanes(Scope s, LLVMValueRef n, java.util.function.Consumer<LLVMValueRef> body) {
    ir.loop(s.lane(), n, s.lanes(), body);
  }

  /** i32 index as i64, reported and clamped into [0, size) when outside it. */
  LLVMValueRef checkedIndex(Node n, LLVMValueRef i32, LLVMValueRef size) {
    LLVMValueRef i = ir.idx(i32);
    LLVMValueRef bad = ir.or(ir.slt(i, ir.c64(0)), ir.icmp(LLVMIntSGE, i, size));
    kernel.failIf(bad, ERR_INDEX_RANGE, ids.get(n));
    return ir.smax(ir.c64(0), ir.smin(i, ir.sub(size, ir.c64(1))));
  }

  /** Multi-index of flat {@code j} over {@code dims}, last dim fastest. */
  private LLVMValueRef[] unflatten(LLVMValueRef j, LLVMValueRef[] dims) {
    LLVMValueRef[] idx = new LLVMValueRef[dims.length];
    LLVMValueRef rest = j;
    for (int d = dims.length - 1; d >= 0; d--) {
      idx[d] = ir.srem(rest, dims[d]);
      rest = ir.sdiv(rest, dims[d]);
    }
    return idx;
  }

  private LLVMValueRef flatten(LLVMValueRef[] idx, LLVMValueRef[] dims) {
    LLVMValueRef f = ir.c64(0);
    for (int d = 0; d < dims.length; d++) f = ir.add(ir.mul(f, dims[d]), idx[d]);
    return f;
  }

  void index(Node n, List<Tensor> in, Tensor out, Scope s) {
    Tensor x = in.get(0);
    LLVMValueRef[] fixed = fixedIndices(n, in);
    forLanes(s, out.numel(ir), j -> out.store(ir, j, x.load(ir, indexSource(n, x, fixed, unflatten(j, out.dims())))));
  }

  /** The checked indices of an index node's indexed axes. */
  private LLVMValueRef[] fixedIndices(Node n, List<Tensor> in) {
    Tensor x = in.get(0);
    LLVMValueRef[] fixed = new LLVMValueRef[n.getInts().size()];
    for (int k = 0; k < fixed.length; k++) {
      fixed[k] = checkedIndex(n, in.get(k + 1).load(ir, ir.c64(0)), x.dims()[n.getInts().get(k).intValue()]);
    }
    return fixed;
  }

  /** The flat offset in x of output multi-index {@code o}: the indexed axes at their fixed indices. */
  private LLVMValueRef indexSource(Node n, Tensor x, LLVMValueRef[] fixed, LLVMValueRef[] o) {
    List<Long> axes = n.getInts();
    LLVMValueRef[] src = new LLVMValueRef[x.rank()];
    int next = 0, k = 0;
    for (int d = 0; d < src.length; d++) src[d] = k < fixed.length && axes.get(k) == d ? fixed[k++] : o[next++];
    return flatten(src, x.dims());
  }

  void slice(Node n, List<Tensor> in, Tensor out, Scope s) {
    Tensor x = in.get(0);
    int axis = n.getInts().get(0).intValue();
    LLVMValueRef start = ir.idx(in.get(1).load(ir, ir.c64(0)));
    LLVMValueRef len = out.dims()[axis];
    LLVMValueRef bad = ir.or(ir.slt(start, ir.c64(0)), ir.icmp(LLVMIntSGT, ir.add(start, len), x.dims()[axis]));
    kernel.failIf(bad, ERR_INDEX_RANGE, ids.get(n));
    LLVMValueRef safeStart = ir.select(bad, ir.c64(0), start);
    ir.ifThen(ir.xor(bad, ir.bool(true)), () -> forLanes(s, out.numel(ir), j -> {
      LLVMValueRef[] o = unflatten(j, out.dims());
      o[axis] = ir.add(o[axis], safeStart);
      out.store(ir, j, x.load(ir, flatten(o, x.dims())));
    }));
  }

  void gather(Node n, List<Tensor> in, Tensor out, Scope s) {
    Tensor x = in.get(0), idx = in.get(1);
    LLVMValueRef row = x.rowElems(ir);
    forLanes(s, ir.mul(idx.numel(ir), row), k -> {
      LLVMValueRef j = ir.sdiv(k, row), e = ir.srem(k, row);
      LLVMValueRef r = checkedIndex(n, idx.load(ir, j), x.dims()[0]);
      out.store(ir, k, x.load(ir, ir.add(ir.mul(r, row), e)));
    });
  }

  void window(Node n, Tensor x, Tensor out, Scope s) {
    long size = n.getInts().get(0), stride = n.getInts().get(1);
    LLVMValueRef row = x.rowElems(ir);
    // output element k = ((w * size) + j) * row + e reads x[(w * stride + j) * row + e]
    forLanes(s, out.numel(ir), k -> {
      LLVMValueRef e = ir.srem(k, row), wj = ir.sdiv(k, row);
      LLVMValueRef w = ir.sdiv(wj, ir.c64(size)), j = ir.srem(wj, ir.c64(size));
      LLVMValueRef src = ir.add(ir.mul(w, ir.c64(stride)), j);
      out.store(ir, k, x.load(ir, ir.add(ir.mul(src, row), e)));
    });
  }

  void concat(int axis, List<Tensor> in, Tensor out, Scope s) {
    LLVMValueRef outer = Tensor.product(ir, out.dims(), 0, axis);
    LLVMValueRef total = Tensor.product(ir, out.dims(), axis, out.rank());
    LLVMValueRef offset = ir.c64(0);
    for (Tensor t : in) {
      LLVMValueRef chunk = Tensor.product(ir, t.dims(), axis, t.rank());
      LLVMValueRef base = offset;
      LanesAhead.store(ir, s, ir.mul(outer, chunk), k -> t.load(ir, k), (k, v) -> {
        LLVMValueRef o = ir.sdiv(k, chunk), e = ir.srem(k, chunk);
        out.store(ir, ir.add(ir.add(ir.mul(o, total), base), e), v);
      });
      offset = ir.add(offset, chunk);
    }
  }

  /** Element j of data-movement node {@code n}'s output of dims {@code outDims}. */
  LLVMValueRef element(Node n, List<Tensor> in, LLVMValueRef[] outDims, LLVMValueRef j) {
    return switch (n.getOp()) {
      case INDEX -> in.get(0).load(ir, indexSource(n, in.get(0), fixedIndices(n, in), unflatten(j, outDims)));
      case CONCAT -> {
        int axis = n.getInts().get(0).intValue();
        LLVMValueRef total = Tensor.product(ir, outDims, axis, outDims.length);
        LLVMValueRef o = ir.sdiv(j, total), r = ir.srem(j, total);
        yield pick(in, r, t -> Tensor.product(ir, t.dims(), axis, t.rank()), (t, local) -> t.load(ir, ir.add(ir.mul(o, Tensor.product(ir, t.dims(), axis, t.rank())), local)));
      }
      case STACK -> {
        LLVMValueRef each = in.get(0).numel(ir);
        yield pick(in, j, t -> each, (t, local) -> t.load(ir, local));
      }
      default -> throw new IllegalArgumentException(n.getOp() + " has no element form");
    };
  }

  /**
   * The leading rows of in-place node {@code n}'s output (dims {@code outDims}), or null where a
   * row does not lie whole in one operand: index on the axes right after the leading one
   * (cache[:, l]: row t is row l of the cache's row t), concat on axis 0, and stack. A row's
   * address is selected among the operands' rows, so its elements load without a branch each;
   * where an operand's row has no address, the row's elements are computed one by one.
   */
  java.util.function.Function<LLVMValueRef, Tensor> rows(Node n, List<Tensor> in, LLVMValueRef[] outDims) {
    LLVMValueRef[] rowDims = java.util.Arrays.copyOfRange(outDims, 1, outDims.length);
    Tensor x = in.get(0);
    return switch (n.getOp()) {
      case INDEX -> {
        List<Long> axes = n.getInts();
        for (int k = 0; k < axes.size(); k++) if (axes.get(k) != k + 1) yield null;
        yield t -> {
          Tensor r = x.row(ir, t);
          for (int k = 0; k < axes.size(); k++) r = r.row(ir, checkedIndex(n, in.get(k + 1).load(ir, ir.c64(0)), r.dims()[0]));
          return new Tensor(r.ptr(), r.dtype(), rowDims, r.elements(), r.rows(), r.align());
        };
      }
      case CONCAT -> n.getInts().get(0) != 0 ? null : i -> {
        List<Tensor> parts = new java.util.ArrayList<>();
        List<LLVMValueRef> starts = new java.util.ArrayList<>();
        LLVMValueRef start = ir.c64(0);
        for (Tensor t : in) {
          parts.add(t.row(ir, ir.sub(i, start)));
          starts.add(start);
          start = ir.add(start, t.dims()[0]);
        }
        return selectRow(n, in, outDims, rowDims, i, parts, starts);
      };
      case STACK -> i -> {
        List<LLVMValueRef> starts = new java.util.ArrayList<>();
        for (int k = 0; k < in.size(); k++) starts.add(ir.c64(k));
        return selectRow(n, in, outDims, rowDims, i, in, starts);
      };
      default -> null;
    };
  }

  /** Row i of consecutive parts starting at {@code starts}: an address selected among theirs, else element by element. */
  private Tensor selectRow(Node n, List<Tensor> in, LLVMValueRef[] outDims, LLVMValueRef[] rowDims, LLVMValueRef i, List<Tensor> parts,
      List<LLVMValueRef> starts) {
    DType dtype = in.get(0).dtype();
    if (parts.stream().allMatch(p -> p.ptr() != null && !p.fused())) {
      LLVMValueRef ptr = parts.get(0).ptr();
      long align = parts.get(0).align();
      for (int k = 1; k < parts.size(); k++) {
        ptr = ir.select(ir.icmp(LLVMIntSGE, i, starts.get(k)), parts.get(k).ptr(), ptr);
        align = Math.min(align, parts.get(k).align());
      }
      // what every part's row is aligned to: a key row of the cache or the new one loads as vectors
      return Tensor.aligned(ptr, dtype, rowDims, align);
    }
    LLVMValueRef first = ir.mul(i, Tensor.product(ir, rowDims, 0, rowDims.length));
    return new Tensor(null, dtype, rowDims, j -> element(n, in, outDims, ir.add(first, j)));
  }

  /** The input holding position r of consecutive parts (part k has size(k) positions), read at r's offset in it. */
  private LLVMValueRef pick(List<Tensor> in, LLVMValueRef r, java.util.function.Function<Tensor, LLVMValueRef> size,
      java.util.function.BiFunction<Tensor, LLVMValueRef, LLVMValueRef> read) {
    return pickFrom(in, 0, r, ir.c64(0), size, read);
  }

  private LLVMValueRef pickFrom(List<Tensor> in, int k, LLVMValueRef r, LLVMValueRef start,
      java.util.function.Function<Tensor, LLVMValueRef> size, java.util.function.BiFunction<Tensor, LLVMValueRef, LLVMValueRef> read) {
    Tensor t = in.get(k);
    if (k == in.size() - 1) return read.apply(t, ir.sub(r, start));
    LLVMValueRef end = ir.add(start, size.apply(t));
    // a branch, not a select: only the part that holds r is read
    return ir.choose(ir.slt(r, end), t.type(ir), () -> read.apply(t, ir.sub(r, start)),
        () -> pickFrom(in, k + 1, r, end, size, read));
  }
}
