package dev.govcheck.proposal;

/**
 * Text from an input (a file name, a title, a value a rule quotes) made safe to print: control characters (an
 * escape sequence could rewrite the terminal, a line break could forge a line of a CI log) and bidirectional
 * overrides (they can make a message read backwards) are shown as a backslash-u escape of their code; everything
 * else is kept as it is. Human-readable reports print every such text through this.
 */
public final class Printable {
    private Printable() {
    }

    public static String escape(String text) {
        if (isPrintable(text)) {
            return text; // most texts need no change, and a scan is cheaper than building a copy
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (needsEscape(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Whether {@code text} holds nothing {@link #escape} would change. */
    public static boolean isPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
