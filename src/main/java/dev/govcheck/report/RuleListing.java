package dev.govcheck.report;

import dev.govcheck.policy.RuleInfo;
import java.util.List;

/** What {@code govcheck rules} lists: where the rule set came from, and its rules sorted by id. */
public record RuleListing(String ruleSet, List<RuleInfo> rules) {
    public RuleListing {
        rules = List.copyOf(rules);
    }
}
