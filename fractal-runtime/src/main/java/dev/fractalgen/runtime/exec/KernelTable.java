package dev.fractalgen.runtime.exec;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The kernel table (see KernelAbi) of one generate call, filled the same way by every executor:
 * what each slot holds is decided here once; an executor only says how its memory is made.
 */
final class KernelTable {
  private KernelTable() {
  }

  /** One executor's memory; {@code P} is its kind of pointer. Every allocation starts zeroed. */
  interface Memory<P> {
    P allocate(long bytes, String what);

    P upload(ByteBuffer data, String what);

    /** Memory the kernel writes and the host reads while it runs (tokens, counts, stop status). */
    P hostVisible(long bytes, String what);

    void set(int slot, P pointer);

    void set(int slot, long value);
  }

  /** The buffers an executor reads back. */
  record Outputs<P>(P sequenceArena, P tokens, P counts, P status, P sync, P profile) {}

  /** Fills every slot for {@code plan} on a grid of {@code blocks} blocks of {@code blockThreads} threads. */
  static <P> Outputs<P> fill(LaunchPlan plan, Memory<P> m, P weights, int blocks, int blockThreads) {
    m.set(WEIGHTS, weights);
    m.set(PARAMS, m.upload(plan.params, "params"));
    m.set(PROMPTS, m.upload(plan.prompts, "prompts"));
    m.set(PROMPT_LENS, m.upload(plan.promptLens, "prompt lengths"));
    m.set(SEQ_IDS, m.upload(plan.seqIds, "sequence ids"));
    m.set(CONTROL, m.upload(plan.control, "control blocks"));
    m.set(STATES, m.allocate(plan.stateBytes(), "the loop states"));
    P seqArena = m.allocate(plan.sequenceBytes(), "per-sequence scratch");
    m.set(SEQ_ARENA, seqArena);
    m.set(SLOT_ARENA, m.allocate(plan.slotBytes((long) blocks * blockThreads), "per-thread scratch"));
    m.set(BLOCK_ARENA, m.allocate(plan.blockBytes(blocks), "per-block scratch"));
    P sync = m.allocate(SYNC_BYTES + 4L * plan.manifest.grid().counters(), "the barrier and counter words");
    m.set(SYNC, sync);
    // point-major: a counter per profile point and block
    P profile = m.allocate(8L * Math.max(1, (long) plan.manifest.profile().size() * blocks), "the profile counters");
    m.set(PROFILE, profile);
    P tokens = m.hostVisible(plan.outTokenBytes(), "the streamed tokens");
    P counts = m.hostVisible(4L * plan.batch, "the token counts");
    P status = m.hostVisible(4L * plan.batch, "the stop reasons");
    m.set(OUT_TOKENS, tokens);
    m.set(OUT_COUNTS, counts);
    m.set(OUT_STATUS, status);
    for (Map.Entry<Integer, Long> e : plan.sizes(blocks, blockThreads).entrySet()) m.set(e.getKey(), e.getValue());
    return new Outputs<>(seqArena, tokens, counts, status, sync, profile);
  }
}
