package dev.fractalgen.passes.schedule;

import dev.fractalgen.etdg.model.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes since the last barrier, split by who made them: a sequence's owner block (serial) or
 * any thread of the grid (parallel). A serial reader is ordered after serial writes by the owner
 * block's own barriers between its nodes; every other read of a pending write needs a grid
 * barrier or a counter's wait first. A replicated serial phase's writes are never pending: every
 * block wrote them itself before reading them.
 */
final class Hazards {
  private final Set<Value> serial = new HashSet<>();
  private final Set<Value> parallel = new HashSet<>();

  void clear() {
    serial.clear();
    parallel.clear();
  }

  /** {@code values} are now visible to every reader (a counter's wait on all blocks). */
  void published(Collection<Value> values) {
    serial.removeAll(values);
    parallel.removeAll(values);
  }

  /** {@code values} are now visible to serial readers only (a counter's wait on the owner blocks). */
  void publishedToOwners(Collection<Value> values) {
    for (Value v : values) if (parallel.remove(v)) serial.add(v);
  }

  /** Every value of {@code reads} that a reader of this kind may not see yet, in order. */
  List<Value> conflicts(Set<Value> reads, boolean serialReader) {
    List<Value> out = new ArrayList<>();
    for (Value v : reads) {
      if (parallel.contains(v) || (!serialReader && serial.contains(v))) out.add(v);
    }
    return out;
  }

  /**
   * Whether {@code v} is visible to the owner blocks only: an owner wrote it since the last barrier,
   * or a counter's wait on the owners published it.
   */
  boolean ownersOnly(Value v) {
    return serial.contains(v);
  }

  void wrote(Set<Value> values, boolean byOwner) {
    (byOwner ? serial : parallel).addAll(values);
  }
}
