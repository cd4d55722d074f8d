package dev.govcheck.proposal;

import java.util.regex.Pattern;

/**
 * Text from an input file made fit for one line of a message: shortened, on one line, control characters
 * escaped, so a hostile value cannot garble the terminal. Every reader of YAML input words its errors with
 * these, so they all look alike.
 */
public final class ValueText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ValueText() {
    }

    /** The start of a long value, so one error stays one readable line. */
    public static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "..." : value;
    }

    /** Line breaks and runs of blanks as one space, no blanks at the ends. */
    public static String oneLine(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A value from the file made safe to print on one line of a terminal: line breaks become spaces, and
     * control characters (an escape sequence could rewrite the screen) and bidirectional overrides (they can
     * make a message read backwards) are shown as a backslash-u escape of their code.
     */
    public static String clean(String value) {
        // called on every key of every file: most need no change, and a scan is far cheaper than a regex
        return isClean(value) ? value : escapeControls(oneLine(value));
    }

    /**
     * Control characters and bidirectional overrides as backslash-u escapes; everything else as it is. Every text
     * from an input that a human-readable report prints (a file name, a title, a value a rule quotes) goes through
     * this, so it can neither rewrite a terminal nor forge a line of a CI log.
     */
    public static String escapeControls(String line) {
        if (line.codePoints().noneMatch(c -> Character.isISOControl(c) || isBidiControl(c))) {
            return line; // most texts need no change
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        line.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || isBidiControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Already one printable line: no control or bidirectional characters, no edge or repeated spaces. */
    private static boolean isClean(String value) {
        int length = value.length();
        if (length > 0 && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(length - 1))
                || Character.isSpaceChar(value.charAt(0)) || Character.isSpaceChar(value.charAt(length - 1)))) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c) || (c == ' ' && i > 0 && value.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
