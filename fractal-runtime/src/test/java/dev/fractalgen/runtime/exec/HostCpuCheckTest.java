package dev.fractalgen.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HostCpuCheckTest {
  private static final Set<String> V2 = Set.of("cx16", "lahf_lm", "popcnt", "sse4_1", "sse4_2", "ssse3");

  @Test
  void aKernelForExtensionsTheCpuLacksIsRefusedWithWhatToDo() {
    ExecutionException e = assertThrows(ExecutionException.class, () -> HostExecutor.checkCpu("avx2", V2));
    assertEquals("the bundle's host kernel is compiled for avx2 and this CPU lacks avx, avx2, fma, f16c, bmi1, bmi2, movbe, xsave: "
        + "compile it with --host-cpu x86-64-v2 (or x86-64, which every x86-64 CPU runs)", e.getMessage());
  }

  @Test
  void aKernelTheCpuRunsOrAnOldBundleOrUnreadableFlagsPass() {
    assertDoesNotThrow(() -> HostExecutor.checkCpu("x86-64-v2", V2));
    assertDoesNotThrow(() -> HostExecutor.checkCpu(null, Set.of()));
    assertDoesNotThrow(() -> HostExecutor.checkCpu("x86-64-v3", null));
  }
}
