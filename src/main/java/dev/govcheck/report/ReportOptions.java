package dev.govcheck.report;

import dev.govcheck.decision.RiskTier;

/**
 * What reporters need to know of the run besides its results: colour, quietness, and the tier from which a
 * proposal counts as failed (null: only error violations fail, which is {@code --fail-on violation}).
 */
public record ReportOptions(boolean color, boolean quiet, RiskTier failTier) {
    public static final ReportOptions PLAIN = new ReportOptions(false, false, null);
}
