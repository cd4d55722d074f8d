package dev.govcheck.explain;

import dev.govcheck.decision.FieldFix;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.ThresholdCrossed;
import java.util.List;

/**
 * A fast-track blocker: a rule's vote for a heavier path, located. {@code fixes} are the changes the rule says lift
 * it (together), offered first; {@code crossed} is the policy threshold the rule compared, with the value that
 * would remove the blocker, or null when the rule is not about a threshold. With neither, the rule's message says
 * what to change.
 */
public record Blocker(Finding finding, ThresholdCrossed crossed, List<FieldFix> fixes) {
    public Blocker {
        fixes = List.copyOf(fixes);
    }
}
