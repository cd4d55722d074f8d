package dev.govcheck.drl;

import dev.govcheck.decision.Severity;

/** Result fact: what makes the proposal unacceptable as written (errors fail it). */
public record Violation(String rule, Severity severity, String field, String message, Crossing threshold) implements RuleOutput {
}
