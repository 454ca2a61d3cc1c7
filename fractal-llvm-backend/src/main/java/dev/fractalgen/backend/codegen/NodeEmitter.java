package dev.fractalgen.backend.codegen;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;
import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Dim;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Term;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.memory.Bounds;
import dev.fractalgen.passes.schedule.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Code for one node run by one thread: every op of docs/etdg.md as loops over row-major storage,
 * with the interpreter's arithmetic (f32 operations in its order, transcendental functions in
 * double rounded once). Values are bound lazily: a binding yields the value's tensor for the scope
 * where it is used, so grid-level values are found from any thread.
 */
final class NodeEmitter {
  private final Ir ir;
  private final KernelFrame kernel;
  private final MathLibrary math;
  private final Bounds bounds;
  private final Layout layout;
  private final Map<Value, Function<Scope, Tensor>> env = new HashMap<>();
  private final Map<Node, Integer> ids;
  private final DataMovement moves;
  private final Map<Value, Long> sequenceOffsets = new HashMap<>();
  private final SampleEmitter samples;

  NodeEmitter(Ir ir, KernelFrame kernel, MathLibrary math, SamplerLibrary sampler, Layout layout) {
    this.ir = ir;
    this.kernel = kernel;
    this.math = math;
    this.bounds = layout.bounds();
    this.layout = layout;
    this.ids = layout.nodeIds();
    this.moves = new DataMovement(ir, kernel, ids);
    this.samples = new SampleEmitter(ir, kernel, sampler, bounds, this::scratch);
  }

  /** The nodes the schedule fuses in the parallel phase being emitted: computed where read, never stored. */
  private Set<Node> fused = Set.of();

  void fusing(List<Node> nodes) {
    fused = Set.copyOf(nodes);
  }

  /** The sums the schedule has the block phase being emitted sum by columns (SumByColumnsPass). */
  private Set<Node> columns = Set.of();

  void summingByColumns(List<Node> sums) {
    columns = Set.copyOf(sums);
  }

  /** The row staged in pieces of the warp item being emitted, which its one sum reads; null for none. */
  private StagedRows.Pieces pieces;

  void readingPieces(StagedRows.Pieces p) {
    pieces = p;
  }

  /** The offset of {@code v} in a sequence's scratch, or -1 when it has none of its own. */
  long sequenceOffset(Value v) {
    return sequenceOffsets.getOrDefault(v, -1L);
  }

  void bind(Value v, Function<Scope, Tensor> binding) {
    env.put(v, binding);
  }

  Tensor get(Value v, Scope s) {
    Function<Scope, Tensor> f = env.get(v);
    if (f == null) throw new IllegalStateException("no storage for value " + v.getName());
    return f.apply(s);
  }

  /** The dims of {@code v}'s declared shape in scope {@code s}. */
  LLVMValueRef[] dims(Value v, Scope s) {
    LLVMValueRef[] out = new LLVMValueRef[v.getShape().size()];
    for (int i = 0; i < out.length; i++) out[i] = dim(v.getShape().get(i), s);
    return out;
  }

  private LLVMValueRef dim(Dim d, Scope s) {
    LLVMValueRef v = ir.c64(d.getConstant());
    for (Term t : d.getTerms()) v = ir.add(v, ir.mul(ir.c64(t.getCoeff()), kernel.symbol(t.getSymbol(), s)));
    return v;
  }

  /**
   * What every arena's start for a sequence, block or thread is a multiple of: the buffers start at
   * multiples of BUFFER_ALIGN, their strides are multiples of STRIDE_ALIGN, and a block arena in
   * shared memory follows staged rows of whole 16-byte pieces.
   */
  static final long ARENA_ALIGN = STRIDE_ALIGN;

