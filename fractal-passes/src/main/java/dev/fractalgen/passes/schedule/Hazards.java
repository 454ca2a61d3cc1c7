package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Value;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes since the last barrier, split by who made them: a sequence's owner block (serial) or
 * any thread of the grid (parallel). A serial reader is ordered after serial writes by the owner
 * block's own barriers between its nodes; every other read of a pending write needs a grid barrier first.
 */
final class Hazards {
  private final Set<Value> serial = new HashSet<>();
  private final Set<Value> parallel = new HashSet<>();

  void clear() {
    serial.clear();
    parallel.clear();
  }

  /** The first value of {@code reads} that a reader of this kind may not see yet, or null. */
  Value conflict(Set<Value> reads, boolean serialReader) {
    for (Value v : reads) {
      if (parallel.contains(v) || (!serialReader && serial.contains(v))) return v;
    }
    return null;
  }

  void wrote(Set<Value> values, boolean byOwner) {
    (byOwner ? serial : parallel).addAll(values);
  }
}
