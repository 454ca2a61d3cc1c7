package dev.fractalgen.runtime.bundle;

import java.util.List;
import java.util.Map;

/**
 * The self-description of a compiled bundle ({@code manifest.json}): what the kernel of each
 * target is called and where it is, and every size an executor needs to lay out its buffers
 * (see {@link dev.fractalgen.runtime.kernel.KernelAbi}).
 *
 * @param format        the manifest format, {@link #FORMAT}
 * @param model         the graph's name
 * @param entry         the kernel's symbol in every target
 * @param kernels       target name (host, sm_80, sm_90, gfx90a, gfx942) to file in the bundle; a GPU
 *                      target may also have {@code TARGET@G} ({@link #batchedKernelKey}): its kernel for
 *                      batches of at least G sequences, whose warps take a weight row for G of them at once
 * @param stages        ETDG stage name to its text file in the bundle
 * @param weights       the weights blob layout, one entry per WEIGHT buffer
 * @param params        the PARAM scalars in table order
 * @param states        per-sequence state storage layout
 * @param sequenceBuffers names of the SEQUENCE buffers the program reads
 * @param stateStride   bytes of state storage per sequence
 * @param sequenceStride bytes of grid-level scratch per sequence
 * @param slotStride    bytes of map-body scratch per thread slot
 * @param blockStride   bytes of map-body scratch per block (maps whose iterations each run on a whole block)
 * @param maxPositions  the bound on pos and on the prompt length the kernel was laid out for
 * @param vocab         logits per step (the sampled value's size), 0 when the step samples nothing
 * @param logitsOffset  where, in a sequence's scratch, the sampled logits stay after its last step (-1: not kept)
 * @param grid          how the kernel must be launched
 * @param profile       labels of the profile points (empty: the kernel is not profiled); the segment
 *                      ending at point i is what ran since the point before it, summed over all steps
 * @param config        the program's resolved configuration
 * @param errorSites    what a kernel error's detail word names: "node:ID" (the node's number) and
 *                      "state:K" (a state's index) to the node's place in the program and its value
 *                      ("llama2c.fractal:57:12, %x"), or the state's name; null in older bundles
 */
public record Manifest(int format, String model, String entry, Map<String, String> kernels, Map<String, String> stages,
    List<WeightEntry> weights, long weightsBytes, List<ParamEntry> params, List<StateEntry> states,
    List<String> sequenceBuffers, long stateStride, long sequenceStride, long slotStride, long blockStride,
    long maxPositions, long vocab, long logitsOffset, Grid grid, List<String> profile, Map<String, String> config,
    Map<String, String> errorSites) {
  public static final int FORMAT = 1;

  /** The {@link #kernels} key of {@code target}'s kernel for batches of at least {@code from} sequences. */
  public static String batchedKernelKey(String target, int from) {
    return target + "@" + from;
  }

  /** The smallest batch {@code target}'s batched kernel serves, 0 when the bundle has none. */
  public int batchedFrom(String target) {
    for (String key : kernels.keySet()) {
      if (key.startsWith(target + "@") && key.substring(target.length() + 1).matches("[1-9][0-9]{0,2}")) {
        return Integer.parseInt(key.substring(target.length() + 1));
      }
    }
    return 0;
  }

  /**
   * Launch requirements: every block must be resident at once (the kernel has grid barriers), so
   * GPUs launch cooperatively with at most the occupancy-limited number of blocks; any number of
   * blocks is correct. Host blocks are single threads.
   *
   * @param coResident     all blocks must run concurrently (cooperative launch on GPUs)
   * @param gpuBlockThreads threads per block on GPUs
   * @param hostBlockThreads threads per block on the host (CPU threads stand in for blocks)
   * @param counters       dataflow counters the blocks arrive on and wait on: words of the sync
   *                       memory after its fixed ones (KernelAbi.SYNC_COUNTERS)
   * @param gpuSharedBytes dynamic shared memory each GPU block is launched with: the block arena
   *                       kept on-chip (0: the kernels keep it in global memory)
   * @param hostCpu        the x86-64 level the host kernel is compiled for ({@link dev.fractalgen.runtime.kernel.HostCpu});
   *                       null in older bundles and bundles without a host kernel: x86-64
   */
  public record Grid(boolean coResident, int gpuBlockThreads, int hostBlockThreads, int counters, long gpuSharedBytes,
      String hostCpu) {}

  /** A weight: checkpoint source (a name, a stack pattern, or a tie) and its place in the blob. */
  public record WeightEntry(String name, String source, boolean stacked, String tiedTo, String dtype, long[] shape,
      long offset, long bytes) {}

  /** A run-time scalar: its table index and default. */
  public record ParamEntry(String name, String dtype, double defaultValue, int index) {}

  /** A loop-carried state: growth (append, replace), capacity in rows for append, place per sequence. */
  public record StateEntry(String name, String growth, long capacity, long offset, long bytes) {}

  /** The smallest APPEND capacity, or -1 when the program has none. */
  public long appendCapacity() {
    return states.stream().filter(s -> s.growth().equals("append")).mapToLong(StateEntry::capacity).min().orElse(-1);
  }
}
