package dev.govcheck.run;

import dev.govcheck.policy.RuleBaseCache;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code verify} was asked to do, as plain values. {@code paths} empty: the rule set's tests folder.
 * {@code minCoverage} is null when no minimum was given; {@code coverage} says whether to compute it at all.
 */
public record VerifyRequest(List<Path> paths, Path rules, RuleBaseCache cache, boolean coverage,
                            Double minCoverage) {
    public VerifyRequest {
        paths = List.copyOf(paths);
    }
}
