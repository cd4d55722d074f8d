package dev.govcheck.drl;

/** Result fact: what must be done before go-live. */
public record Obligation(String rule, String field, String message, Crossing threshold) implements RuleOutput {
}
