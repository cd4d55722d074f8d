package dev.govcheck.explain;

import dev.govcheck.decision.FiredRule;
import java.util.List;

/**
 * One rule that fired: what it is ({@code rule} id, title, rationale, where its DRL is written), the proposal
 * facts it matched, located in the proposal file, and what it decided.
 */
public record RuleExplanation(String rule, String title, String rationale, String ruleFile, int ruleLine,
                              List<Fact> facts, List<FiredRule.Effect> effects) {
    public RuleExplanation {
        facts = List.copyOf(facts);
        effects = List.copyOf(effects);
    }
}
