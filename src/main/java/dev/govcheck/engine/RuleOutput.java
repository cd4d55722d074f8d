package dev.govcheck.engine;

/**
 * A result fact inserted by a rule. Rules never compute the final answer; they state votes and findings,
 * each with the rule id and the proposal field it is about, and {@link Fold} turns them into a decision.
 */
public sealed interface RuleOutput permits TierVote, PathVote, ApprovalRequirement, Violation, Obligation {
    String rule();

    String field();

    String message();

    /** The policy threshold the rule compared against, or null. */
    Threshold threshold();
}
