package dev.govcheck.run;

import dev.govcheck.decision.RiskTier;
import java.util.Locale;

/** {@code --fail-on}: what makes a proposal count as failed for the exit code, besides error violations. */
public enum FailOn {
    VIOLATION(null), CRITICAL(RiskTier.CRITICAL), HIGH(RiskTier.HIGH), MEDIUM(RiskTier.MEDIUM), NEVER(null);

    private final RiskTier tier;

    FailOn(RiskTier tier) {
        this.tier = tier;
    }

    /** The tier from which a proposal fails, or null when tiers alone never fail it. */
    public RiskTier tier() {
        return tier;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
