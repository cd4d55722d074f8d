package dev.govcheck.report;

import java.nio.charset.StandardCharsets;

/**
 * A report path (relative to the working directory, forward slashes; absolute when the file lies outside it) as
 * the URI reference SARIF's {@code artifactLocation.uri} must hold: characters that a URI path may not contain
 * raw (spaces, {@code %}, {@code #}, {@code ?}, non-ASCII) are percent-encoded as UTF-8, and an absolute path
 * becomes a {@code file:} URI. A relative reference also encodes {@code :}, which would otherwise read as a
 * scheme.
 */
final class SarifUri {
    private static final String KEPT = "-._~!$&'()*+,;=@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUri() {
    }

    static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.matches("[A-Za-z]:/.*");
    }

    static String of(String path) {
        if (!isAbsolute(path)) {
            return encode(path, false);
        }
        return "file://" + (path.startsWith("/") ? "" : "/") + encode(path, true);
    }

    private static String encode(String path, boolean keepColon) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0 || keepColon && c == ':');
            if (plain) {
                uri.append(c);
            } else {
                uri.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return uri.toString();
    }
}
