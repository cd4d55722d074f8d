package dev.govcheck.report;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.policy.RuleInfo;
import java.util.List;
import java.util.Locale;

/**
 * What reporters need to know of the run besides its results: colour, quietness, the tier from which a
 * proposal counts as failed (null: only error violations fail, which is {@code --fail-on violation}), and the
 * rules of the rule set in use (plain metadata: SARIF lists them, annotations show their titles).
 */
public record ReportOptions(boolean color, boolean quiet, RiskTier failTier, List<RuleInfo> rules) {
    public static final ReportOptions PLAIN = new ReportOptions(false, false, null);

    public ReportOptions {
        rules = List.copyOf(rules);
    }

    /** Without rule metadata: reporters then describe rules from the decisions' firing traces alone. */
    public ReportOptions(boolean color, boolean quiet, RiskTier failTier) {
        this(color, quiet, failTier, List.of());
    }

    public ReportOptions withRules(List<RuleInfo> ruleInfos) {
        return new ReportOptions(color, quiet, failTier, ruleInfos);
    }

    public ReportOptions withColor(boolean on) {
        return new ReportOptions(on, quiet, failTier, rules);
    }

    /** Whether the decision's risk tier alone fails it (a tier at or above {@code --fail-on}). */
    public boolean tierFails(Decision decision) {
        return failTier != null && decision.tier().atLeast(failTier);
    }

    /** How reports name the tier level that fails proposals ("--fail-on high"); empty when tiers never fail. */
    public String failOnFlag() {
        return failTier == null ? "" : "--fail-on " + failTier.name().toLowerCase(Locale.ROOT);
    }

    /** "pass", "fail", or "fail (--fail-on high)" when the tier alone fails the decision. */
    public String verdict(Decision decision) {
        if (decision.status() == Status.FAIL) {
            return "fail";
        }
        return tierFails(decision) ? "fail (" + failOnFlag() + ")" : "pass";
    }

    /** Whether the decision fails: an error violation remains, or its tier is at or above {@code --fail-on}. */
    public boolean fails(Decision decision) {
        return decision.status() == Status.FAIL || tierFails(decision);
    }
}