  /** Gives {@code v} storage: its planned place in the scope's arena, else fresh bytes from the scope's allocator. */
  Function<Scope, Tensor> allocate(Value v, Scope s) {
    long planned = layout.scratchOffset(v, s.alloc().arena);
    long off = planned >= 0 ? planned : s.alloc().allocate(bounds.bytes(v));
    if (s.alloc().arena == Allocator.Arena.SEQUENCE) sequenceOffsets.put(v, off);
    Allocator.Arena arena = s.alloc().arena;
    long align = Tensor.alignAfter(ARENA_ALIGN, off);
    Function<Scope, Tensor> binding = sc -> Tensor.aligned(base(arena, sc, off), v.getDtype(), dims(v, sc), align);
    bind(v, binding);
    return binding;
  }

  /** Emits {@code n} for scope {@code s}; a view only gets a binding. */
  void emit(Node n, Scope s) {
    checkDtypes(n);
    if (Access.isView(n)) {
      bindView(n);
      return;
    }
    if (n.getOp() == Op.MAP && fused.contains(n)) {
      bindFusedMap(n);
      return;
    }
    if (n.getOp() == Op.MAP) {
      List<Tensor> outs = allocateOutputs(n, s);
      LLVMValueRef count = get(firstIterated(n), s).dims()[0];
      if (s.shared()) {
        // a block's lanes share the iterations; each runs its body alone in its own slot
        Scope alone = s.alone(ir, s.slotAlloc());
        s.forLanes(ir, count, i -> mapIteration(n, alone, i, outs));
      } else {
        ir.loop(count, i -> mapIteration(n, s, i, outs));
      }
      return;
    }
    if (n.getOp() == Op.SCAN) {
      if (s.shared()) s.onFirstLane(ir, () -> scan(n, s.alone(ir, s.alloc())));
      else scan(n, s);
      return;
    }
    if (layout.readInPlace(n)) {
      // e.g. the KV history concat(cache[:, l], [k]): read in place by its consumers, never copied
      Output out = n.getOutputs().get(0);
      bind(out, sc -> {
        List<Tensor> in = new ArrayList<>();
        for (Use u : n.getOperands()) in.add(get(u.getValue(), sc));
        LLVMValueRef[] d = dims(out, sc);
        return new Tensor(null, out.getDtype(), d, j -> moves.element(n, in, d, j), moves.rows(n, in, d));
      });
      return;
    }
    if (fused.contains(n)) {
      Output out = n.getOutputs().get(0);
      bind(out, sc -> {
        List<Tensor> in = new ArrayList<>();
        for (Use u : n.getOperands()) in.add(get(u.getValue(), sc));
        // never stored, so rounded to an f16/bf16 dtype here (a store rounds otherwise)
        DType d = out.getDtype();
        return new Tensor(null, d, dims(out, sc), Tensor.Elements.of(i -> HalfFloats.round(ir, d, element(n, in, i)), (b, first, width) -> {
          LLVMValueRef[] v = elements(n, in, first, width);
          for (int w = 0; w < width; w++) v[w] = HalfFloats.round(ir, d, v[w]);
          return v;
        }));
      });
      return;
    }
    List<Tensor> outs = allocateOutputs(n, s);
    List<Tensor> in = new ArrayList<>();
    for (Use u : n.getOperands()) in.add(get(u.getValue(), s));
    compute(n, in, outs.get(0), s);
  }

  /**
   * A map fused into its reader (its body only views and fused nodes): element j of its output is
   * element j mod R of the body's result for iteration j / R (R elements a row), computed where read
   * from that iteration's operand rows, in the scope of the reader.
   */
  private void bindFusedMap(Node n) {
    Region body = n.getRegions().get(0);
    Output out = n.getOutputs().get(0);
    bind(out, sc -> {
      LLVMValueRef[] d = dims(out, sc);
      LLVMValueRef perRow = Tensor.product(ir, d, 1, d.length);
      long known = Tensor.constant(perRow);
      java.util.function.UnaryOperator<LLVMValueRef> at = j -> fusedIteration(n, sc, ir.sdiv(j, perRow)).load(ir, ir.srem(j, perRow));
      return new Tensor(null, out.getDtype(), d, Tensor.Elements.of(at,
          // a run within one iteration's row is a run of that row
          (b, first, width) -> known > 0 && known % width == 0
              ? fusedIteration(n, sc, ir.sdiv(first, perRow)).loadRun(ir, ir.srem(first, perRow), width)
              : Tensor.oneByOne(ir, at, first, width)));
    });
  }

