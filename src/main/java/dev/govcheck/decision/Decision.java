package dev.govcheck.decision;

import java.util.List;

/**
 * The outcome for one proposal (the outcome model; README, "Architecture" and "The decision"). Every list is in a
 * stable order so that the same inputs give the same bytes in every report. {@code fastTrackEligible} is false when
 * no rule granted fast-track eligibility (a feature change, a pilot): then {@code fastTrackBlockers} is empty and
 * {@code notEligibleBecause} names the fields that make it so ({@code spec.changeType: feature}), for reports to
 * say. An EMERGENCY path has no blockers either: an emergency change is not kept from the fast track, it bypasses
 * the queues.
 *
 * <p>The status is not stored: it follows from the violations ({@link #status()}), so whatever a run does to them
 * (a waiver removes one, {@code --fail-on} adds one, a baseline moves one to {@code known}) the verdict every report
 * prints is the same.
 *
 * <p>{@code known} holds the error violations a baseline lists (they were there when the policy was adopted): they
 * fail nothing, and reports show them as known.
 */
public record Decision(String file, String id, String kind, String title, RiskTier tier,
                       ProcessPath path, Queue queue, List<Approval> approvals, List<Finding> violations,
                       List<Finding> obligations, boolean fastTrackEligible, List<Finding> fastTrackBlockers,
                       List<Ineligibility> notEligibleBecause, List<Waiver> waived, List<Finding> known,
                       List<String> fired, List<FiredRule> trace) implements FileResult {
    public Decision {
        approvals = List.copyOf(approvals);
        violations = List.copyOf(violations);
        obligations = List.copyOf(obligations);
        fastTrackBlockers = List.copyOf(fastTrackBlockers);
        notEligibleBecause = List.copyOf(notEligibleBecause);
        waived = List.copyOf(waived);
        known = List.copyOf(known);
        fired = List.copyOf(fired);
        trace = trace instanceof LazyTrace ? trace : List.copyOf(trace); // built when first read
    }

    /** A decision as the rules made it: nothing known from a baseline yet. */
    public Decision(String file, String id, String kind, String title, RiskTier tier, ProcessPath path, Queue queue,
                    List<Approval> approvals, List<Finding> violations, List<Finding> obligations,
                    boolean fastTrackEligible, List<Finding> fastTrackBlockers,
                    List<Ineligibility> notEligibleBecause, List<Waiver> waived, List<String> fired,
                    List<FiredRule> trace) {
        this(file, id, kind, title, tier, path, queue, approvals, violations, obligations, fastTrackEligible,
                fastTrackBlockers, notEligibleBecause, waived, List.of(), fired, trace);
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
                fastTrackEligible, fastTrackBlockers, notEligibleBecause, newWaived, known, fired, trace);
    }

    /** This decision with the violations a baseline knows moved from {@code violations} to {@code known}. */
    public Decision withKnown(List<Finding> newViolations, List<Finding> newKnown) {
        return new Decision(file, id, kind, title, tier, path, queue, approvals, newViolations, obligations,
                fastTrackEligible, fastTrackBlockers, notEligibleBecause, waived, newKnown, fired, trace);
    }
}
