package dev.fractalgen.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostCpuTest {
  /** The flags line of a Haswell's /proc/cpuinfo, abridged by hand to the extensions that name levels and a few others. */
  private static final Set<String> HASWELL = Set.of("fpu", "sse", "sse2", "ssse3", "fma", "cx16", "sse4_1", "sse4_2", "movbe",
      "popcnt", "xsave", "avx", "f16c", "lahf_lm", "abm", "bmi1", "avx2", "bmi2", "erms");

  @Test
  void levelsAreReadFromTheirNamesAndAnOldBundleIsBaseline() {
    assertEquals(HostCpu.X86_64, HostCpu.parse(null));
    assertEquals(HostCpu.AVX2, HostCpu.parse("avx2"));
    assertEquals(HostCpu.X86_64_V3, HostCpu.parse("x86-64-v3"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostCpu.parse("x86-64-v4"));
    assertEquals("unknown host CPU level 'x86-64-v4' (known: x86-64, x86-64-v2, avx2, x86-64-v3)", e.getMessage());
  }

  @Test
  void theBestLevelIsTheHighestWhoseExtensionsAreAllThere() {
    assertEquals(HostCpu.X86_64_V3, HostCpu.best(HASWELL));
    Set<String> noLzcnt = new java.util.HashSet<>(HASWELL);
    noLzcnt.remove("abm"); // as some virtual machines show their CPU
    assertEquals(HostCpu.AVX2, HostCpu.best(noLzcnt));
    Set<String> noFma = new java.util.HashSet<>(HASWELL);
    noFma.remove("fma");
    assertEquals(HostCpu.X86_64_V2, HostCpu.best(noFma));
    assertEquals(HostCpu.X86_64, HostCpu.best(Set.of("fpu", "sse", "sse2")));
  }

  @Test
  void whatACpuLacksIsListedInTheLevelsOrder() {
    Set<String> v2 = Set.of("cx16", "lahf_lm", "popcnt", "sse4_1", "sse4_2", "ssse3");
    assertEquals(List.of("avx", "avx2", "fma", "f16c", "bmi1", "bmi2", "movbe", "xsave"), HostCpu.AVX2.missing(v2));
    assertEquals(List.of(), HostCpu.X86_64.missing(Set.of()));
    assertEquals(List.of("abm"), HostCpu.X86_64_V3.missing(HASWELL.stream().filter(f -> !f.equals("abm")).collect(java.util.stream.Collectors.toSet())));
  }
}
