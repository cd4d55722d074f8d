package dev.govcheck.report;

import dev.govcheck.policy.RuleInfo;
import java.util.List;

/**
 * What check's reports need to know besides the results: colour, quietness, and the rules of the rule set in use
 * (plain metadata: SARIF lists them, annotations show their titles). The verdicts are in the results already.
 */
public record ReportOptions(boolean color, boolean quiet, List<RuleInfo> rules) {
    public static final ReportOptions PLAIN = new ReportOptions(false, false, List.of());

    public ReportOptions {
        rules = List.copyOf(rules);
    }

    public ReportOptions withColor(boolean on) {
        return new ReportOptions(on, quiet, rules);
    }
}
