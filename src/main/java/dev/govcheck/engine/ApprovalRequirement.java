package dev.govcheck.engine;

/** Result fact: a role that must approve the proposal. */
public record ApprovalRequirement(String rule, String role, String field, String message, Threshold threshold) implements RuleOutput {
}
