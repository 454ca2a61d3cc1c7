package dev.fractalgen.runtime.checkpoint;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Picks the checkpoint names most similar to a missing one, for error messages. */
final class NameHints {
    private static final int SHOWN = 5;

    private NameHints() {
    }

    /**
     * Returns up to five of {@code available} closest to {@code wanted} by edit distance, ties in
     * file order, comma-separated, with a count of the rest; "none" when empty.
     */
    static String closest(String wanted, List<String> available) {
        if (available.isEmpty()) {
            return "none";
        }
        String shown = available.stream()
                .sorted(Comparator.comparingInt(n -> editDistance(wanted, n)))
                .limit(SHOWN)
                .collect(Collectors.joining(", "));
        int rest = available.size() - Math.min(SHOWN, available.size());
        return rest == 0 ? shown : shown + ", ... " + rest + " more";
    }

    /** Levenshtein distance with unit costs, in two rows of memory. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
