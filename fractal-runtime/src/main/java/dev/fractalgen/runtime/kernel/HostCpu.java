package dev.fractalgen.runtime.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The x86-64 level a host kernel is compiled for, and whether this CPU runs it.
 * A level is a set of instruction-set extensions, named here as Linux's /proc/cpuinfo flags.
 * Levels ascend in this order. x86-64-v4 (AVX-512) is left out on purpose: the stories15M-shape kernel
 * compiled for it ran three times slower than for x86-64-v3 on an AMD EPYC that has AVX-512
 * (docs/benchmarks.md).
 */
public enum HostCpu {
  /** SSE2: every x86-64 CPU. */
  X86_64("x86-64", "x86-64", "", List.of()),
  /** Nehalem (2008) and later: SSE4.2, SSSE3, POPCNT. */
  X86_64_V2("x86-64-v2", "x86-64-v2", "", List.of("cx16", "lahf_lm", "popcnt", "sse4_1", "sse4_2", "ssse3")),
  /**
   * x86-64-v2 with AVX2 and FMA (8 floats an instruction) but without LZCNT, which some virtual
   * machines hide (on a CPU without it, LZCNT runs as BSR and gives other results).
   */
  AVX2("avx2", "x86-64-v2", "+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+movbe,+xsave", Stream.concat(X86_64_V2.flags.stream(),
      Stream.of("avx", "avx2", "fma", "f16c", "bmi1", "bmi2", "movbe", "xsave")).toList()),
  /** Haswell (2013), Zen and later. */
  X86_64_V3("x86-64-v3", "x86-64-v3", "", Stream.concat(AVX2.flags.stream(), Stream.of("abm")).toList());

  /** The level's name (in bundles' manifests and {@code --host-cpu}). */
  public final String id;
  /** LLVM's CPU name and extra features for the level. */
  public final String llvmCpu, llvmFeatures;
  private final List<String> flags;

  HostCpu(String id, String llvmCpu, String llvmFeatures, List<String> flags) {
    this.id = id;
    this.llvmCpu = llvmCpu;
    this.llvmFeatures = llvmFeatures;
    this.flags = flags;
  }

  /**
   * The level named {@code name}; null (a bundle from before levels were recorded) is x86-64.
   *
   * @throws IllegalArgumentException for any other name, listing the known ones
   */
  public static HostCpu parse(String name) {
    if (name == null) return X86_64;
    for (HostCpu c : values()) if (c.id.equals(name)) return c;
    throw new IllegalArgumentException("unknown host CPU level '" + name + "' (known: "
        + Arrays.stream(values()).map(c -> c.id).collect(Collectors.joining(", ")) + ")");
  }

  /** The level's extensions that {@code cpuFlags} lacks, in the level's order; empty when it runs there. */
  public List<String> missing(Set<String> cpuFlags) {
    List<String> out = new ArrayList<>();
    for (String f : flags) if (!cpuFlags.contains(f)) out.add(f);
    return out;
  }

  /** The highest level {@code cpuFlags} has all extensions of. */
  public static HostCpu best(Set<String> cpuFlags) {
    HostCpu best = X86_64;
    for (HostCpu c : values()) if (c.missing(cpuFlags).isEmpty()) best = c;
    return best;
  }

  /** The highest level this machine runs (x86-64 where its CPU's flags cannot be read). */
  public static HostCpu ofThisMachine() {
    Set<String> flags = cpuFlags();
    return flags == null ? X86_64 : best(flags);
  }

  /**
   * This machine's CPU flags from /proc/cpuinfo, read once a process; null where there is no such
   * file or it cannot be read.
   */
  public static Set<String> cpuFlags() {
    return ThisMachine.FLAGS;
  }

  /** A run asks for the flags when keying its cached bundle, compiling it and loading it: read them once. */
  private static final class ThisMachine {
    static final Set<String> FLAGS = read();
  }

  private static Set<String> read() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("flags")).findFirst()
          .map(l -> Set.copyOf(Arrays.asList(l.substring(l.indexOf(':') + 1).trim().split("\\s+")))).orElse(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
