package dev.govcheck.proposal;

import java.util.Locale;

/**
 * How the rules read text a proposal states (README, "How the rules read a proposal"): a blank text counts as missing,
 * and names are the same when they differ only in letter case and surrounding spaces ({@code "  salesforce "} is
 * Salesforce). Both are valid input, so the reader accepts them and every rule reads them through here.
 */
public final class TextValues {
    private TextValues() {
    }

    /** Whether {@code text} says something: not absent and not only spaces. */
    public static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** Whether two names are the same name, ignoring letter case and surrounding spaces; never for an absent one. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
