package dev.fractalgen.backend.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.model.ReduceOrder;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The sums a block phase's schedule names in columns(...) (SumByColumnsPass: f32 sums over a
 * run-time length in the warp's tree order of one-element chunks, their outputs side by side, such
 * as attention's weighted values), computed by the block's threads in columns rather than by warps
 * with their lanes over the positions: the same additions in the same order, with coalesced loads.
 */
final class ColumnSums {
  private final Ir ir;
  private final KernelFrame kernel;

  ColumnSums(Ir ir, KernelFrame kernel) {
    this.ir = ir;
    this.kernel = kernel;
  }

  /** Outputs of a sum by columns, at most this many a thread of the block (registers: {@link Reductions#ROUNDS_IN_FLIGHT} loads each). */
  private static final int MAX_COLUMNS_A_THREAD = 4;

  /**
   * Whether the block of scope {@code s} can sum by columns a sum the schedule names
   * (SumByColumnsPass): a block-run map's body (its scratch holds the lane sums), the order's lanes
   * a warp of this machine, every size but the summed length known when compiling, and at most
   * {@link #MAX_COLUMNS_A_THREAD} (lane, output) pairs a thread of the block.
   */
  static boolean fits(Target target, ReduceOrder order, LLVMValueRef n, LLVMValueRef outer, LLVMValueRef inner, Scope s) {
    if (!s.shared() || s.warp() != null || order == null || order.getLanes() != target.warpLanes() || order.getWidth() != 1) return false;
    if (s.blockBase() == null || s.alloc().arena != Allocator.Arena.BLOCK) return false;
    if (LLVMIsAConstantInt(n) != null || LLVMIsAConstantInt(outer) == null || LLVMIsAConstantInt(inner) == null
        || LLVMIsAConstantInt(s.lanes()) == null) return false;
    long pairs = LLVMConstIntGetSExtValue(outer) * LLVMConstIntGetSExtValue(inner) * order.getLanes();
    return pairs <= MAX_COLUMNS_A_THREAD * LLVMConstIntGetSExtValue(s.lanes());
  }

  /**
   * Sums in the order tree(L, 1) by the block's threads in columns: the group (order lane l,
   * outputs k .. k + W - 1) folds elements l, l + L, ... of each of its W outputs, as the warp's lane
   * l would, and consecutive threads take consecutive groups of one lane, so a warp's loads of an
   * element index read one or two memory lines instead of a line per lane L elements apart. W
   * ({@link #width}) outputs side by side load as one vector, and what an element's outputs share
   * (which part of the KV history holds the row, the attention weight) is computed once for them.
   * Each thread loads {@link Reductions#ROUNDS_IN_FLIGHT} rounds of all its groups before folding
   * any. The lane sums go to the block's scratch; the block meets, and a thread per output folds its
   * L sums lane l + h into lane l for h = L/2 .. 1, as the warp's shuffles do: the same additions in
   * the same order.
   */
  void sum(ReduceOrder order, Tensor x, Tensor out, Scope s, long outputs, LLVMValueRef n, LLVMValueRef inner) {
    int lanes = order.getLanes();
    int width = width(LLVMConstIntGetSExtValue(inner));
    long perLane = outputs / width, groups = perLane * lanes, threads = LLVMConstIntGetSExtValue(s.lanes());
    int mine = (int) ((groups + threads - 1) / threads);
    LLVMTypeRef t = x.type(ir);
    LLVMValueRef sums = ir.byteOffset(s.blockBase(), ir.c64(s.alloc().allocate(outputs * lanes * 4)));
    LLVMValueRef[] group = new LLVMValueRef[mine], at0 = new LLVMValueRef[mine], lane = new LLVMValueRef[mine];
    LLVMValueRef[] first = new LLVMValueRef[mine];
    LLVMValueRef[][] acc = new LLVMValueRef[mine][width];
    for (int g = 0; g < mine; g++) {
      // a thread past the last group sums that group again and stores nothing
      group[g] = ir.add(s.lane(), ir.c64(g * threads));
      LLVMValueRef p = ir.smin(group[g], ir.c64(groups - 1));
      lane[g] = ir.sdiv(p, ir.c64(perLane));
      first[g] = ir.mul(ir.srem(p, ir.c64(perLane)), ir.c64(width));
      at0[g] = Reductions.firstElement(ir, first[g], n, inner);
      for (int w = 0; w < width; w++) acc[g][w] = ir.var(t, ir.cf(0));
    }
    LLVMValueRef rounds = ir.sdiv(ir.add(n, ir.c64(lanes - 1)), ir.c64(lanes));
    ir.loop(ir.c64(0), rounds, ir.c64(Reductions.ROUNDS_IN_FLIGHT), r0 -> {
      LLVMValueRef[][][] v = new LLVMValueRef[Reductions.ROUNDS_IN_FLIGHT][mine][];
      LLVMValueRef[][] ok = new LLVMValueRef[Reductions.ROUNDS_IN_FLIGHT][mine];
      for (int r = 0; r < Reductions.ROUNDS_IN_FLIGHT; r++) {
        for (int g = 0; g < mine; g++) {
          LLVMValueRef j = ir.add(lane[g], ir.mul(ir.add(r0, ir.c64(r)), ir.c64(lanes)));
          ok[r][g] = ir.slt(j, n);
          v[r][g] = x.loadRun(ir, ir.add(at0[g], ir.mul(ir.select(ok[r][g], j, ir.sub(n, ir.c64(1))), inner)), width);
        }
      }
      for (int r = 0; r < Reductions.ROUNDS_IN_FLIGHT; r++) {
        for (int g = 0; g < mine; g++) {
          for (int w = 0; w < width; w++) {
            LLVMValueRef before = ir.load(t, acc[g][w]);
            ir.store(ir.select(ok[r][g], ir.fadd(before, v[r][g][w]), before), acc[g][w]);
          }
        }
      }
    });
    for (int g = 0; g < mine; g++) {
      LLVMValueRef at = ir.add(ir.mul(lane[g], ir.c64(outputs)), first[g]);
      LLVMValueRef[] sum = new LLVMValueRef[width];
      for (int w = 0; w < width; w++) sum[w] = ir.load(t, acc[g][w]);
      ir.ifThen(ir.slt(group[g], ir.c64(groups)), () -> {
        for (int w = 0; w < width; w++) ir.storeAt(sum[w], sums, ir.add(at, ir.c64(w)));
      });
    }
    kernel.blockBarrier();
    ir.loop(s.lane(), ir.c64(outputs), s.lanes(), k -> {
      LLVMValueRef[] part = new LLVMValueRef[lanes];
      for (int l = 0; l < lanes; l++) part[l] = ir.loadAt(t, sums, ir.add(ir.c64(l * outputs), k));
      for (int h = lanes / 2; h >= 1; h /= 2) {
        for (int l = 0; l < h; l++) part[l] = ir.fadd(part[l], part[l + h]);
      }
      out.store(ir, k, part[0]);
    });
  }

  /**
   * Outputs a thread sums side by side: the most of {@link #MAX_WIDTH} that divides the outputs'
   * row of {@code inner}, so that a group's outputs are one run of a row (one vector load).
   */
  static int width(long inner) {
    for (int w = MAX_WIDTH; w > 1; w /= 2) {
      if (inner % w == 0) return w;
    }
    return 1;
  }

  /** The widest group of outputs: four f32, one 16-byte load. */
  private static final int MAX_WIDTH = 4;
}
