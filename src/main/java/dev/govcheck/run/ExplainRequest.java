package dev.govcheck.run;

import dev.govcheck.policy.RuleBaseCache;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code explain} was asked to do, as plain values; {@code sets} are the raw {@code PATH=VALUE}
 * arguments of {@code --set} (a what-if run when there are any).
 */
public record ExplainRequest(Path file, Path rules, RuleBaseCache cache, List<String> sets, WaiverRequest waivers) {
    public ExplainRequest {
        sets = List.copyOf(sets);
    }
}
