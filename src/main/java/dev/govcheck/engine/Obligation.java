package dev.govcheck.engine;

/** Result fact: what must be done before go-live. */
public record Obligation(String rule, String field, String message, Threshold threshold) implements RuleOutput {
}
