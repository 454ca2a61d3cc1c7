package dev.fractalgen.passes.target;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * What passes know of a machine: the numbers that decide reduction orders, iteration mappings and
 * sizes. The backend's {@code Target} adds how code is emitted for it and refers to these.
 *
 * @param warpWidth threads that run in lockstep (a warp, a wavefront; 1 on a CPU)
 * @param warpShuffles whether the compiled kernel exchanges registers among a warp's lanes to split
 *     one sum over them; where not, an iteration mapped to a warp runs on one thread, in the same order
 * @param blockThreads threads per block of the persistent grid
 * @param sharedBytesPerBlock on-chip memory a block may use
 */
public record TargetDescription(String id, int warpWidth, boolean warpShuffles, int blockThreads, long sharedBytesPerBlock) {
  public static final TargetDescription HOST = new TargetDescription("host", 1, false, 1, 0);
  public static final TargetDescription SM_80 = new TargetDescription("sm_80", 32, true, 512, 163 * 1024);
  public static final TargetDescription SM_90 = new TargetDescription("sm_90", 32, true, 512, 227 * 1024);
  // wave64; the warp shuffles are not lowered for AMDGPU yet
  public static final TargetDescription GFX90A = new TargetDescription("gfx90a", 64, false, 256, 64 * 1024);
  public static final TargetDescription GFX942 = new TargetDescription("gfx942", 64, false, 256, 64 * 1024);

  public static List<TargetDescription> all() {
    return List.of(HOST, SM_80, SM_90, GFX90A, GFX942);
  }

  public static TargetDescription of(String id) {
    return all().stream().filter(t -> t.id.equals(id)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no target '" + id + "'"));
  }

  /**
   * The lanes of the warp tree order passes give long sums: the warp of the machines that split
   * such sums over their lanes. One order serves every target of a bundle, so that all of them,
   * and the interpreter, compute the same bits.
   */
  public static int warpOrderLanes() {
    return SM_90.warpWidth;
  }
}
