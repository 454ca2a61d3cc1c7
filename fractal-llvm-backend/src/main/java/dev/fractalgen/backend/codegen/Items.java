package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.passes.schedule.Phase;
import dev.fractalgen.passes.target.TargetDescription;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * How a parallel phase's (sequence, iteration) items are spread over the grid for one mapping
 * kind: the item a thread takes first, the distance to its next one, and the scope running each.
 * Every condition of the loop over items is the same across the block or warp that runs an item.
 */
sealed interface Items {
  /** The grid as a parallel phase sees it: ids, counts, block scratch, and the phase's allocators. */
  record Grid(Ir ir, Target target, LLVMValueRef blockId, LLVMValueRef blocks, LLVMValueRef threadInBlock,
      LLVMValueRef blockThreads, LLVMValueRef tid, LLVMValueRef threads, LLVMValueRef blockArena,
      Allocator slotAlloc, Allocator blockAlloc) {}

  LLVMValueRef first();

  LLVMValueRef stride();

  /** The scope that runs an item of sequence {@code seq}, this thread's slot at {@code slotBase}. */
  Scope scope(LLVMValueRef seq, LLVMValueRef slotBase);

  /**
   * The lowering of {@code mapping}; a target without warp shuffles runs a warp's iteration on
   * one thread, in the same order. {@code vectors}: a warp's lanes load whole chunks of its sum as vectors.
   */
  static Items of(Phase.Mapping mapping, boolean vectors, Grid g) {
    return switch (mapping) {
      case BLOCK -> new Blocks(g);
      case WARP -> g.target().warpLanes() == TargetDescription.warpOrderLanes() ? new Warps(g, vectors) : new Threads(g);
      case THREAD -> new Threads(g);
    };
  }

  /** An item per thread, run alone in the thread's slot. */
  record Threads(Grid g) implements Items {
    public LLVMValueRef first() { return g.tid(); }
    public LLVMValueRef stride() { return g.threads(); }
    public Scope scope(LLVMValueRef seq, LLVMValueRef slotBase) { return Scope.single(g.ir(), seq, slotBase, g.slotAlloc()); }
  }

  /**
   * An item per warp: a block's consecutive lanes (blocks are a whole number of warps), each in its
   * own slot. Warps are numbered across the blocks first (warp w of block b is runner w * blocks + b),
   * so a phase of a few hundred rows has every multiprocessor load some of them, rather than the
   * first few blocks' sixteen warps each, which left most multiprocessors' memory pipes idle.
   */
  final class Warps implements Items {
    private final Grid g;
    private final boolean vectors;
    private final LLVMValueRef lanes, warpsPerBlock, warpId;

    Warps(Grid g, boolean vectors) {
      this.g = g;
      this.vectors = vectors;
      Ir ir = g.ir();
      lanes = ir.c64(g.target().warpLanes());
      warpsPerBlock = ir.sdiv(g.blockThreads(), lanes);
      warpId = ir.add(ir.mul(ir.sdiv(g.threadInBlock(), lanes), g.blocks()), g.blockId());
    }

    public LLVMValueRef first() { return warpId; }
    public LLVMValueRef stride() { return g.ir().mul(g.blocks(), warpsPerBlock); }
    public Scope scope(LLVMValueRef seq, LLVMValueRef slotBase) {
      return Scope.single(g.ir(), seq, slotBase, g.slotAlloc()).inWarp(g.ir().srem(g.threadInBlock(), lanes), g.target(), vectors);
    }
  }

  /** An item per block: its nodes shared by the block's threads in block scratch, inner iterations spread over them. */
  record Blocks(Grid g) implements Items {
    public LLVMValueRef first() { return g.blockId(); }
    public LLVMValueRef stride() { return g.blocks(); }
    public Scope scope(LLVMValueRef seq, LLVMValueRef slotBase) {
      return new Scope(seq, slotBase, g.blockAlloc(), g.threadInBlock(), g.blockThreads(), true, g.blockArena(), g.slotAlloc());
    }
  }
}
