package dev.fractalgen.ide;

import java.util.ArrayList;
import java.util.List;

/** Converts between char offsets and 0-based (line, character) positions of one text. */
public final class LineMap {
  private final int[] starts;
  private final int length;

  public LineMap(String text) {
    List<Integer> s = new ArrayList<>();
    s.add(0);
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') s.add(i + 1);
    starts = s.stream().mapToInt(Integer::intValue).toArray();
    length = text.length();
  }

  /** The 0-based line of {@code offset}. */
  public int line(int offset) {
    int lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** The 0-based character of {@code offset} within its line. */
  public int character(int offset) {
    return offset - starts[line(offset)];
  }

  /** The offset of a 0-based position, clamped to the text. */
  public int offset(int line, int character) {
    if (line < 0) return 0;
    if (line >= starts.length) return length;
    int end = line + 1 < starts.length ? starts[line + 1] - 1 : length;
    return Math.min(starts[line] + Math.max(0, character), end);
  }
}
