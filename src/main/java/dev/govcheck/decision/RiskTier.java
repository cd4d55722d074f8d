package dev.govcheck.decision;

/** Risk tiers, lowest first: the fold takes the highest that any rule voted. */
public enum RiskTier {
    LOW, MEDIUM, HIGH, CRITICAL;

    public boolean atLeast(RiskTier other) {
        return compareTo(other) >= 0;
    }
}
