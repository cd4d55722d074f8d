package dev.govcheck.cli;

import dev.govcheck.report.Format;
import java.nio.file.Path;
import java.util.List;

/** Everything {@code check} was asked to do, as plain values: the logic never reads picocli types. */
public record CheckOptions(List<Path> paths, Path rules, Format format, Path output, FailOn failOn,
                           boolean quiet, boolean color, boolean debug, long maxFileBytes,
                           WaiverRequest waivers) {
    public CheckOptions {
        paths = List.copyOf(paths);
    }
}
