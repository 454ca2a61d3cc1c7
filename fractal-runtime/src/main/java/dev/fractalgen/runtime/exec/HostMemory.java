package dev.fractalgen.runtime.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the host can still give a generate call: Linux's MemAvailable, or unknown (-1) elsewhere. */
final class HostMemory {
  private HostMemory() {}

  static long availableBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemAvailable:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc not mounted: the allocation itself will tell
    }
    return -1;
  }
}
