package dev.govcheck.cli;

import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.report.Format;
import java.nio.file.Path;
import java.util.List;

/** Everything {@code explain} was asked to do, as plain values; {@code sets} are the raw PATH=VALUE arguments. */
public record ExplainOptions(Path file, Path rules, Format format, List<String> sets, boolean quiet, boolean color,
                             boolean debug, WaiverRequest waivers, RuleBaseCache cache) {
    public ExplainOptions {
        sets = List.copyOf(sets);
    }
}
