package dev.govcheck.cli;

import dev.govcheck.policy.RuleBaseCache;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code verify} was asked to do, as plain values. {@code paths} empty: the rule set's tests folder.
 * {@code minCoverage} is null when no minimum was given.
 */
public record VerifyOptions(List<Path> paths, Path rules, VerifyFormat format, Path output, boolean coverage,
                            Double minCoverage, boolean quiet, boolean debug,
                            RuleBaseCache cache) {
    public VerifyOptions {
        paths = List.copyOf(paths);
    }

    /** The output formats of {@code verify}. */
    public enum VerifyFormat {
        TEXT, JUNIT;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
