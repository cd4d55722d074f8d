package dev.govcheck.drl;

import dev.govcheck.decision.ProcessPath;

/** Result fact: a vote for a review path; a FAST_TRACK vote is the fast-track eligibility grant. */
public record PathVote(String rule, ProcessPath path, String field, String message, Crossing threshold) implements RuleOutput {
}
