package dev.fractalgen.runtime.exec;

/** A profiled kernel's times per profile point: its first block's, and the slowest block's. */
record BlockProfile(long[] first, long[] slowest) {
  /**
   * The counters a kernel of {@code blocks} blocks wrote, point-major (point i's counter of block b
   * at i * blocks + b: a point's place needs no count of the points after it).
   */
  static BlockProfile of(long[] counters, int points, int blocks) {
    long[] first = new long[points], slowest = new long[points];
    for (int i = 0; i < points; i++) {
      first[i] = counters[i * blocks];
      for (int b = 0; b < blocks; b++) slowest[i] = Math.max(slowest[i], counters[i * blocks + b]);
    }
    return new BlockProfile(first, slowest);
  }
}
