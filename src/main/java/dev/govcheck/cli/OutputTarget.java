package dev.govcheck.cli;

import dev.govcheck.report.Format;
import java.nio.file.Path;

/** Where one format's report goes: {@code file}, or standard output when {@code file} is null. */
public record OutputTarget(Format format, Path file) {
    public boolean toStandardOutput() {
        return file == null;
    }
}
