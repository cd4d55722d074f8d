package dev.govcheck.decision;

import java.util.List;

/**
 * The outcome for one proposal (DESIGN.md, outcome model). Every list is in a stable order so that the same
 * inputs give the same bytes in every report. {@code fastTrackEligible} is false when no rule granted fast-track
 * eligibility (a feature change, a pilot): then {@code fastTrackBlockers} is empty and {@code notEligibleBecause}
 * names the fields that make it so ({@code spec.changeType: feature}), for reports to say. An EMERGENCY path has no
 * blockers either: an emergency change is not kept from the fast track, it bypasses the queues.
 *
 * <p>The status is not stored: it follows from the violations ({@link #status()}), so whatever a run does to them
 * (a waiver removes one, {@code --fail-on} adds one) the verdict every report prints is the same.
 */
public record Decision(String file, String id, String kind, String title, RiskTier tier,
                       ProcessPath path, Queue queue, List<Approval> approvals, List<Finding> violations,
                       List<Finding> obligations, boolean fastTrackEligible, List<Finding> fastTrackBlockers,
                       List<Ineligibility> notEligibleBecause, List<Waiver> waived, List<String> fired,
                       List<FiredRule> trace) implements FileResult {
    public Decision {
        approvals = List.copyOf(approvals);
        violations = List.copyOf(violations);
        obligations = List.copyOf(obligations);
        fastTrackBlockers = List.copyOf(fastTrackBlockers);
        notEligibleBecause = List.copyOf(notEligibleBecause);
        waived = List.copyOf(waived);
        fired = List.copyOf(fired);
        trace = List.copyOf(trace);
    }

    /** FAIL when an error violation remains, else PASS: the one place a decision's verdict is computed. */
    @Override
    public Status status() {
        return hasErrors() ? Status.FAIL : Status.PASS;
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }

    /** This decision with other violations (and so perhaps another status) and waivers: the run's post-processing. */
    public Decision withViolations(List<Finding> newViolations, List<Waiver> newWaived) {
        return new Decision(file, id, kind, title, tier, path, queue, approvals, newViolations, obligations,
                fastTrackEligible, fastTrackBlockers, notEligibleBecause, newWaived, fired, trace);
    }
}
