package dev.govcheck.drl;

import java.util.List;

/**
 * A result fact inserted by a rule. Rules never compute the final answer; they state votes and findings,
 * each with the rule id and the proposal field it is about, and govcheck folds them into the decision.
 */
public sealed interface RuleOutput permits TierVote, PathVote, ApprovalRequirement, Violation, Obligation {
    String rule();

    String field();

    String message();

    /** The threshold the rule found crossed, or null. */
    Crossing threshold();

    /** The changes to the proposal that lift the finding together, other than a threshold; empty when none. */
    List<Fix> fixes();
}
