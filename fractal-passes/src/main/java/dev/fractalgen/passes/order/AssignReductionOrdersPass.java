package dev.fractalgen.passes.order;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.ReduceOrder;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.passes.IrProperty;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassContext;
import dev.fractalgen.passes.target.TargetDescription;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gives every f32 sum over a constant axis of at least {@link #LANES} elements, that has no order
 * yet, the order a warp computes it in, with chunks of one 16-byte load per lane: tree(32, 8) when
 * the summand is computed elementwise from f16/bf16 storage and the length is a multiple of 8,
 * else tree(32, 4) when the length is a multiple of 4, else tree(32, 1); and every f32 sum over an
 * axis of run-time length (attention's sums over the KV history) tree(32, 1), so that a block's
 * warps split it instead of one thread adding up the whole history.
 *
 * <p>The order is part of what the sum means (docs/etdg.md), so this pass changes the graph's
 * results in the last bits, on purpose: every backend and the interpreter then compute the new
 * order exactly, and the schedule may spread the sum over a warp's lanes.
 */
public final class AssignReductionOrdersPass implements Pass {
  /** Lanes of the tree: {@link TargetDescription#warpOrderLanes()}, a warp on every NVIDIA GPU. */
  private static final int LANES = TargetDescription.warpOrderLanes();
  /** The nodes a summand may be computed through and still read its operands' storage element by element. */
  private static final Set<Op> ELEMENTWISE = EnumSet.of(Op.CAST, Op.MUL, Op.ADD, Op.SUB, Op.NEG);

  @Override
  public String name() {
    return "assign-reduction-orders";
  }

  @Override
  public Set<IrProperty> requires() {
    return Set.of(IrProperty.TYPES_INFERRED);
  }

  @Override
  public Set<IrProperty> establishes() {
    return Set.of(IrProperty.REDUCTION_ORDERS_ASSIGNED);
  }

  @Override
  public Set<IrProperty> invalidates() {
    return Set.of();
  }

  @Override
  public boolean changesOnlyReductionOrders() {
    return true;
  }

  @Override
  public void run(Graph g, PassContext ctx) {
    Region step = IrWalk.step(g);
    if (step == null) return;
    long assigned = 0;
    for (Node n : IrWalk.nodes(step)) {
      if (n.getOp() != Op.REDUCE || n.getReduce() != ReduceKind.SUM || n.getOrder() != null) continue;
      TensorType x = TensorType.of(n.getOperands().get(0).getValue());
      if (x.dtype() != DType.F32) continue;
      DimExpr len = x.dim(n.getInts().get(0).intValue());
      if (len.isConstant() && len.constant() < LANES) continue;
      ReduceOrder o = EtdgFactory.eINSTANCE.createReduceOrder();
      o.setLanes(LANES);
      int w = halfSource(n.getOperands().get(0).getValue()) ? 8 : 4;
      o.setWidth(!len.isConstant() ? 1 : len.constant() % w == 0 ? w : len.constant() % 4 == 0 ? 4 : 1);
      n.setOrder(o);
      assigned++;
    }
    ctx.count(this, "assigned", assigned);
  }

  /**
   * Whether {@code v} is, or is computed by elementwise nodes and casts from, a 16-bit float value
   * of its own shape (a broadcast scalar is loaded once, not per element, so it does not count).
   */
  private static boolean halfSource(Value v) {
    if (v.getDtype() == DType.F16 || v.getDtype() == DType.BF16) return true;
    Node d = IrWalk.definingNode(v);
    if (d == null || !ELEMENTWISE.contains(d.getOp())) return false;
    for (Use u : d.getOperands()) {
      if (TensorType.of(u.getValue()).shape().equals(TensorType.of(v).shape()) && halfSource(u.getValue())) return true;
    }
    return false;
  }
}
