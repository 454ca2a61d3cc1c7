package dev.fractalgen.passes.schedule;

/**
 * Contract: a lockstep scan whose rounds have only owner blocks at work at their edges
 * ({@link ScanRounds}) ends each round on the owner blocks' own barrier ({@code owner-rounds}),
 * and a grid barrier follows the loop.
 *
 * <p>Why: a transformer's layer scan starts with the owners' norm and ends with their residual add
 * after a counter, so the grid barrier after each round ordered nothing another block did; each
 * one costs about 1 to 2 us on an H200 (one a layer: 3% of the stories260K step, 1.4% of the
 * Llama-3.2-1B step at batch 1). What is computed, and in which order, is unchanged.
 */
public final class EndScanRoundsOnOwnersPass implements SchedulePass {
  @Override
  public String name() {
    return "end-scan-rounds-on-owners";
  }

  @Override
  public GridSchedule run(GridSchedule s) {
    return new GridSchedule(s.graph(), SchedulePass.rewrite(s.step(), p ->
        p instanceof Phase.Loop loop && ScanRounds.endWithoutBarrier(loop.body()) ? new Phase.Loop(loop.node(), loop.body(), true) : p));
  }
}
