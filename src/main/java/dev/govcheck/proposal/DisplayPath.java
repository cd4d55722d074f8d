package dev.govcheck.proposal;

import java.nio.file.Path;

/** How a file is named in every report: relative to the working directory when below it, forward slashes. */
public final class DisplayPath {
    private DisplayPath() {
    }

    public static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
