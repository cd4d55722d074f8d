package dev.govcheck.run;

import dev.govcheck.policy.RuleBaseCache;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything {@code diff} was asked to do, as plain values. The base rule set is {@code baseRules} (a folder) or
 * {@code baseRef} (the rule folder as it was at that git revision): exactly one of them is given.
 *
 * @param paths     files, or folders searched recursively for proposals
 * @param rules     the changed rule set: the --rules folder, or null for ./rules when present, else the bundled set
 * @param baseRules the base rule set's folder, or null
 * @param baseRef   the git revision whose rule folder is the base rule set, or null
 * @param cache     where compiled rule bases are kept between runs (disabled for --no-cache)
 * @param waivers   the waivers file both rule sets' decisions get (or none), and the day that decides expiry
 * @param failOn    which changes make the run fail
 * @param ruleTimeLimit how long the rules may take on one proposal before it becomes an ERROR result
 */
public record DiffRequest(List<Path> paths, Path rules, Path baseRules, String baseRef, RuleBaseCache cache,
                          WaiverRequest waivers, DiffFailOn failOn, Duration ruleTimeLimit) {
    public DiffRequest {
        paths = List.copyOf(paths);
    }
}
