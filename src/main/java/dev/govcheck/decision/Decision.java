package dev.govcheck.decision;

import java.util.List;

/**
 * The outcome for one proposal (DESIGN.md, outcome model). Every list is in a stable order so that the same
 * inputs give the same bytes in every report. {@code fastTrackEligible} is false when no rule granted fast-track
 * eligibility (a feature change, a pilot): then {@code fastTrackBlockers} is empty and reports say so.
 */
public record Decision(String file, String id, String kind, String title, Status status, RiskTier tier,
                       ProcessPath path, Queue queue, List<Approval> approvals, List<Finding> violations,
                       List<Finding> obligations, boolean fastTrackEligible, List<Finding> fastTrackBlockers,
                       List<Waiver> waived, List<String> fired, List<FiredRule> trace) implements FileResult {
    public Decision {
        approvals = List.copyOf(approvals);
        violations = List.copyOf(violations);
        obligations = List.copyOf(obligations);
        fastTrackBlockers = List.copyOf(fastTrackBlockers);
        waived = List.copyOf(waived);
        fired = List.copyOf(fired);
        trace = List.copyOf(trace);
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }
}