  /** The result of fused map {@code n}'s body for iteration {@code i}, computed where it is read. */
  private Tensor fusedIteration(Node n, Scope sc, LLVMValueRef i) {
    Region body = n.getRegions().get(0);
    for (int k = 0; k < body.getArgs().size(); k++) {
      Tensor operand = get(n.getOperands().get(k).getValue(), sc);
      Tensor arg = body.getArgs().get(k).isIterated() ? operand.row(ir, i) : operand;
      bind(body.getArgs().get(k), x -> arg);
    }
    // the reader loads the element here and now, inside the phase whose fused set holds the body
    for (Node m : body.getNodes()) {
      if (!Access.isView(m) && !fused.contains(m)) throw new IllegalStateException("map " + ids.get(n) + " is fused but its node " + ids.get(m) + " is not");
      emit(m, sc);
    }
    return get(body.getResults().get(0).getValue(), sc);
  }

  /** Stores element {@code i} of elementwise node {@code n}, computed from its operands in scope {@code s}, at {@code out}. */
  void emitElement(Node n, Scope s, LLVMValueRef i, Tensor out) {
    checkDtypes(n);
    List<Tensor> in = new ArrayList<>();
    for (Use u : n.getOperands()) in.add(get(u.getValue(), s));
    out.store(ir, i, element(n, in, i));
  }

  /** Element i of elementwise node {@code n} (a scalar operand is broadcast). */
  private LLVMValueRef element(Node n, List<Tensor> in, LLVMValueRef i) {
    return element(n, in, k -> in.get(k).load(ir, in.get(k).rank() == 0 ? ir.c64(0) : i));
  }

  /**
   * Elements {@code first} .. {@code first + width - 1} of elementwise node {@code n}, {@code first}
   * a multiple of {@code width}: each operand's run is loaded at once (as vectors where its storage
   * allows), then the op is applied element by element.
   */
  private LLVMValueRef[] elements(Node n, List<Tensor> in, LLVMValueRef first, int width) {
    LLVMValueRef[][] runs = new LLVMValueRef[in.size()][];
    for (int k = 0; k < in.size(); k++) {
      Tensor t = in.get(k);
      if (t.rank() == 0) {
        runs[k] = new LLVMValueRef[width];
        java.util.Arrays.fill(runs[k], t.load(ir, ir.c64(0)));
      } else {
        runs[k] = t.loadRun(ir, first, width);
      }
    }
    LLVMValueRef[] v = new LLVMValueRef[width];
    for (int w = 0; w < width; w++) {
      int at = w;
      v[w] = element(n, in, k -> runs[k][at]);
    }
    return v;
  }

  /** The element of {@code n} whose operands' elements are {@code at}. */
  private LLVMValueRef element(Node n, List<Tensor> in, java.util.function.IntFunction<LLVMValueRef> at) {
    return switch (n.getOp()) {
      case CAST -> cast(in.get(0), n.getOutputs().get(0).getDtype(), at.apply(0));
      case SELECT -> ir.select(ir.ne(at.apply(0), ir.c32(0)), at.apply(1), at.apply(2));
      case NEG, EXP, LOG, SQRT, RSQRT, SILU, GELU, TANH, SIN, COS, SIGMOID, ABS, NOT -> unary(n.getOp(), in.get(0).dtype(), at.apply(0), n);
      default -> binary(n, in.get(0).dtype(), at.apply(0), at.apply(1));
    };
  }

