package dev.govcheck.drl;

/** Result fact: a role that must approve the proposal. */
public record ApprovalRequirement(String rule, String role, String field, String message, Crossing threshold) implements RuleOutput {
}
