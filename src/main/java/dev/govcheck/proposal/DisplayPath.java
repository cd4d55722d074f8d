package dev.govcheck.proposal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How a file is named in every report: relative to the working directory when below it, with forward slashes,
 * and unambiguous: two different files never get the same name. On a system whose separator is '/', a backslash
 * is part of a file name ({@code a\b.yaml} is not {@code a/b.yaml}), so it is shown doubled; bytes of a name that
 * are not UTF-8 text are shown as {@code \xFF}; control characters and bidirectional overrides as {@code \u000A}
 * (see {@link ValueText#escapeControls}), so a name cannot forge a line of a CI log or rewrite a terminal.
 */
public final class DisplayPath {
    private static final boolean SLASH_SEPARATOR = File.separatorChar == '/';

    private DisplayPath() {
    }

    public static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        StringBuilder text = new StringBuilder();
        if (shown.getRoot() != null) {
            text.append(shown.getRoot().toString().replace('\\', '/'));
        }
        for (int i = 0; i < shown.getNameCount(); i++) {
            text.append(i > 0 ? "/" : "").append(name(absolute, shown.getName(i), shown.getNameCount() - i));
        }
        return text.length() == 0 ? "." : text.toString();
    }

    /** One element of a path ({@code fromEnd} elements before the end of {@code absolute}), shown unambiguously. */
    private static String name(Path absolute, Path element, int fromEnd) {
        String text = element.toString();
        if (!roundTrips(text, element)) {
            // The name's bytes do not decode in the system's encoding (the string holds a stand-in such as U+FFFD or
            // '?'): its URI still has every byte, percent-encoded.
            return ValueText.escapeControls(fromBytes(rawBytes(absolute, fromEnd)));
        }
        return ValueText.escapeControls(literal(text));
    }

    /** Whether the name's text names the same file again (not so when the system encoding cannot hold its bytes). */
    private static boolean roundTrips(String text, Path element) {
        try {
            return Path.of(text).equals(element);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A decoded name with its backslashes doubled where they are not separators, so escapes cannot collide. */
    private static String literal(String text) {
        return SLASH_SEPARATOR ? text.replace("\\", "\\\\") : text;
    }

    /** The bytes of the element {@code fromEnd} places before the end of {@code absolute}, from its file URI. */
    private static byte[] rawBytes(Path absolute, int fromEnd) {
        String[] parts = absolute.toUri().getRawPath().split("/");
        String encoded = parts[parts.length - fromEnd];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** UTF-8 text of {@code bytes}, each byte that is not part of a UTF-8 character as {@code \xFF}. */
    private static String fromBytes(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        StringBuilder text = new StringBuilder();
        while (in.hasRemaining()) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            text.append(literal(out.toString()));
            out.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    text.append(String.format("\\x%02X", in.get() & 0xFF));
                }
            } else if (result.isUnderflow()) {
                break;
            }
        }
        return text.toString();
    }
}
