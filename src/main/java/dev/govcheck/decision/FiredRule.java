package dev.govcheck.decision;

import java.util.List;

/** One rule that fired on a proposal, in firing order, with what it decided (for {@code explain}). */
public record FiredRule(String rule, String title, String rationale, List<Effect> effects) {
    public FiredRule {
        effects = List.copyOf(effects);
    }

    /**
     * One thing the rule decided: {@code kind} is tier, path, approval, violation or obligation; {@code value}
     * the tier, path, role or severity (empty for an obligation); {@code threshold} the comparison with a policy
     * threshold that made it fire, in words ("12000 > 10000 (fastTrackMaxAnnualCost)"), or empty.
     */
    public record Effect(String kind, String value, Finding finding, String threshold, String remedy) {
    }
}
