package dev.fractalgen.backend.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.passes.memory.Bounds;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Code for the sample node, shared by a scope's lanes: the greedy pick (the first maximum) at
 * temperature 0, else the reference sampler's rule over candidates sorted by a block-wide bitonic
 * sort ({@link SamplerLibrary} holds its sequential pieces). Every lane combines its share the same
 * way, so the token is the reference's whatever the number of lanes.
 */
final class SampleEmitter {
  /** Bytes of a scope's scratch, fresh for each call: where the lanes' candidates and keys meet. */
  interface Scratch {
    LLVMValueRef at(Scope s, long bytes);
  }

  private final Ir ir;
  private final KernelFrame kernel;
  private final SamplerLibrary sampler;
  private final Bounds bounds;
  private final Scratch scratch;

  SampleEmitter(Ir ir, KernelFrame kernel, SamplerLibrary sampler, Bounds bounds, Scratch scratch) {
    this.ir = ir;
    this.kernel = kernel;
    this.sampler = sampler;
    this.bounds = bounds;
    this.scratch = scratch;
  }

  /**
   * The sample node: argmax for temperature 0; otherwise the candidates' weights and sort keys
   * (shared by the lanes), a bitonic sort of the keys padded to a power of two, and the draw on
   * the first lane. The branch conditions are the same for every lane, so lanes meet safely.
   */
  void sample(Node n, List<Tensor> in, Tensor out, Scope s) {
    Tensor logits = in.get(0);
    long vocab = bounds.elements(n.getOperands().get(0).getValue());
    long padded = Long.highestOneBit(Math.max(1, vocab - 1)) << 1;
    LLVMValueRef e = scratch(s, vocab * 4), keys = scratch(s, padded * 8), mSlot = scratch(s, 16);
    LLVMValueRef v = logits.numel(ir);
    LLVMValueRef temp = in.get(1).load(ir, ir.c64(0));
    ir.ifElse(ir.fcmp(LLVMRealOEQ, temp, ir.cf(0)),
        () -> argmax(logits, v, out, s),
        () -> {
          maxScaled(logits, v, temp, mSlot, s);
          kernel.meet(s);
          LLVMValueRef m = ir.load(ir.f32, mSlot);
          LLVMValueRef finite = ir.fcmp(LLVMRealOLT, ir.intrinsic("llvm.fabs.f32", ir.f32, m), ir.cf(Float.POSITIVE_INFINITY));
          ir.ifElse(finite, () -> {
            s.forLanes(ir, ir.c64(padded), i -> ir.ifElse(ir.slt(i, v), () -> {
              LLVMValueRef w = sampler.weight(logits.load(ir, i), temp, m);
              ir.storeAt(w, e, i);
              ir.storeAt(sampler.key(w, i), keys, i);
            }, () -> ir.storeAt(ir.c64(Long.MAX_VALUE), keys, i)));
            kernel.meet(s);
            bitonicSort(keys, padded, s);
            s.onFirstLane(ir, () -> out.store(ir, ir.c64(0), sampler.finish(e, keys, v, in.get(2).load(ir, ir.c64(0)),
                in.get(3).load(ir, ir.c64(0)), in.get(4).load(ir, ir.c64(0)), in.get(5).load(ir, ir.c64(0)),
                in.get(6).load(ir, ir.c64(0)), in.get(7).load(ir, ir.c64(0)))));
          }, () -> s.onFirstLane(ir, () -> out.store(ir, ir.c64(0), sampler.argmax(logits.ptr(), v))));
        });
  }

  /** Most threads a block may have (bounds the per-lane scratch of block-wide reductions). */
  private static final int MAX_LANES = 1024;

  /**
   * out = argmax(logits): each lane finds the first maximum of its elements, then the lanes' picks
   * are combined, the larger value winning and ties going to the smaller index: the same element
   * as a sequential scan, whatever the combining order (NaN never wins; when nothing beats
   * -infinity, the first -infinity does).
   */
  private void argmax(Tensor logits, LLVMValueRef v, Tensor out, Scope s) {
    if (!s.shared()) {
      out.store(ir, ir.c64(0), sampler.argmax(logits.ptr(), v));
      return;
    }
    FirstMax mine = new FirstMax(ir, false);
    // a lane's elements i = lane + k * lanes, a round of ROUND of them loaded before any is compared,
    // so the loads are in flight together rather than one latency each (out of range: element 0,
    // loaded and not offered)
    ir.loop(s.lane(), v, ir.mul(s.lanes(), ir.c64(ROUND)), first -> {
      LLVMValueRef[] at = new LLVMValueRef[ROUND], in = new LLVMValueRef[ROUND], x = new LLVMValueRef[ROUND];
      for (int u = 0; u < ROUND; u++) {
        at[u] = ir.add(first, ir.mul(s.lanes(), ir.c64(u)));
        in[u] = ir.slt(at[u], v);
        x[u] = logits.load(ir, ir.select(in[u], at[u], ir.c64(0)));
      }
      for (int u = 0; u < ROUND; u++) {
        int k = u;
        ir.ifThen(in[k], () -> mine.offer(at[k], x[k]));
      }
    });
    LLVMValueRef[] best = bestOfLanes(s, ir.trunc(mine.index(), ir.i32), mine.value(), ir.cf(Float.NEGATIVE_INFINITY),
        (b, x, gb, gx) -> ir.and(ir.icmp(LLVMIntSGE, b, ir.c32(0)),
            ir.or(ir.slt(gb, ir.c32(0)), ir.or(ir.fcmp(LLVMRealOGT, x, gx), ir.and(ir.fcmp(LLVMRealOEQ, x, gx), ir.slt(b, gb))))));
    s.onFirstLane(ir, () -> out.store(ir, ir.c64(0), ir.smax(best[0], ir.c32(0))));
  }

