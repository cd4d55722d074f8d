package dev.govcheck.drl;

import dev.govcheck.decision.Severity;
import java.util.List;

/** Result fact: what makes the proposal unacceptable as written (errors fail it). */
public record Violation(String rule, Severity severity, String field, String message, Crossing threshold, List<Fix> fixes) implements RuleOutput {
    public Violation {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    /** Without fixes: a finding only a threshold (or nothing the proposal can change) lifts. */
    public Violation(String rule, Severity severity, String field, String message, Crossing threshold) {
        this(rule, severity, field, message, threshold, List.of());
    }
}