  List<Tensor> allocateOutputs(Node n, Scope s) {
    List<Tensor> outs = new ArrayList<>();
    for (Output o : n.getOutputs()) outs.add(allocate(o, s).apply(s));
    return outs;
  }

  static Value firstIterated(Node map) {
    Value v = IrWalk.firstIterated(map);
    if (v == null) throw new BackendException(BackendException.UNSUPPORTED, "a map without an iterated operand");
    return v;
  }

  /**
   * One iteration of a map: binds the args to row i / whole operands, runs the body, stores row i
   * of each output. In a shared scope the block's lanes meet after every body node.
   */
  void mapIteration(Node n, Scope s, LLVMValueRef i, List<Tensor> outs) {
    mapIteration(n, s, i, outs, null);
  }

  /** {@link #mapIteration}, the first iterated operand's row i being {@code firstRow} where that is not null (a copy of it). */
  void mapIteration(Node n, Scope s, LLVMValueRef i, List<Tensor> outs, Tensor firstRow) {
    Region body = n.getRegions().get(0);
    boolean replaced = firstRow == null;
    for (int k = 0; k < body.getArgs().size(); k++) {
      Tensor operand = get(n.getOperands().get(k).getValue(), s);
      boolean iterated = body.getArgs().get(k).isIterated();
      Tensor arg = iterated && !replaced ? firstRow : iterated ? operand.row(ir, i) : operand;
      replaced |= iterated;
      bind(body.getArgs().get(k), sc -> arg);
    }
    for (Node m : body.getNodes()) {
      emit(m, s);
      // a view or a fused node is only bound: nothing was written for the block to wait on
      if (Access.isView(m) || fused.contains(m)) continue;
      kernel.meet(s);
      if (s.shared()) kernel.profilePoint(m);
    }
    // a warp's lanes hold the same results; one of them writes them, so no two threads store to one place
    Runnable results = () -> {
      for (int j = 0; j < outs.size(); j++) copy(get(body.getResults().get(j).getValue(), s), outs.get(j).row(ir, i), s);
    };
    if (s.warp() != null) ir.ifThen(ir.eq(s.warp().lane(), ir.c64(0)), results);
    else results.run();
    kernel.meet(s);
  }

  /**
   * Iterations {@code is} of a batched warp map (ShareRowsAcrossSequencesPass) for one sequence
   * per scope of {@code seqs}: its first iterated argument is {@code rows[r]} for all of them (the
   * same weight row), its other arguments each scope's own; the body's one sum is summed for every
   * (row, scope) at once ({@link Reductions#warpSums}), so each chunk of a row is loaded once for
   * every sequence and each chunk of a sequence's operand once for every row; lane 0 stores the
   * result of row r for scope g where {@code store[r][g]} holds.
   */
  void mapIterationForSequences(Node n, Scope[] seqs, LLVMValueRef[][] store, LLVMValueRef[] is, Function<Scope, Tensor> out, Tensor[] rows) {
    Region body = n.getRegions().get(0);
    Node sum = body.getNodes().get(body.getNodes().size() - 1);
    Tensor[] xs = new Tensor[rows.length * seqs.length];
    for (int r = 0; r < rows.length; r++) {
      LLVMValueRef i = is[r];
      Tensor row = rows[r];
      boolean first = true;
      for (int k = 0; k < body.getArgs().size(); k++) {
        Value operand = n.getOperands().get(k).getValue();
        boolean iterated = body.getArgs().get(k).isIterated();
        if (iterated && first) bind(body.getArgs().get(k), sc -> row);
        else if (iterated) bind(body.getArgs().get(k), sc -> get(operand, sc).row(ir, i));
        else bind(body.getArgs().get(k), sc -> get(operand, sc));
        first &= !iterated;
      }
      for (Node m : body.getNodes()) {
        if (m == sum) continue;
        if (!Access.isView(m) && !fused.contains(m)) throw new IllegalStateException("node " + ids.get(m) + " of a batched map is not fused");
        emit(m, seqs[0]);
      }
      // each sum's elements are bound now, to this row: the next row's bindings do not change them
      for (int g = 0; g < seqs.length; g++) xs[r * seqs.length + g] = get(sum.getOperands().get(0).getValue(), seqs[g]);
    }
    LLVMValueRef[] sums = new Reductions(ir, kernel, ids.get(sum), pieces).warpSums(sum.getOrder(), seqs[0].warp(), xs,
        Reductions.roundsInFlight(seqs.length, rows.length));
    ir.ifThen(ir.eq(seqs[0].warp().lane(), ir.c64(0)), () -> {
      for (int r = 0; r < rows.length; r++) {
        for (int g = 0; g < seqs.length; g++) {
          Scope sc = seqs[g];
          LLVMValueRef v = sums[r * seqs.length + g], i = is[r];
          ir.ifThen(store[r][g], () -> out.apply(sc).store(ir, i, v));
        }
      }
    });
  }

