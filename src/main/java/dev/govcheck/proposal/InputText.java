package dev.govcheck.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of an untrusted YAML file, before any parser sees it: the bytes of a regular file within the size
 * limit, decoded as UTF-8 (the one encoding govcheck reads), holding only characters YAML allows. Each refusal
 * is an {@link InvalidInputException} with a line and column.
 */
final class InputText {
    private final YamlLimits limits;

    InputText(YamlLimits limits) {
        this.limits = limits;
    }

    /**
     * The bytes of a regular file, at most the size limit. A FIFO or a device (a link to /dev/zero, say) is
     * refused before it is opened, since reading one can block or never end; the read itself stops at the
     * limit whatever the file system said about the size.
     */
    byte[] readBytes(Path file, String displayName) throws InvalidInputException {
        try {
            if (!Files.isRegularFile(file)) {
                throw invalid(displayName, Position.START, "cannot read file: " + notRegular(file));
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(displayName, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // one byte more than the limit, to notice a file that grew since its size was read
                byte[] bytes = in.readNBytes(Math.toIntExact(limits.maxFileBytes() + 1));
                if (bytes.length > limits.maxFileBytes()) {
                    throw invalid(displayName, Position.START, "file grew past the limit of "
                            + limits.maxFileBytes() + " bytes (--max-file-size) while being read");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw invalid(displayName, Position.START, "cannot read file: " + describe(e));
        }
    }

    private static String notRegular(Path file) {
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        if (Files.exists(file)) {
            return "not a regular file (a device, pipe or socket)";
        }
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? SymbolicLinks.describeDangling(file) : "no such file";
    }

    /** The text of a file's bytes, which must be UTF-8 (a UTF-8 byte order mark is allowed). */
    String decode(byte[] bytes, String displayName) throws InvalidInputException {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(displayName, bytes.length);
        }
        String other = otherUnicode(bytes);
        if (other != null) {
            throw invalid(displayName, Position.START, "file is " + other + " text: save it as UTF-8");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(displayName, firstBadByte(bytes),
                    "file is not UTF-8 text (binary, or another encoding such as Latin-1: save it as UTF-8)");
        }
    }

    /**
     * "UTF-32" or "UTF-16" when the file starts as YAML text in that encoding does (YAML 1.2, 5.2): with its byte
     * order mark, or, without one, with the zero bytes an ASCII first character has in it. Null otherwise. The
     * UTF-32 marks come first: UTF-32LE's starts with UTF-16LE's.
     */
    private static String otherUnicode(byte[] b) {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0)
                || (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0)
                || (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
                || (b[0] == 0 && b[1] != 0) || (b[0] != 0 && b[1] == 0))) {
            return "UTF-16";
        }
        return null;
    }

    /**
     * YAML allows only printable characters (tab and line breaks aside). The parser rejects most others too,
     * but without saying where, and lets DEL through; a NUL or an escape character usually means a binary file.
     */
    static void checkCharacters(String text, String displayName) throws InvalidInputException {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                String what = c == 0 ? "a NUL byte: this looks like a binary file, not YAML"
                        : "control character " + String.format("U+%04X", c) + ", which YAML does not allow";
                throw invalid(displayName, new Position(line, text.codePointCount(lineStart, i) + 1),
                        "file holds " + what);
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += Character.charCount(c);
        }
    }

    /** YAML's printable set (c-printable): tab, line breaks, and everything else but control characters. */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Line and column of the first byte that is not UTF-8, so the error points where an editor would. */
    private static Position firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        return new Position(line, before.codePointCount(0, before.length()) + 1);
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file";
            default -> ValueText.clean(e.getMessage() == null ? kind : e.getMessage());
        };
    }

    private InvalidInputException tooLarge(String displayName, long size) {
        return invalid(displayName, Position.START, "file is " + size + " bytes, more than the limit of "
                + limits.maxFileBytes() + " bytes (--max-file-size)");
    }

    static InvalidInputException invalid(String file, Position at, String message) {
        return new InvalidInputException(List.of(new InputError(file, at, "", message)));
    }
}
