package dev.govcheck.drl;

import java.util.List;

/** Result fact: a role that must approve the proposal. */
public record ApprovalRequirement(String rule, String role, String field, String message, Crossing threshold, List<Fix> fixes) implements RuleOutput {
    public ApprovalRequirement {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    /** Without fixes: a finding only a threshold (or nothing the proposal can change) lifts. */
    public ApprovalRequirement(String rule, String role, String field, String message, Crossing threshold) {
        this(rule, role, field, message, threshold, List.of());
    }
}
