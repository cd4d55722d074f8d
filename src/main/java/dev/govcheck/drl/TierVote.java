package dev.govcheck.drl;

import dev.govcheck.decision.RiskTier;
import java.util.List;

/** Result fact: a vote that the proposal's risk tier is at least {@code tier}. */
public record TierVote(String rule, RiskTier tier, String field, String message, Crossing threshold, List<Fix> fixes) implements RuleOutput {
    public TierVote {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    /** Without fixes: a finding only a threshold (or nothing the proposal can change) lifts. */
    public TierVote(String rule, RiskTier tier, String field, String message, Crossing threshold) {
        this(rule, tier, field, message, threshold, List.of());
    }
}
