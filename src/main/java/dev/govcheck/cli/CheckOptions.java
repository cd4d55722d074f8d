package dev.govcheck.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code check} was asked to do, as plain values: the logic never reads picocli types.
 * {@code outputs}: one target per format (a file, or standard output for at most one). {@code color}: whether
 * standard output may have colour (a terminal, no NO_COLOR, no --no-color); files never get it.
 */
public record CheckOptions(List<Path> paths, Path rules, List<OutputTarget> outputs, FailOn failOn,
                           boolean quiet, boolean color, boolean debug, long maxFileBytes,
                           WaiverRequest waivers) {
    public CheckOptions {
        paths = List.copyOf(paths);
        outputs = List.copyOf(outputs);
    }
}
