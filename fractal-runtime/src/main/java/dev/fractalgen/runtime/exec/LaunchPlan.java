package dev.fractalgen.runtime.exec;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;

import dev.fractalgen.runtime.bundle.Manifest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sizes and host-side contents of every buffer of one generate call, checked against the
 * bundle before anything is allocated. Executors allocate these on their device and fill the
 * table of {@link dev.fractalgen.runtime.kernel.KernelAbi} with the addresses.
 */
public final class LaunchPlan {
  public final Manifest manifest;
  public final int batch;
  public final int maxPrompt;
  public final long outCapacity;
  public final long maxSteps;
  public final ByteBuffer params;
  public final ByteBuffer prompts;
  public final ByteBuffer promptLens;
  public final ByteBuffer seqIds;
  public final ByteBuffer control;

  public LaunchPlan(Manifest m, GenerationRequest r) {
    this.manifest = m;
    for (long stride : new long[] {m.sequenceStride(), m.stateStride(), m.slotStride(), m.blockStride()}) {
      // the kernel relies on it for aligned vector loads (KernelAbi)
      if (stride % STRIDE_ALIGN != 0) throw new ExecutionException("the bundle's manifest has a stride of " + stride + " bytes, not a multiple of " + STRIDE_ALIGN);
    }
    int[][] p = r.prompts();
    if (p == null || p.length == 0) throw new ExecutionException("no prompts given");
    Set<String> known = new HashSet<>();
    for (Manifest.ParamEntry e : m.params()) known.add(e.name());
    for (String name : r.params().keySet()) {
      if (!known.contains(name)) throw new ExecutionException("the program has no param '" + name + "' (it has " + known + ")");
    }
    this.batch = p.length;
    int longest = 0;
    for (int s = 0; s < p.length; s++) {
      if (p[s] == null || p[s].length == 0) throw new ExecutionException("prompt " + s + " is empty");
      longest = Math.max(longest, p[s].length);
    }
    this.maxPrompt = longest;
    if (longest > m.maxPositions()) {
      throw new ExecutionException("a prompt of " + longest + " tokens exceeds the " + m.maxPositions() + " positions the kernel was compiled for");
    }
    params = ByteBuffer.allocate(4 * Math.max(1, m.params().size())).order(ByteOrder.LITTLE_ENDIAN);
    long maxTokens = -1;
    for (Manifest.ParamEntry e : m.params()) {
      double v = r.params().getOrDefault(e.name(), e.defaultValue());
      if (e.dtype().equals("i32")) {
        if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > 0xffffffffL) {
          throw new ExecutionException("param " + e.name() + " = " + v + " is not an i32 (or u32) integer");
        }
        params.putInt(4 * e.index(), (int) (long) v);
      } else {
        params.putFloat(4 * e.index(), (float) v);
      }
      if (e.name().equals("max_tokens")) maxTokens = (long) v;
    }
    if (maxTokens < 1) throw new ExecutionException("max_tokens must be at least 1 (got " + maxTokens + ")");
    long capacity = m.appendCapacity();
    for (int s = 0; s < p.length; s++) {
      // the last emitted token is never fed back, so P + max_tokens - 1 positions get a row
      if (capacity >= 0 && p[s].length + maxTokens - 1 > capacity) {
        throw new ExecutionException("prompt " + s + ": prompt length " + p[s].length + " + max_tokens " + maxTokens
            + " - 1 exceeds the capacity " + capacity);
      }
    }
    this.outCapacity = maxTokens;
    this.maxSteps = longest + maxTokens + 1;
    prompts = ints(batch * maxPrompt);
    promptLens = ints(batch);
    seqIds = ints(batch);
    control = ByteBuffer.allocate(batch * CONTROL_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int s = 0; s < batch; s++) {
      for (int i = 0; i < p[s].length; i++) prompts.putInt(4 * (s * maxPrompt + i), p[s][i]);
      promptLens.putInt(4 * s, p[s].length);
      seqIds.putInt(4 * s, s);
      control.putInt(s * CONTROL_BYTES + 4 * CTL_TOKEN, p[s][0]);
    }
  }

  private static ByteBuffer ints(int n) {
    return ByteBuffer.allocate(4 * Math.max(1, n)).order(ByteOrder.LITTLE_ENDIAN);
  }

  public long stateBytes() { return batch * manifest.stateStride(); }
  public long sequenceBytes() { return batch * manifest.sequenceStride(); }
  public long outTokenBytes() { return 4L * batch * outCapacity; }

  /**
   * Slots for {@code threads} threads: any thread may take a map item (the kernel rotates which
   * threads take a phase's first items, so that consecutive phases use different ones).
   */
  public long slotBytes(long threads) {
    return threads * Math.max(16, manifest.slotStride());
  }

  /** Block scratch for {@code blocks} blocks. */
  public long blockBytes(long blocks) {
    return blocks * Math.max(16, manifest.blockStride());
  }

  /** The fixed table words (everything but addresses). */
  public Map<Integer, Long> sizes(long blocks, long blockThreads) {
    return Map.of(BATCH, (long) batch, NBLOCKS, blocks, BLOCK_THREADS, blockThreads, SEQ_STRIDE, manifest.sequenceStride(),
        STATE_STRIDE, manifest.stateStride(), OUT_CAPACITY, outCapacity, MAX_STEPS, maxSteps, MAX_PROMPT, (long) maxPrompt,
        SLOT_STRIDE, Math.max(16, manifest.slotStride()), BLOCK_STRIDE, Math.max(16, manifest.blockStride()));
  }
}
