package dev.govcheck.report;

import dev.govcheck.drl.ApprovedTool;
import dev.govcheck.drl.Policy;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.policy.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code govcheck rules} lists: where the rule set came from, its rules sorted by id, and, for the policy
 * document, its policy.yaml and catalog.yaml and which thresholds and roles each rule names.
 */
public record RuleListing(String ruleSet, List<RuleInfo> rules, Policy policy, List<ApprovedTool> catalog,
                          Map<String, List<String>> thresholdsUsed, Map<String, List<String>> rolesAsked,
                          Map<String, List<String>> effects) {
    public RuleListing {
        rules = List.copyOf(rules);
        catalog = List.copyOf(catalog);
        thresholdsUsed = Map.copyOf(thresholdsUsed);
        rolesAsked = Map.copyOf(rolesAsked);
        effects = Map.copyOf(effects);
    }

    public static RuleListing of(RuleSet ruleSet) {
        Map<String, List<String>> thresholds = new TreeMap<>();
        Map<String, List<String>> roles = new TreeMap<>();
        Map<String, List<String>> effects = new TreeMap<>();
        for (RuleInfo rule : ruleSet.rules()) {
            thresholds.put(rule.id(), ruleSet.thresholdsUsed(rule.id()));
            roles.put(rule.id(), ruleSet.rolesAsked(rule.id()));
            effects.put(rule.id(), ruleSet.effects(rule.id()));
        }
        return new RuleListing(ruleSet.source(), ruleSet.rules(), ruleSet.policy(), ruleSet.catalog(), thresholds,
                roles, effects);
    }
}
