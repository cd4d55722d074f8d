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
     * crossing made it fire, or null; {@code fixes} the changes the rule says lift it (all of them together),
     * offered before the threshold.
     */
    public record Effect(String kind, String value, Finding finding, ThresholdCrossed crossed, List<FieldFix> fixes) {
        public Effect {
            fixes = fixes == null ? List.of() : List.copyOf(fixes);
        }

        /** An effect no field change but a threshold lifts. */
        public Effect(String kind, String value, Finding finding, ThresholdCrossed crossed) {
            this(kind, value, finding, crossed, List.of());
        }

        /** The comparison with a policy threshold in words ("12000 > 10000 (fastTrackMaxAnnualCost)"), or empty. */
        public String threshold() {
            return crossed == null ? "" : crossed.inequality();
        }

        /**
         * What would lift the finding, the rule's fixes first and the threshold after: "set spec.access.sso to
         * true, or set spec.users to at most 10"; empty when neither is known.
         */
        public String remedy() {
            String fix = String.join(" and ", fixes.stream().map(FieldFix::remedy).toList());
            String threshold = crossed == null ? "" : crossed.remedy();
            return fix.isEmpty() ? threshold : threshold.isEmpty() ? fix : fix + ", or " + threshold;
        }
    }
}
