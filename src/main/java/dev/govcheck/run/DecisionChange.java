package dev.govcheck.run;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Status;
import java.util.List;
import java.util.Optional;

/**
 * One proposal whose decision a rule change moves: what the base rule set decided ({@code before}), what the
 * changed one decides ({@code after}), the approval roles and the rules that the change adds and removes, and
 * the direction. A proposal on which either rule set's rules fail is a change too, in direction ERROR: nothing is
 * known about it, so it cannot be counted as unchanged. {@code title} is empty when neither side decided.
 */
public record DecisionChange(String file, String id, String title, DecisionSnapshot before, DecisionSnapshot after,
                             ChangeDirection direction, List<String> approvalsAdded, List<String> approvalsRemoved,
                             List<String> rulesAdded, List<String> rulesRemoved) {
    public DecisionChange {
        approvalsAdded = List.copyOf(approvalsAdded);
        approvalsRemoved = List.copyOf(approvalsRemoved);
        rulesAdded = List.copyOf(rulesAdded);
        rulesRemoved = List.copyOf(rulesRemoved);
    }

    /**
     * The change between the base rule set's result on a proposal and the changed one's, or empty when the
     * decision is the same: the same status, tier, path and set of approval roles (the rules that fired may still
     * differ; that alone moves nothing for the proposal).
     */
    static Optional<DecisionChange> between(FileResult base, FileResult changed) {
        DecisionSnapshot before = DecisionSnapshot.of(base);
        DecisionSnapshot after = DecisionSnapshot.of(changed);
        String id = id(base);
        String title = base instanceof Decision d ? d.title() : changed instanceof Decision d ? d.title() : "";
        if (before.failed() || after.failed()) {
            return Optional.of(new DecisionChange(base.file(), id, title, before, after, ChangeDirection.ERROR,
                    List.of(), List.of(), List.of(), List.of()));
        }
        if (before.sameDecisionAs(after)) {
            return Optional.empty();
        }
        List<String> approvalsAdded = missingFrom(after.approvals(), before.approvals());
        List<String> approvalsRemoved = missingFrom(before.approvals(), after.approvals());
        int tier = after.tier().compareTo(before.tier());
        int path = after.path().compareTo(before.path());
        boolean stricter = tier > 0 || path > 0 || !approvalsAdded.isEmpty()
                || before.status() == Status.PASS && after.status() == Status.FAIL;
        boolean looser = tier < 0 || path < 0 || !approvalsRemoved.isEmpty()
                || before.status() == Status.FAIL && after.status() == Status.PASS;
        return Optional.of(new DecisionChange(base.file(), id, title, before, after,
                ChangeDirection.of(stricter, looser), approvalsAdded, approvalsRemoved,
                missingFrom(after.fired(), before.fired()), missingFrom(before.fired(), after.fired())));
    }

    private static String id(FileResult result) {
        return result instanceof Decision d ? d.id() : ((FailedEvaluation) result).id();
    }

    /** The items of {@code items} (sorted) that {@code others} does not have, in their order. */
    private static List<String> missingFrom(List<String> items, List<String> others) {
        return items.stream().filter(item -> !others.contains(item)).toList();
    }
}
