package dev.govcheck.run;

import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything {@code portfolio} was asked to do, as plain values.
 *
 * @param paths     files, or folders searched recursively for proposals
 * @param rules     the --rules folder, or null for ./rules when present, else the bundled default set
 * @param cache     where compiled rule bases are kept between runs (disabled for --no-cache)
 * @param limits    limits on every proposal file read
 * @param waivers   the waivers file to apply (or none), and the day of the portfolio: it decides which waivers
 *                  have expired, how long proposals have waited, and which contracts renew soon
 * @param ruleTimeLimit how long the rules may take on one proposal before it becomes an ERROR result
 */
public record PortfolioRequest(List<Path> paths, Path rules, RuleBaseCache cache, YamlLimits limits,
                               WaiverRequest waivers, Duration ruleTimeLimit) {
    public PortfolioRequest {
        paths = List.copyOf(paths);
    }
}
