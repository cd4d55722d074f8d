package dev.govcheck.run;

import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything {@code check} was asked to do, as plain values (the run layer never sees picocli types).
 *
 * @param paths     files, or folders searched recursively for proposals
 * @param rules     the --rules folder, or null for ./rules when present, else the bundled default set
 * @param cache     where compiled rule bases are kept between runs (disabled for --no-cache)
 * @param limits    limits on every proposal file read (--max-file-size and the fixed YAML limits)
 * @param waivers   the waivers file to apply (or none) and the day that decides expiry
 * @param failOn    what makes a proposal fail besides its error violations
 * @param ruleTimeLimit how long the rules may take on one proposal before it becomes an ERROR result
 * @param changedSince  a git revision: check only the proposal files changed since then ({@code --changed-since}),
 *                      or null for every file
 * @param baseline      the baseline to compare with and where to write this run's, or {@link BaselineRequest#NONE}
 */
public record CheckRequest(List<Path> paths, Path rules, RuleBaseCache cache, YamlLimits limits,
                           WaiverRequest waivers, FailOn failOn, Duration ruleTimeLimit, String changedSince,
                           BaselineRequest baseline) {
    public CheckRequest {
        paths = List.copyOf(paths);
    }

    /** A request for every proposal file under {@code paths}, without a baseline. */
    public CheckRequest(List<Path> paths, Path rules, RuleBaseCache cache, YamlLimits limits, WaiverRequest waivers,
                        FailOn failOn, Duration ruleTimeLimit) {
        this(paths, rules, cache, limits, waivers, failOn, ruleTimeLimit, null, BaselineRequest.NONE);
    }
}
