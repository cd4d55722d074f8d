package dev.govcheck.drl;

import java.util.List;

/** Result fact: what must be done before go-live. */
public record Obligation(String rule, String field, String message, Crossing threshold, List<Fix> fixes) implements RuleOutput {
    public Obligation {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    /** Without fixes: a finding only a threshold (or nothing the proposal can change) lifts. */
    public Obligation(String rule, String field, String message, Crossing threshold) {
        this(rule, field, message, threshold, List.of());
    }
}