  /**
   * Elements a lane of a block-wide argmax loads before comparing them: 128256 logits (Llama-3) are
   * 8 rounds a lane on 512 threads, each an L2 round trip (8 elements a round took 31 of them).
   */
  private static final int ROUND = 32;

  /** m = max of logits / temperature (NaN skipped): per-lane maxima, then their maximum (exact in any order). */
  private void maxScaled(Tensor logits, LLVMValueRef v, LLVMValueRef temp, LLVMValueRef mSlot, Scope s) {
    if (!s.shared()) {
      ir.store(sampler.maxScaled(logits.ptr(), v, temp), mSlot);
      return;
    }
    LLVMValueRef m = ir.var(ir.f32, ir.cf(Float.NEGATIVE_INFINITY));
    s.forLanes(ir, v, i -> {
      LLVMValueRef z = ir.fdiv(logits.load(ir, i), temp);
      ir.ifThen(ir.fcmp(LLVMRealOGT, z, ir.load(ir.f32, m)), () -> ir.store(z, m));
    });
    LLVMValueRef[] best = bestOfLanes(s, ir.c32(0), ir.load(ir.f32, m), ir.cf(Float.NEGATIVE_INFINITY),
        (b, x, gb, gx) -> ir.fcmp(LLVMRealOGT, x, gx));
    s.onFirstLane(ir, () -> ir.store(best[1], mSlot));
  }

  /** Whether candidate (b, x) beats (gb, gx) (i32 index, f32 value): a rule under which the best is the same in any order. */
  private interface Better {
    LLVMValueRef test(LLVMValueRef b, LLVMValueRef x, LLVMValueRef gb, LLVMValueRef gx);
  }

  /**
   * The best of one (index, value) candidate per lane of a shared scope, in every lane: a warp's
   * lanes combine theirs by shuffles, the warps' bests meet in scratch, and every lane then scans
   * those few (one per lane where the target has no shuffles), starting from (-1, {@code none}).
   */
  private LLVMValueRef[] bestOfLanes(Scope s, LLVMValueRef index, LLVMValueRef value, LLVMValueRef none, Better better) {
    dev.fractalgen.backend.target.Target t = kernel.target();
    int warp = t.warpLanes();
    LLVMValueRef idx = scratch(s, MAX_LANES * 4L), val = scratch(s, MAX_LANES * 4L);
    LLVMValueRef entries = s.lanes(), entry = s.lane(), writes = ir.bool(true);
    if (warp > 0) {
      for (int h = warp / 2; h >= 1; h /= 2) {
        LLVMValueRef ob = t.shuffleDownInt(ir, index, h), ox = t.shuffleDown(ir, value, h);
        LLVMValueRef take = better.test(ob, ox, index, value);
        index = ir.select(take, ob, index);
        value = ir.select(take, ox, value);
      }
      entries = ir.sdiv(s.lanes(), ir.c64(warp));
      entry = ir.sdiv(s.lane(), ir.c64(warp));
      writes = ir.eq(ir.srem(s.lane(), ir.c64(warp)), ir.c64(0));
    }
    LLVMValueRef bi = index, bx = value, e = entry;
    ir.ifThen(writes, () -> {
      ir.storeAt(bi, idx, e);
      ir.storeAt(bx, val, e);
    });
    kernel.meet(s);
    LLVMValueRef g = ir.var(ir.i32, ir.c32(-1)), gv = ir.var(ir.f32, none);
    ir.loop(entries, l -> {
      LLVMValueRef b = ir.loadAt(ir.i32, idx, l), x = ir.loadAt(ir.f32, val, l);
      ir.ifThen(better.test(b, x, ir.load(ir.i32, g), ir.load(ir.f32, gv)), () -> {
        ir.store(b, g);
        ir.store(x, gv);
      });
    });
    return new LLVMValueRef[] {ir.load(ir.i32, g), ir.load(ir.f32, gv)};
  }

  /** Ascending sort of i64[size] (size a power of two): every compare-exchange stage shared by the lanes. */
  private void bitonicSort(LLVMValueRef keys, long size, Scope s) {
    for (long k = 2; k <= size; k <<= 1) {
      for (long j = k >> 1; j > 0; j >>= 1) {
        long kk = k, jj = j;
        s.forLanes(ir, ir.c64(size), i -> {
          LLVMValueRef l = ir.xor(i, ir.c64(jj));
          ir.ifThen(ir.icmp(LLVMIntSGT, l, i), () -> {
            LLVMValueRef a = ir.loadAt(ir.i64, keys, i), b = ir.loadAt(ir.i64, keys, l);
            LLVMValueRef ascending = ir.eq(ir.and(i, ir.c64(kk)), ir.c64(0));
            LLVMValueRef swap = ir.select(ascending, ir.icmp(LLVMIntSGT, a, b), ir.slt(a, b));
            ir.ifThen(swap, () -> {
              ir.storeAt(b, keys, i);
              ir.storeAt(a, keys, l);
            });
          });
        });
        kernel.meet(s);
      }
    }
  }

  private LLVMValueRef scratch(Scope s, long bytes) {
    return scratch.at(s, bytes);
  }
}
