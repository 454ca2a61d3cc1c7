package dev.fractalgen.passes.schedule;

/**
 * Contract: a warp phase whose first iterated operand is a weight's rows (the weight or
 * leading-axis views of it) and which is not staged prefetches: a warp asks L2 for its next
 * item's row, each lane a 128-byte line of it, before summing its current one.
 *
 * <p>Why: a row its lanes load themselves comes a few rounds at a time, each a DRAM round trip;
 * with the next row in L2 those of the next item are L2 hits (on the Llama-3.2-1B shape, the down
 * rows of 16 KiB, too long to stage, at batch 8). Only a hint: where the row comes from changes,
 * not what is computed. Staged rows are copied ahead already; machines without the hint ignore it.
 */
public final class PrefetchNextRowsPass implements SchedulePass {
  @Override
  public String name() {
    return "prefetch-next-rows";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), SchedulePass.rewrite(s.step(), p ->
        p instanceof Phase.Parallel par && par.mapping() == Phase.Mapping.WARP && par.staged() == 0 && StageWeightRowsPass.overWeightRows(par.node())
            ? par.withPrefetch(true) : p));
  }
}
