package dev.govcheck.decision;

import java.util.List;

/** One rule that fired on a proposal, in firing order, with what it decided (for {@code explain}). */
public record FiredRule(String rule, String title, String rationale, List<Effect> effects) {
    public FiredRule {
        effects = List.copyOf(effects);
    }

    /**
     * One thing the rule decided: {@code kind} is tier, path, approval, violation or obligation; {@code value}
     * the tier, path, role or severity (empty for an obligation); {@code crossed} the policy threshold whose
     * crossing made it fire, or null.
     */
    public record Effect(String kind, String value, Finding finding, ThresholdCrossed crossed) {
        /** The comparison with a policy threshold in words ("12000 > 10000 (fastTrackMaxAnnualCost)"), or empty. */
        public String threshold() {
            return crossed == null ? "" : crossed.inequality();
        }

        /** What would lift the finding ("set businessCase.annualCost to at most 10000"), or empty. */
        public String remedy() {
            return crossed == null ? "" : crossed.remedy();
        }
    }
}
