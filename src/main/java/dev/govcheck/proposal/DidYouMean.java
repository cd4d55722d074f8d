package dev.govcheck.proposal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the allowed word closest to a mistyped one, when it is close enough to be a typo: at most three edits
 * (fewer for short words). The distance of two words is at least the difference of their lengths, so only
 * candidates within that many characters of the typed word's length are measured: a value of a megabyte costs
 * a length comparison per candidate, not a table of a megabyte times the candidate's length.
 */
public final class DidYouMean {
    private static final int MAX_TOLERANCE = 3;

    private DidYouMean() {
    }

    public static Optional<String> suggest(String typed, Collection<String> allowed) {
        int tolerance = Math.max(1, Math.min(MAX_TOLERANCE, typed.length() / 3));
        String lowerTyped = null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            if (Math.abs(candidate.length() - typed.length()) > tolerance) {
                continue; // too far to be a typo, whatever the letters
            }
            if (lowerTyped == null) {
                lowerTyped = typed.toLowerCase(Locale.ROOT);
            }
            int d = distance(lowerTyped, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours, the commonest typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
