package dev.fractalgen.runtime.exec;

import dev.fractalgen.runtime.bundle.Manifest;
import java.lang.management.ManagementFactory;

/**
 * How many CPU threads run a host kernel when the caller does not say: one per 16 MiB of weights
 * (at least one), and no more than the processors other processes leave free. The kernel's
 * threads meet at spinning barriers, so a thread without a core of its own stalls all the others,
 * and a small model gains nothing from a second thread: on a 2-core machine, 64 tokens of
 * stories260K (1 MB of weights) take 18 ms on one thread and 40 on two, those of the stories15M
 * shape (61 MB) 530 ms on one and 420 on two (docs/reliability.md).
 */
public final class HostThreads {
  private static final long BYTES_PER_THREAD = 16L << 20;

  private HostThreads() {}

  public static int forModel(Manifest m) {
    int cores = Runtime.getRuntime().availableProcessors();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    // the one-minute load average counts the runnable processes; negative where it is not known
    int free = load < 0 ? cores : (int) Math.max(1, Math.min(cores, Math.round(cores - load + 0.5)));
    long bySize = Math.max(1, m.weightsBytes() / BYTES_PER_THREAD);
    return (int) Math.min(free, bySize);
  }
}
