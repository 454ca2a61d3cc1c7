package dev.fractalgen.dsl.elab;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelt names: the known names closest to an unknown one. */
final class NearestNames {
  private static final int MOST = 3;

  private NearestNames() {}

  /**
   * Up to three known names within a small edit distance of {@code name} (at most a third of its
   * length, at least 1, ignoring case), closest first.
   */
  static List<String> of(String name, Collection<String> known) {
    int limit = Math.max(1, name.length() / 3);
    LevenshteinDistance d = new LevenshteinDistance(limit);
    record Scored(String name, int distance) {}
    return known.stream().distinct()
        .map(k -> new Scored(k, d.apply(name.toLowerCase(), k.toLowerCase())))
        .filter(s -> s.distance() >= 0)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(MOST).map(Scored::name).toList();
  }

  /** {@code "; did you mean 'a', 'b'?"}, or nothing when no name is close. */
  static String hint(String name, Collection<String> known) {
    List<String> near = of(name, known);
    if (near.isEmpty()) return "";
    return "; did you mean " + String.join(", ", near.stream().map(n -> "'" + n + "'").toList()) + "?";
  }
}
