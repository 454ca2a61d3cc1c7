package dev.fractalgen.backend.codegen;

import static dev.fractalgen.runtime.kernel.KernelAbi.ERR_EMPTY_REDUCE;
import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;

import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.ReduceOrder;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code reduce} over one axis in the node's declared order: each output accumulated by one thread,
 * or, for a sum in the warp's tree order inside a warp-mapped iteration, by the warp's lanes
 * together; in a block, each output goes to a warp, which takes up to four outputs of a sum over a
 * run-time length at once when the block has fewer warps than outputs, except that a sum over a
 * run-time length whose outputs lie side by side is summed by {@link ColumnSums columns}.
 */
final class Reductions {
  private final Ir ir;
  private final KernelFrame kernel;
  private final int nodeId;
  /** The row staged in pieces that a warp's sum over a known length reads, null for none. */
  private final StagedRows.Pieces pieces;

  Reductions(Ir ir, KernelFrame kernel, int nodeId) {
    this(ir, kernel, nodeId, null);
  }

  Reductions(Ir ir, KernelFrame kernel, int nodeId, StagedRows.Pieces pieces) {
    this.ir = ir;
    this.kernel = kernel;
    this.nodeId = nodeId;
    this.pieces = pieces;
  }

  /**
   * Whether a warp's sum of {@code elements} in chunks of {@code width}, {@code inFlight} rounds of
   * loads at a time, can read a row staged in pieces of {@code pieceElements}: its rounds run as a
   * loop of whole groups ({@link #loadsAhead}) and every piece is a whole number of groups, so the
   * waits for a piece and the copy into its buffer fall between groups.
   */
  static boolean readsPieces(long elements, int width, int lanes, int inFlight, long pieceElements) {
    long perRound = (long) width * lanes, rounds = elements / perRound;
    return elements % perRound == 0 && rounds <= MAX_ROUNDS && rounds > 2L * inFlight && rounds % inFlight == 0
        && elements % pieceElements == 0 && pieceElements % (perRound * inFlight) == 0;
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

  /**
   * Each output in the declared order, whoever computes it: sequential in one accumulator, a tree
   * order's lane accumulators on one thread, or split over a warp's lanes; {@code byColumns}: the
   * schedule has the block sum it by columns where the block can ({@link ColumnSums}).
   */
  void reduce(ReduceKind kind, ReduceOrder order, int axis, Tensor x, Tensor out, Scope s, boolean byColumns) {
    LLVMValueRef outer = Tensor.product(ir, x.dims(), 0, axis);
    LLVMValueRef n = x.dims()[axis];
    LLVMValueRef inner = Tensor.product(ir, x.dims(), axis + 1, x.rank());
    boolean isInt = x.dtype() == DType.I32;
    if (kind != ReduceKind.SUM && kind != ReduceKind.PROD) kernel.failIf(ir.eq(n, ir.c64(0)), ERR_EMPTY_REDUCE, nodeId);
    if (byColumns && ColumnSums.fits(kernel.target(), order, n, outer, inner, s)) {
      new ColumnSums(ir, kernel).sum(order, x, out, s, LLVMConstIntGetSExtValue(outer) * LLVMConstIntGetSExtValue(inner), n, inner);
      return;
    }
    if (splitsOverWarps(kind, order, isInt, s)) {
      overWarps(kind, order, x, out, s, outer, n, inner);
      return;
    }
    ir.loop(s.lane(), ir.mul(outer, inner), s.lanes(), k -> {
      LLVMValueRef at0 = firstElement(k, n, inner);
      LLVMValueRef result = switch (kind) {
        case SUM, PROD -> {
          boolean sum = kind == ReduceKind.SUM;
          // i32 sums and products wrap, so their order changes nothing
          if (order != null && !isInt && s.warp() != null && order.getLanes() == s.warp().target().warpLanes()) {
            yield warpTree(sum, order, s.warp(), x, at0, n, inner, ROUNDS_IN_FLIGHT);
          }
          if (order != null && !isInt) yield tree(sum, order, x, at0, n, inner);
          LLVMValueRef acc = ir.var(x.type(ir), isInt ? ir.c32(sum ? 0 : 1) : ir.cf(sum ? 0 : 1));
          ir.loop(n, j -> foldInto(acc, x, sum, x.load(ir, ir.add(at0, ir.mul(j, inner)))));
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

  /** Where output k's elements start: k / inner outer rows of n * inner elements, then k mod inner. */
  private LLVMValueRef firstElement(LLVMValueRef k, LLVMValueRef n, LLVMValueRef inner) {
    return firstElement(ir, k, n, inner);
  }

  static LLVMValueRef firstElement(Ir ir, LLVMValueRef k, LLVMValueRef n, LLVMValueRef inner) {
    LLVMValueRef o = ir.sdiv(k, inner), q = ir.srem(k, inner);
    return ir.add(ir.mul(ir.mul(o, n), inner), q);
  }

  /**
   * Whether a block's shared scope gives each output to a warp: a float sum in the warp's tree order
   * (the lanes take the order's lanes), or a float max/min (exact in any order: NaN wins, +0 is above -0).
   */
  private boolean splitsOverWarps(ReduceKind kind, ReduceOrder order, boolean isInt, Scope s) {
    int warp = kernel.target().warpLanes();
    if (!s.shared() || s.warp() != null || warp == 0 || isInt) return false;
    return switch (kind) {
      case SUM -> order != null && order.getLanes() == warp;
      case MAX, MIN -> true;
      default -> false;
    };
  }

  /** Output k on warp k mod warps of the block, its lanes splitting the reduction; lane 0 stores it. */
  private void overWarps(ReduceKind kind, ReduceOrder order, Tensor x, Tensor out, Scope s, LLVMValueRef outer, LLVMValueRef n,
      LLVMValueRef inner) {
    dev.fractalgen.backend.target.Target t = kernel.target();
    LLVMValueRef width = ir.c64(t.warpLanes());
    LLVMValueRef laneInWarp = ir.srem(s.lane(), width);
    Scope.Warp warp = new Scope.Warp(laneInWarp, t, true);
    LLVMValueRef outputs = ir.mul(outer, inner);
    int group = kind == ReduceKind.SUM ? outputsAWarp(order, n, outputs, s) : 1;
    if (group > 1) {
      groupsOverWarps(order, group, warp, x, out, s, outputs, n, inner);
      return;
    }
    boolean alone = LLVMIsAConstantInt(outputs) != null && LLVMConstIntGetSExtValue(outputs) == 1;
    int inFlight = alone ? ALONE_IN_FLIGHT : ROUNDS_IN_FLIGHT;
    // the loop's bounds are the same for a warp's lanes, so all of them reach every shuffle
    ir.loop(ir.sdiv(s.lane(), width), outputs, ir.sdiv(s.lanes(), width), k -> {
      LLVMValueRef at0 = firstElement(k, n, inner);
      LLVMValueRef result = kind == ReduceKind.SUM ? warpTree(true, order, warp, x, at0, n, inner, inFlight)
          : warpExtreme(kind == ReduceKind.MAX, warp, x, at0, n, inner);
      ir.ifThen(ir.eq(laneInWarp, ir.c64(0)), () -> out.store(ir, k, result));
    });
  }

  /** Outputs a warp sums together, at most this many (registers: {@link #ROUNDS_IN_FLIGHT} loads each). */
  private static final int MAX_OUTPUTS_A_WARP = 4;

  /**
   * How many outputs each warp of the block sums together: more than one only for chunks of one
   * element over a run-time length (attention's weighted values, an output per head dimension)
   * when the block has fewer warps than outputs, both known when compiling. One at a time, a warp's
   * outputs would each pay their own memory round trips one after another.
   */
  private int outputsAWarp(ReduceOrder order, LLVMValueRef n, LLVMValueRef outputs, Scope s) {
    if (order == null || order.getWidth() != 1 || LLVMIsAConstantInt(n) != null) return 1;
    if (LLVMIsAConstantInt(outputs) == null || LLVMIsAConstantInt(s.lanes()) == null) return 1;
    long outs = LLVMConstIntGetSExtValue(outputs), warps = LLVMConstIntGetSExtValue(s.lanes()) / kernel.target().warpLanes();
    if (warps <= 0 || outs <= warps) return 1;
    return (int) Math.min(MAX_OUTPUTS_A_WARP, (outs + warps - 1) / warps);
  }

  /**
   * Sums of a run-time length, {@code group} consecutive outputs a warp at a time (k0 .. k0 + group - 1
   * on warp k0 / group mod warps): a lane loads its next elements of all of them before folding
   * any, each output in its own accumulator and its own order; lane 0 stores the valid ones. A
   * group past the last output loads that output again and stores nothing for it.
   */
  private void groupsOverWarps(ReduceOrder order, int group, Scope.Warp warp, Tensor x, Tensor out, Scope s, LLVMValueRef outputs,
      LLVMValueRef n, LLVMValueRef inner) {
    int lanes = order.getLanes();
    LLVMValueRef width = ir.c64(warp.target().warpLanes());
    LLVMValueRef warps = ir.sdiv(s.lanes(), width);
    LLVMValueRef first = ir.mul(ir.sdiv(s.lane(), width), ir.c64(group));
    // the bounds are the same for a warp's lanes, so all of them reach every shuffle
    ir.loop(first, outputs, ir.mul(warps, ir.c64(group)), k0 -> {
      LLVMValueRef[] k = new LLVMValueRef[group], at0 = new LLVMValueRef[group], acc = new LLVMValueRef[group];
      for (int g = 0; g < group; g++) {
        k[g] = ir.add(k0, ir.c64(g));
        LLVMValueRef kc = ir.smin(k[g], ir.sub(outputs, ir.c64(1)));
        at0[g] = firstElement(kc, n, inner);
        acc[g] = ir.var(x.type(ir), ir.cf(0));
      }
      elementsAhead(true, lanes, warp, x, at0, n, inner, acc);
      for (int g = 0; g < group; g++) {
        LLVMValueRef v = acrossLanes(true, lanes, warp, x, ir.load(x.type(ir), acc[g]));
        LLVMValueRef kg = k[g];
        ir.ifThen(ir.and(ir.eq(warp.lane(), ir.c64(0)), ir.slt(kg, outputs)), () -> out.store(ir, kg, v));
      }
    });
  }

  /**
   * max (or min) of n > 0 elements split over a warp: lane l folds elements l, l + L, ..., a lane
   * with none starts from element 0; then shuffles fold the lanes. fmax is associative and
   * commutative, so this is the sequential fold's value.
   */
  private LLVMValueRef warpExtreme(boolean max, Scope.Warp warp, Tensor x, LLVMValueRef at0, LLVMValueRef n, LLVMValueRef inner) {
    int lanes = warp.target().warpLanes();
    LLVMValueRef acc = ir.var(ir.f32, ir.cf(0));
    ir.ifThen(ir.icmp(LLVMIntSGT, n, ir.c64(0)), () -> ir.store(x.load(ir, at0), acc));
    ir.loop(warp.lane(), n, ir.c64(lanes), j -> ir.store(fmax(ir, ir.load(ir.f32, acc), x.load(ir, ir.add(at0, ir.mul(j, inner))), max), acc));
    LLVMValueRef v = ir.load(ir.f32, acc);
    for (int h = lanes / 2; h >= 1; h /= 2) v = fmax(ir, v, warp.target().shuffleDown(ir, v, h), max);
    return v;
  }

  /** Above this many lane-chunk slots per round the unrolled form would bloat the kernel. */
  private static final int UNROLLED_SLOTS = 256;

  /**
   * The tree order of docs/etdg.md on one thread: element j goes to lane (j / W) mod L, each lane
   * folding in index order, then the halving butterfly into lane 0. The lanes are separate locals
   * at fixed positions, so they stay in registers: a round of L chunks is unrolled. Very wide
   * orders keep their lanes in a local array instead.
   */
  private LLVMValueRef tree(boolean sum, ReduceOrder order, Tensor x, LLVMValueRef at0, LLVMValueRef n, LLVMValueRef inner) {
    int lanes = order.getLanes(), width = order.getWidth();
    if ((long) lanes * width > UNROLLED_SLOTS) return treeInMemory(sum, order, x, at0, n, inner);
    LLVMTypeRef t = x.type(ir);
    LLVMValueRef[] acc = new LLVMValueRef[lanes];
    for (int l = 0; l < lanes; l++) acc[l] = ir.var(t, ir.cf(sum ? 0 : 1));
    long round = (long) lanes * width;
    LLVMValueRef rounds = ir.sdiv(ir.add(n, ir.c64(round - 1)), ir.c64(round));
    // a lane's chunk of consecutive elements, whole or absent (a known length, a multiple of the
    // width), loads as one run: vectors where the storage is aligned (an attention score's key row)
    long known = Tensor.constant(n);
    boolean runs = width > 1 && Tensor.constant(inner) == 1 && known > 0 && known % width == 0;
    ir.loop(rounds, r -> {
      for (int l = 0; l < lanes; l++) {
        if (runs) {
          LLVMValueRef first = ir.add(ir.mul(r, ir.c64(round)), ir.c64((long) l * width));
          LLVMValueRef slot = acc[l];
          ir.ifThen(ir.slt(first, n), () -> {
            for (LLVMValueRef v : x.loadRun(ir, ir.add(at0, first), width)) foldInto(slot, x, sum, v);
          });
          continue;
        }
        for (int w = 0; w < width; w++) {
          LLVMValueRef j = ir.add(ir.mul(r, ir.c64(round)), ir.c64((long) l * width + w));
          LLVMValueRef slot = acc[l];
          ir.ifThen(ir.slt(j, n), () -> foldInto(slot, x, sum, x.load(ir, ir.add(at0, ir.mul(j, inner)))));
        }
      }
    });
    for (int h = lanes / 2; h >= 1; h /= 2) {
      for (int l = 0; l < h; l++) foldInto(acc[l], x, sum, ir.load(t, acc[l + h]));
    }
    return ir.load(t, acc[0]);
  }

  /** {@link #tree} with the lanes in a local array indexed at run time (for orders too wide to unroll). */
  private LLVMValueRef treeInMemory(boolean sum, ReduceOrder order, Tensor x, LLVMValueRef at0, LLVMValueRef n, LLVMValueRef inner) {
    int lanes = order.getLanes();
    LLVMTypeRef t = x.type(ir);
    LLVMValueRef acc = ir.array(t, lanes);
    LLVMValueRef start = ir.cf(sum ? 0 : 1);
    ir.loop(ir.c64(lanes), l -> ir.storeAt(start, acc, l));
    ir.loop(n, j -> {
      LLVMValueRef slot = ir.at(t, acc, ir.srem(ir.sdiv(j, ir.c64(order.getWidth())), ir.c64(lanes)));
      foldInto(slot, x, sum, x.load(ir, ir.add(at0, ir.mul(j, inner))));
    });
    for (int h = lanes / 2; h >= 1; h /= 2) {
      LLVMValueRef half = ir.c64(h);
      ir.loop(half, l -> foldInto(ir.at(t, acc, l), x, sum, ir.loadAt(t, acc, ir.add(l, half))));
    }
    return ir.loadAt(t, acc, ir.c64(0));
  }

  /**
   * The tree order split over a warp: lane l folds chunks l, l + L, l + 2L, ... in index order in a
   * register, shuffles then add lane l + h into lane l for h = L/2 .. 1, and lane 0's result is
   * handed to every lane (they all go on computing alike). A row known when compiling has up to
   * {@code inFlight} rounds of loads in flight at a time.
   */
  private LLVMValueRef warpTree(boolean sum, ReduceOrder order, Scope.Warp warp, Tensor x, LLVMValueRef at0,
      LLVMValueRef n, LLVMValueRef inner, int inFlight) {
    int lanes = order.getLanes(), width = order.getWidth();
    LLVMTypeRef t = x.type(ir);
    LLVMValueRef acc = ir.var(t, ir.cf(sum ? 0 : 1));
    long known = Tensor.constant(n);
    if (warp.vectors() && known > 0 && known % width == 0 && (known / width + lanes - 1) / lanes <= MAX_ROUNDS) {
      loadsAhead(sum, lanes, width, warp, new Tensor[] {x}, new LLVMValueRef[] {at0}, known / width, inner, new LLVMValueRef[] {acc}, inFlight);
    } else {
      chunkLoop(sum, lanes, width, warp, x, at0, n, inner, acc);
    }
    return warp.target().shuffleFirst(ir, acrossLanes(sum, lanes, warp, x, ir.load(t, acc)));
  }

  /**
   * The sums of {@code xs} (one-dimensional, of the same length known when compiling, a whole
   * number of chunks), each in {@code order} split over the warp as {@link #warpTree} splits one,
   * their loads issued together round by round: the sums of a weight row times several sequences'
   * activations, where each chunk of the row is loaded and widened once for all of them (LLVM
   * merges the identical loads). Lane 0 holds the results.
   */
  LLVMValueRef[] warpSums(ReduceOrder order, Scope.Warp warp, Tensor[] xs, int inFlight) {
    int lanes = order.getLanes(), width = order.getWidth();
    long chunks = Tensor.constant(xs[0].dims()[0]) / width;
    LLVMValueRef[] acc = new LLVMValueRef[xs.length], at0 = new LLVMValueRef[xs.length];
    for (int g = 0; g < xs.length; g++) {
      acc[g] = ir.var(xs[g].type(ir), ir.cf(0));
      at0[g] = ir.c64(0);
    }
    loadsAhead(true, lanes, width, warp, xs, at0, chunks, ir.c64(1), acc, inFlight);
    LLVMValueRef[] out = new LLVMValueRef[xs.length];
    for (int g = 0; g < xs.length; g++) out[g] = acrossLanes(true, lanes, warp, xs[g], ir.load(xs[g].type(ir), acc[g]));
    return out;
  }

  /** The lanes' accumulators folded into lane 0: lane l + h into lane l for h = L/2 .. 1. */
  private LLVMValueRef acrossLanes(boolean sum, int lanes, Scope.Warp warp, Tensor x, LLVMValueRef v) {
    for (int h = lanes / 2; h >= 1; h /= 2) v = combine(x, sum, v, warp.target().shuffleDown(ir, v, h));
    return v;
  }

  /** Rounds of a lane's chunks above which {@link #loadsAhead} would bloat the kernel; a longer row takes the chunk loop. */
  private static final int MAX_ROUNDS = 32;
  /** Rounds whose loads a lane issues before folding any of them: enough to hide DRAM latency, few enough for registers. */
  static final int ROUNDS_IN_FLIGHT = 4;
  /**
   * Rounds in flight for the sums of {@code rows} weight rows times {@code sequences} sequences'
   * activations loaded together ({@link #warpSums}): a round holds, in each lane, a chunk of every
   * row and of every sequence's activations in registers (8 bf16 weights, 4 registers; 8 f32
   * activations, 8), so more of them, fewer rounds. One row for four sequences: two rounds.
   */
  static int roundsInFlight(int sequences, int rows) {
    return Math.max(1, ROUND_REGISTERS / (4 * rows + 8 * sequences));
  }

  /** Registers a lane's rounds in flight of {@link #warpSums} may hold (ptxas allots 128 a thread in all). */
  private static final int ROUND_REGISTERS = 80;

  /**
   * Rounds in flight for a block's only output, which one warp sums while the block's others wait
   * (a norm's sum of squares on the owner block): twice {@link #ROUNDS_IN_FLIGHT}, so a 2048-wide
   * f32 row takes two L2 round trips instead of four. Sixteen (one round trip) made ptxas take
   * twice as long on the Llama-3.2-1B kernel (6.0 s against 3.2 on a 2-core machine).
   */
  private static final int ALONE_IN_FLIGHT = 8;

  /**
   * Rows of {@code chunks} whole chunks, their length known when compiling, row g of {@code xs[g]}
   * at {@code at0[g]} summed into {@code acc[g]} (several rows: a weight row times each of several
   * sequences' activations): each lane issues the loads of several rounds (its chunks lane, lane +
   * L, ...) of every row before it folds them, so their DRAM round trips overlap instead of
   * following one another. The folds keep each row's order (chunk by chunk, element by element); a
   * lane past the rows' last chunk loads that chunk again and leaves its accumulators as they were
   * (a select, not an added zero, which would turn -0 into +0). Rows of more than twice
   * {@code inFlight} rounds issue whole groups of that many in a loop.
   */
  private void loadsAhead(boolean sum, int lanes, int width, Scope.Warp warp, Tensor[] xs, LLVMValueRef[] at0, long chunks,
      LLVMValueRef inner, LLVMValueRef[] acc, int inFlight) {
    long rounds = (chunks + lanes - 1) / lanes;
    // a long row's whole groups of rounds run in a loop, one group's code for all of them: the
    // kernel stays small (ptxas's time grows with it) and each group still has its rounds in flight
    long groups = rounds > 2L * inFlight ? (chunks / lanes) / inFlight : 0;
    StagedRows.Pieces staged = pieces;
    // the whole row, once: the pieces' waits and copies count groups from its first element
    if (staged != null && (!readsPieces(chunks * width, width, lanes, inFlight, staged.elements())
        || chunks * width != staged.count * staged.elements() || Tensor.constant(inner) != 1)) {
      throw new IllegalStateException("a sum of " + chunks + " chunks cannot read pieces of " + staged.elements() + " elements");
    }
    if (groups > 0) {
      long perPiece = staged == null ? 0 : staged.elements() / ((long) width * lanes * inFlight);
      ir.loop(ir.c64(groups), g -> {
        LLVMValueRef piece = staged == null ? null : ir.sdiv(g, ir.c64(perPiece));
        LLVMValueRef inPiece = staged == null ? null : ir.srem(g, ir.c64(perPiece));
        if (staged != null) ir.ifThen(ir.eq(inPiece, ir.c64(0)), () -> staged.arrive(piece));
        LLVMValueRef first = ir.mul(g, ir.c64(inFlight));
        List<LLVMValueRef> rs = new ArrayList<>();
        for (int k = 0; k < inFlight; k++) rs.add(ir.add(first, ir.c64(k)));
        group(sum, lanes, width, warp, xs, at0, chunks, inner, acc, rs, null);
        if (staged != null) ir.ifThen(ir.eq(inPiece, ir.c64(perPiece - 1)), () -> staged.consumed(piece));
      });
    }
    for (long r0 = groups * inFlight; r0 < rounds; r0 += inFlight) {
      List<LLVMValueRef> rs = new ArrayList<>();
      List<Boolean> all = new ArrayList<>();
      for (long r = r0; r < Math.min(rounds, r0 + inFlight); r++) {
        rs.add(ir.c64(r));
        // every lane has a chunk in this round unless it is the row's ragged last one
        all.add((r + 1) * lanes <= chunks);
      }
      group(sum, lanes, width, warp, xs, at0, chunks, inner, acc, rs, all);
    }
  }

  /**
   * The loads of rounds {@code rs} (their chunks lane + r * L) of every row, then their folds in
   * order; {@code all} says per round whether every lane has a chunk in it (null: all of them do).
   * A lane past the rows' last chunk loads that chunk again and keeps its accumulators.
   */
  private void group(boolean sum, int lanes, int width, Scope.Warp warp, Tensor[] xs, LLVMValueRef[] at0, long chunks,
      LLVMValueRef inner, LLVMValueRef[] acc, List<LLVMValueRef> rs, List<Boolean> all) {
    LLVMTypeRef t = xs[0].type(ir);
    List<LLVMValueRef[][]> values = new ArrayList<>();
    List<LLVMValueRef> valid = new ArrayList<>();
    for (int k = 0; k < rs.size(); k++) {
      LLVMValueRef c = ir.add(warp.lane(), ir.mul(rs.get(k), ir.c64(lanes)));
      boolean whole = all == null || all.get(k);
      LLVMValueRef ok = whole ? null : ir.slt(c, ir.c64(chunks));
      LLVMValueRef first = ir.mul(whole ? c : ir.smin(c, ir.c64(chunks - 1)), ir.c64(width));
      LLVMValueRef[][] v = new LLVMValueRef[xs.length][];
      for (int g = 0; g < xs.length; g++) v[g] = chunk(xs[g], at0[g], ir.c64(chunks * width), first, width, inner);
      values.add(v);
      valid.add(ok);
    }
    for (int k = 0; k < values.size(); k++) {
      for (int g = 0; g < xs.length; g++) {
        for (LLVMValueRef v : values.get(k)[g]) {
          LLVMValueRef before = ir.load(t, acc[g]);
          LLVMValueRef after = combine(xs[g], sum, before, v);
          ir.store(valid.get(k) == null ? after : ir.select(valid.get(k), after, before), acc[g]);
        }
      }
    }
  }

  /** The lane's chunks one after another (a row whose length is known only at run time, or ragged). */
  private void chunkLoop(boolean sum, int lanes, int width, Scope.Warp warp, Tensor x, LLVMValueRef at0, LLVMValueRef n,
      LLVMValueRef inner, LLVMValueRef acc) {
    if (width == 1) {
      elementsAhead(sum, lanes, warp, x, new LLVMValueRef[] {at0}, n, inner, new LLVMValueRef[] {acc});
      return;
    }
    LLVMValueRef chunks = ir.sdiv(ir.add(n, ir.c64(width - 1)), ir.c64(width));
    LLVMValueRef whole = ir.sdiv(n, ir.c64(width));
    ir.loop(warp.lane(), chunks, ir.c64(lanes), c -> {
      LLVMValueRef first = ir.mul(c, ir.c64(width));
      Runnable elements = () -> {
        for (int w = 0; w < width; w++) {
          LLVMValueRef j = ir.add(first, ir.c64(w));
          ir.ifThen(ir.slt(j, n), () -> foldInto(acc, x, sum, x.load(ir, ir.add(at0, ir.mul(j, inner)))));
        }
      };
      if (!warp.vectors()) {
        elements.run();
        return;
      }
      // a whole chunk's loads are straight-line code, so aligned ones load as vectors
      ir.ifElse(ir.slt(c, whole), () -> {
        for (LLVMValueRef v : chunk(x, at0, n, first, width, inner)) foldInto(acc, x, sum, v);
      }, elements);
    });
  }

  /**
   * Chunks of one element over a length known at run time (a sum over the positions so far), for
   * the sums starting at {@code at0[g]} into {@code acc[g]}: each lane loads its next
   * {@link #ROUNDS_IN_FLIGHT} elements (l, l + L, ...) of every sum before folding them in order,
   * so their memory round trips overlap instead of following one another. A lane past the end
   * loads the last element again and keeps its accumulator (a select, not an added zero).
   */
  private void elementsAhead(boolean sum, int lanes, Scope.Warp warp, Tensor x, LLVMValueRef[] at0, LLVMValueRef n,
      LLVMValueRef inner, LLVMValueRef[] acc) {
    LLVMTypeRef t = x.type(ir);
    ir.loop(warp.lane(), n, ir.c64((long) lanes * ROUNDS_IN_FLIGHT), first -> {
      LLVMValueRef[][] v = new LLVMValueRef[ROUNDS_IN_FLIGHT][at0.length];
      LLVMValueRef[] ok = new LLVMValueRef[ROUNDS_IN_FLIGHT];
      for (int r = 0; r < ROUNDS_IN_FLIGHT; r++) {
        LLVMValueRef j = ir.add(first, ir.c64((long) r * lanes));
        ok[r] = r == 0 ? null : ir.slt(j, n);
        LLVMValueRef offset = ir.mul(r == 0 ? j : ir.select(ok[r], j, ir.sub(n, ir.c64(1))), inner);
        for (int g = 0; g < at0.length; g++) v[r][g] = x.load(ir, ir.add(at0[g], offset));
      }
      for (int r = 0; r < ROUNDS_IN_FLIGHT; r++) {
        for (int g = 0; g < at0.length; g++) {
          LLVMValueRef before = ir.load(t, acc[g]);
          LLVMValueRef after = combine(x, sum, before, v[r][g]);
          ir.store(ok[r] == null ? after : ir.select(ok[r], after, before), acc[g]);
        }
      }
    });
  }

  /**
   * The {@code width} elements of the chunk starting at element {@code first} of the row of
   * {@code n} at {@code at0}, {@code first} a multiple of width: one run of x where the row is
   * contiguous and its start, a multiple of n, is one of the chunk's ({@link Tensor#loadRun}:
   * vectors where x's storage is aligned), else element by element.
   */
  private LLVMValueRef[] chunk(Tensor x, LLVMValueRef at0, LLVMValueRef n, LLVMValueRef first, int width, LLVMValueRef inner) {
    long known = Tensor.constant(n);
    if (Tensor.constant(inner) == 1 && known > 0 && known % width == 0) return x.loadRun(ir, ir.add(at0, first), width);
    LLVMValueRef[] v = new LLVMValueRef[width];
    for (int w = 0; w < width; w++) v[w] = x.load(ir, ir.add(at0, ir.mul(ir.add(first, ir.c64(w)), inner)));
    return v;
  }

  /** a + b (sum) or a * b (product) in x's element type: two's complement for i32, IEEE f32 otherwise. */
  private LLVMValueRef combine(Tensor x, boolean sum, LLVMValueRef a, LLVMValueRef b) {
    if (x.dtype() == DType.I32) return sum ? ir.add(a, b) : ir.mul(a, b);
    return sum ? ir.fadd(a, b) : ir.fmul(a, b);
  }

  /** The accumulator at {@code slot} folded with {@code v}: slot = slot + v (or times v). */
  private void foldInto(LLVMValueRef slot, Tensor x, boolean sum, LLVMValueRef v) {
    ir.store(combine(x, sum, ir.load(x.type(ir), slot), v), slot);
  }

  /** The first maximum; for floats NaN is skipped and all-NaN gives 0 (as the sampler's argmax). */
  private LLVMValueRef argmax(Tensor x, LLVMValueRef at0, LLVMValueRef n, LLVMValueRef inner, boolean isInt) {
    FirstMax m = new FirstMax(ir, isInt);
    ir.loop(n, j -> m.offer(j, x.load(ir, ir.add(at0, ir.mul(j, inner)))));
    return m.result();
  }

}
