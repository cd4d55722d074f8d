package dev.govcheck.run;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import java.util.List;

/**
 * What one rule set decided on one proposal, as far as {@code diff} compares it: the status, tier, path and
 * approval roles (sorted), and the rules that fired. When the rules failed on the proposal the status is ERROR,
 * tier and path are null, the lists are empty and {@code failure} says what happened (it is null otherwise).
 */
public record DecisionSnapshot(Status status, RiskTier tier, ProcessPath path, List<String> approvals,
                               List<String> fired, String failure) {
    public DecisionSnapshot {
        approvals = approvals.stream().sorted().distinct().toList();
        fired = fired.stream().sorted().distinct().toList();
    }

    /** The snapshot of a decision or of a failed evaluation; an invalid file has no decision to compare. */
    static DecisionSnapshot of(FileResult result) {
        if (result instanceof Decision d) {
            return new DecisionSnapshot(d.status(), d.tier(), d.path(),
                    d.approvals().stream().map(Approval::role).toList(), d.fired(), null);
        }
        if (result instanceof FailedEvaluation failed) {
            return new DecisionSnapshot(Status.ERROR, null, null, List.of(), List.of(), failed.message());
        }
        throw new IllegalArgumentException(result.file() + " is not a proposal with a decision");
    }

    /** Whether the rules failed on the proposal, so that nothing is known about it. */
    public boolean failed() {
        return status == Status.ERROR;
    }

    /** Whether {@code other} is the same decision: same status, tier, path and set of approval roles. */
    boolean sameDecisionAs(DecisionSnapshot other) {
        return status == other.status && tier == other.tier && path == other.path
                && approvals.equals(other.approvals);
    }
}
