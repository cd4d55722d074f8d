package dev.govcheck.drl;

import dev.govcheck.decision.ProcessPath;
import java.util.List;

/** Result fact: a vote for a review path; a FAST_TRACK vote is the fast-track eligibility grant. */
public record PathVote(String rule, ProcessPath path, String field, String message, Crossing threshold, List<Fix> fixes) implements RuleOutput {
    public PathVote {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    /** Without fixes: a finding only a threshold (or nothing the proposal can change) lifts. */
    public PathVote(String rule, ProcessPath path, String field, String message, Crossing threshold) {
        this(rule, path, field, message, threshold, List.of());
    }
}
