package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.type.TensorType;

/**
 * Contract: a serial elementwise node of at least {@link #WIDE} elements a sequence (a constant
 * shape), with the nodes fused into it, runs as a spread phase instead: an element per
 * thread of the whole grid rather than a block's threads taking many each (Llama-3.2-1B's
 * silu(gate) * up over 8192 elements took 14 us a layer on one block). Grid barriers are placed
 * anew around it; narrower nodes stay serial, where a counter on the owner block costs less than the
 * barrier a grid-wide phase needs.
 */
public final class SpreadWideElementwisePass implements SchedulePass {
  /** Elements a sequence from which a node runs on the grid: eight for each of a 512-thread block's threads. */
  public static final long WIDE = 4096;

  @Override
  public String name() {
    return "spread-wide-elementwise";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    var spread = SchedulePass.rewrite(s.step(), p -> p instanceof Phase.Serial ser && wide(ser.node())
        ? new Phase.Spread(ser.node(), ser.fused()) : p);
    return new GridSchedule(s.graph(), PlaceSynchronizationPass.gridBarriersOnly().place(s.graph().getGenerate().getStep(), spread));
  }

  private static boolean wide(Node n) {
    return FuseElementwiseProducersPass.elementwise(n) && TensorType.of(n.getOutputs().get(0)).constantElements() >= WIDE;
  }
}
