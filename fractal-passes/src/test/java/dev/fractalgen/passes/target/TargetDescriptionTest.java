package dev.fractalgen.passes.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The invariants the passes and executors rely on hold for every described machine. */
class TargetDescriptionTest {
  @Test
  void blocksAreWholeWarpsAndOneWarpOrderServesEveryShufflingMachine() {
    for (TargetDescription t : TargetDescription.all()) {
      assertEquals(0, t.blockThreads() % t.warpWidth(), t.id() + ": a block is a whole number of warps");
      // a warp-mapped iteration splits a tree(L, W) sum over L lanes: L must be the machine's warp
      if (t.warpShuffles()) assertEquals(TargetDescription.warpOrderLanes(), t.warpWidth(), t.id());
      assertEquals(t, TargetDescription.of(t.id()));
    }
    assertTrue(TargetDescription.all().stream().anyMatch(TargetDescription::warpShuffles), "some machine splits sums over a warp");
    assertThrows(NoSuchElementException.class, () -> TargetDescription.of("sm_70"));
  }
}
