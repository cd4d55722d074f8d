package dev.govcheck.cli;

import dev.govcheck.policy.RuleBaseCache;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code check} was asked to do, as plain values: the logic never reads picocli types.
 * {@code outputs}: one target per format (a file, or standard output for at most one). {@code color}: whether
 * standard output may have colour (a terminal, no NO_COLOR, no --no-color); files never get it.
 * {@code cache}: where compiled rule bases are kept between runs (or none, for --no-cache).
 */
public record CheckOptions(List<Path> paths, Path rules, List<OutputTarget> outputs, FailOn failOn,
                           boolean quiet, boolean color, boolean debug, long maxFileBytes,
                           WaiverRequest waivers, RuleBaseCache cache) {
    public CheckOptions {
        paths = List.copyOf(paths);
        outputs = List.copyOf(outputs);
    }
}