  private void scan(Node n, Scope s) {
    int m = n.getInts().get(0).intValue();
    Region body = n.getRegions().get(0);
    List<Tensor> outs = allocateOutputs(n, s);
    List<Tensor> staging = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      copy(get(n.getOperands().get(j).getValue(), s), outs.get(j), s);
      Tensor carry = outs.get(j);
      bind(body.getArgs().get(j), sc -> carry);
      long off = s.alloc().allocate(bounds.bytes(n.getOutputs().get(j)));
      staging.add(new Tensor(stagingPtr(s, off), carry.dtype(), carry.dims()));
    }
    if (n.getOperands().size() == m) throw new BackendException(BackendException.UNSUPPORTED, "a scan without iterated operands");
    LLVMValueRef count = get(n.getOperands().get(m).getValue(), s).dims()[0];
    ir.loop(count, i -> {
      for (int k = m; k < n.getOperands().size(); k++) {
        Tensor row = get(n.getOperands().get(k).getValue(), s).row(ir, i);
        bind(body.getArgs().get(k), sc -> row);
      }
      for (Node x : body.getNodes()) emit(x, s);
      // results may name carries, so all are staged before any carry is overwritten
      for (int j = 0; j < m; j++) copy(get(body.getResults().get(j).getValue(), s), staging.get(j), s);
      for (int j = m; j < body.getResults().size(); j++) copy(get(body.getResults().get(j).getValue(), s), outs.get(j).row(ir, i), s);
      for (int j = 0; j < m; j++) copy(staging.get(j), outs.get(j), s);
    });
  }

  private LLVMValueRef stagingPtr(Scope s, long off) {
    return base(s.alloc().arena, s, off);
  }

  /** The address of byte {@code off} of {@code arena} as seen from scope {@code s}. */
  private LLVMValueRef base(Allocator.Arena arena, Scope s, long off) {
    LLVMValueRef start = switch (arena) {
      case SLOT -> s.slotBase();
      case BLOCK -> s.blockBase();
      case SEQUENCE -> kernel.sequenceBase(s.seq());
    };
    return ir.byteOffset(start, ir.c64(off));
  }

  /** to = from, element by element, shared by the scope's lanes. */
  void copy(Tensor from, Tensor to, Scope s) {
    s.forLanes(ir, from.numel(ir), i -> to.store(ir, i, from.load(ir, i)));
  }

  private void checkDtypes(Node n) {
    if (n.getOp() == Op.SAMPLE && n.getOperands().get(0).getValue().getDtype() != DType.F32) {
      throw new BackendException(BackendException.UNSUPPORTED, "sampling from f16/bf16 logits is not compiled; cast them with f32() (node " + ids.get(n) + ")");
    }
  }

  // ---- views ----------------------------------------------------------------------------------

  private void bindView(Node n) {
    Output out = n.getOutputs().get(0);
    Value x = n.getOperands().get(0).getValue();
    if (n.getOp() == Op.RESHAPE) {
      // a reshape that keeps the leading dim keeps the rows (each reshaped alike)
      boolean keepsRows = !out.getShape().isEmpty() && !x.getShape().isEmpty()
          && TensorType.of(out).dim(0).equals(TensorType.of(x).dim(0));
      bind(out, sc -> {
        Tensor t = get(x, sc);
        LLVMValueRef[] d = dims(out, sc);
        LLVMValueRef[] rowDims = java.util.Arrays.copyOfRange(d, 1, d.length);
        Function<LLVMValueRef, Tensor> rows = t.rows() == null || !keepsRows ? null : i -> {
          Tensor r = t.rows().apply(i);
          return new Tensor(r.ptr(), out.getDtype(), rowDims, r.elements(), null, r.align());
        };
        return new Tensor(t.ptr(), out.getDtype(), d, t.elements(), rows, t.align());
      });
      return;
    }
    // leading indices: row after row of the operand (its address, its fused elements or its rows)
    bind(out, sc -> {
      Tensor t = get(x, sc);
      for (int k = 0; k < n.getInts().size(); k++) {
        t = t.row(ir, moves.checkedIndex(n, get(n.getOperands().get(k + 1).getValue(), sc).load(ir, ir.c64(0)), t.dims()[0]));
      }
      return new Tensor(t.ptr(), out.getDtype(), dims(out, sc), t.elements(), t.rows(), t.align());
    });
  }

  // ---- computing nodes ------------------------------------------------------------------------

  private void compute(Node n, List<Tensor> in, Tensor out, Scope s) {
    switch (n.getOp()) {
      case CONST -> s.onFirstLane(ir, () -> {
        for (int i = 0; i < n.getData().size(); i++) {
          double d = n.getData().get(i);
          out.store(ir, ir.c64(i), out.dtype() == DType.I32 ? ir.c32((long) d) : ir.cf((float) d));
        }
      });
      case IOTA -> s.forLanes(ir, out.numel(ir), i -> out.store(ir, i, ir.trunc(i, ir.i32)));
      case CAST, SELECT, NEG, EXP, LOG, SQRT, RSQRT, SILU, GELU, TANH, SIN, COS, SIGMOID, ABS, NOT,
          ADD, SUB, MUL, DIV, MOD, POW, MAXIMUM, MINIMUM, EQ, NE, LT, LE, GT, GE, AND, OR -> {
        if (arithmetic(n)) LanesAhead.store(ir, s, out.numel(ir), i -> element(n, in, i), (i, v) -> out.store(ir, i, v));
        else s.forLanes(ir, out.numel(ir), i -> out.store(ir, i, element(n, in, i)));
      }
      case INDEX -> moves.index(n, in, out, s);
      case SLICE -> moves.slice(n, in, out, s);
      case GATHER -> moves.gather(n, in, out, s);
      case WINDOW -> moves.window(n, in.get(0), out, s);
      case CONCAT -> moves.concat(n.getInts().get(0).intValue(), in, out, s);
      case STACK -> {
        LLVMValueRef offset = ir.c64(0);
        for (Tensor t : in) {
          LLVMValueRef base = offset;
          s.forLanes(ir, t.numel(ir), i -> out.store(ir, ir.add(base, i), t.load(ir, i)));
          offset = ir.add(offset, t.numel(ir));
        }
      }
      case REDUCE -> new Reductions(ir, kernel, ids.get(n), pieces).reduce(n.getReduce(), n.getOrder(), n.getInts().get(0).intValue(), in.get(0), out, s,
          columns.contains(n));
      case SAMPLE -> samples.sample(n, in, out, s);
      default -> throw new BackendException(BackendException.UNSUPPORTED, "op " + n.getOp() + " is not compiled yet");
    }
  }

  /**
   * Whether elementwise {@code n} and the nodes fused into it compute without the math library, so
   * that a lane computes a group of its elements before storing them ({@link LanesAhead}): one
   * element at a time, each element's loads wait for the previous element's store (a block's
   * residual adds and norm scalings of 2048 elements paid four memory round trips a thread).
   */
  private boolean arithmetic(Node n) {
    if (callsMathLibrary(n.getOp())) return false;
    for (Use u : n.getOperands()) {
      Node d = IrWalk.definingNode(u.getValue());
      if (d != null && fused.contains(d) && (d.getOp() == Op.MAP || !arithmetic(d))) return false;
    }
    return true;
  }

  private LLVMValueRef cast(Tensor from, DType to, LLVMValueRef v) {
    boolean fromInt = from.dtype() == DType.I32;
    if (fromInt == (to == DType.I32)) return v;
    // Java's (int) of a float: NaN gives 0, out-of-range values saturate
    return fromInt ? ir.sitofp(v, ir.f32) : ir.intrinsic("llvm.fptosi.sat.i32.f32", ir.i32, v);
  }

  private LLVMValueRef viaDouble(LLVMValueRef f32, Function<LLVMValueRef, LLVMValueRef> f) {
    return ir.fptrunc(f.apply(ir.fpext(f32)));
  }

  /**
   * Whether an f32 element of {@code op} calls the math library ({@link #unary}, {@link #binary}: exp, log, tanh, sin, cos, pow).
   * The lowerings reach the library only through {@link #math(Op)}, which holds them to this list.
   */
  private static boolean callsMathLibrary(Op op) {
    return switch (op) {
      case EXP, LOG, TANH, SIN, COS, SIGMOID, SILU, GELU, POW -> true;
      default -> false;
    };
  }

  /** The math library, for a lowering of {@code op}; an op that {@link #callsMathLibrary} does not list may not call it. */
  private MathLibrary math(Op op) {
    if (!callsMathLibrary(op)) throw new IllegalStateException(op + " calls the math library but callsMathLibrary does not say so");
    return math;
  }

  private LLVMValueRef unary(Op op, DType dt, LLVMValueRef x, Node n) {
    if (dt == DType.I32) {
      return switch (op) {
        case NEG -> ir.neg(x);
        case ABS -> ir.select(ir.slt(x, ir.c32(0)), ir.neg(x), x);
        case NOT -> ir.zext(ir.eq(x, ir.c32(0)), ir.i32);
        default -> throw new BackendException(BackendException.UNSUPPORTED, op + " on i32");
      };
    }
    return switch (op) {
      case NEG -> ir.fneg(x);
      case ABS -> ir.intrinsic("llvm.fabs.f32", ir.f32, x);
      case EXP -> viaDouble(x, math(op)::exp);
      case LOG -> viaDouble(x, math(op)::log);
      case SQRT -> viaDouble(x, d -> ir.intrinsic("llvm.sqrt.f64", ir.f64, d));
      case RSQRT -> ir.fdiv(ir.cf(1), viaDouble(x, d -> ir.intrinsic("llvm.sqrt.f64", ir.f64, d)));
      case TANH -> viaDouble(x, math(op)::tanh);
      case SIN -> viaDouble(x, math(op)::sin);
      case COS -> viaDouble(x, math(op)::cos);
      case SIGMOID -> sigmoid(op, x);
      case SILU -> ir.fmul(x, sigmoid(op, x));
      case GELU -> {
        // 0.5f * x * (1f + tanh(C * (x + 0.044715f * (x * x * x)))), f32 in this order
        float c = (float) Math.sqrt(2 / Math.PI);
        LLVMValueRef cube = ir.fmul(ir.fmul(x, x), x);
        LLVMValueRef inner = ir.fmul(ir.cf(c), ir.fadd(x, ir.fmul(ir.cf(0.044715f), cube)));
        yield ir.fmul(ir.fmul(ir.cf(0.5f), x), ir.fadd(ir.cf(1), viaDouble(inner, math(op)::tanh)));
      }
      default -> throw new BackendException(BackendException.UNSUPPORTED, op + " on f32 (node " + ids.get(n) + ")");
    };
  }

  /** 1f / (1f + (float) exp(-x)), for {@code op}. */
  private LLVMValueRef sigmoid(Op op, LLVMValueRef x) {
    return ir.fdiv(ir.cf(1), ir.fadd(ir.cf(1), viaDouble(ir.fneg(x), math(op)::exp)));
  }

  private LLVMValueRef binary(Node n, DType dt, LLVMValueRef a, LLVMValueRef b) {
    Op op = n.getOp();
    if (dt != DType.I32) {
      return switch (op) {
        case ADD -> ir.fadd(a, b);
        case SUB -> ir.fsub(a, b);
        case MUL -> ir.fmul(a, b);
        case DIV -> ir.fdiv(a, b);
        case POW -> ir.fptrunc(math(op).pow(ir.fpext(a), ir.fpext(b)));
        case MAXIMUM -> Reductions.fmax(ir, a, b, true);
        case MINIMUM -> Reductions.fmax(ir, a, b, false);
        case EQ -> truth(ir.fcmp(LLVMRealOEQ, a, b));
        case NE -> truth(ir.fcmp(LLVMRealUNE, a, b));
        case LT -> truth(ir.fcmp(LLVMRealOLT, a, b));
        case LE -> truth(ir.fcmp(LLVMRealOLE, a, b));
        case GT -> truth(ir.fcmp(LLVMRealOGT, a, b));
        case GE -> truth(ir.fcmp(LLVMRealOGE, a, b));
        default -> throw new BackendException(BackendException.UNSUPPORTED, "f32 " + op.getLiteral().toLowerCase() + " is not compiled yet");
      };
    }
    return switch (op) {
      case ADD -> ir.add(a, b);
      case SUB -> ir.sub(a, b);
      case MUL -> ir.mul(a, b);
      case DIV, MOD -> {
        kernel.failIf(ir.eq(b, ir.c32(0)), ERR_DIV_ZERO, ids.get(n));
        // b = -1 is done apart: INT_MIN / -1 traps on some machines, Java wraps it
        LLVMValueRef minusOne = ir.eq(b, ir.c32(-1));
        LLVMValueRef safe = ir.select(ir.or(ir.eq(b, ir.c32(0)), minusOne), ir.c32(1), b);
        LLVMValueRef q = op == Op.DIV ? ir.sdiv(a, safe) : ir.srem(a, safe);
        yield ir.select(minusOne, op == Op.DIV ? ir.neg(a) : ir.c32(0), q);
      }
      case MAXIMUM -> ir.smax(a, b);
      case MINIMUM -> ir.smin(a, b);
      case EQ -> truth(ir.eq(a, b));
      case NE -> truth(ir.ne(a, b));
      case LT -> truth(ir.slt(a, b));
      case LE -> truth(ir.icmp(LLVMIntSLE, a, b));
      case GT -> truth(ir.icmp(LLVMIntSGT, a, b));
      case GE -> truth(ir.icmp(LLVMIntSGE, a, b));
      case AND -> truth(ir.and(ir.ne(a, ir.c32(0)), ir.ne(b, ir.c32(0))));
      case OR -> truth(ir.or(ir.ne(a, ir.c32(0)), ir.ne(b, ir.c32(0))));
      default -> throw new BackendException(BackendException.UNSUPPORTED, "i32 " + op.getLiteral().toLowerCase());
    };
  }

  private LLVMValueRef truth(LLVMValueRef i1) {
    return ir.zext(i1, ir.i32);
  }


  private LLVMValueRef scratch(Scope s, long bytes) {
    return stagingPtr(s, s.alloc().allocate(bytes));
  }
}
