package dev.govcheck.explain;

import dev.govcheck.decision.Finding;
import dev.govcheck.decision.ThresholdCrossed;

/**
 * A fast-track blocker: a rule's vote for a heavier path, located. {@code crossed} is the policy threshold the
 * rule compared, with the value that would remove the blocker, or null when the rule is not about a threshold
 * (then its message says what to change).
 */
public record Blocker(Finding finding, ThresholdCrossed crossed) {
}
