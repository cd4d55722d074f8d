package dev.govcheck.report;

/**
 * Text made safe for XML 1.0: the stream writer escapes markup, but characters XML cannot hold at all (most C0
 * controls, unpaired surrogates, U+FFFE/U+FFFF) would make the document unreadable, so they become U+FFFD.
 */
final class XmlText {
    private XmlText() {
    }

    /** Element content. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    /** An attribute value on one line: parsers would turn raw line breaks and tabs into spaces anyway. */
    static String attribute(String text) {
        return clean(text).replaceAll("[\\r\\n\\t]+", " ");
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
