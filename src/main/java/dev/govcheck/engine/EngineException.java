package dev.govcheck.engine;

/**
 * The rules failed while running on one proposal (a consequence threw, they kept firing without settling, or they
 * ran past the time limit): the rule set is at fault, not the proposal. {@code rule} is the id of the rule at
 * fault, or empty when no single rule is (a time limit reached between firings).
 */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public EngineException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule == null ? "" : rule;
    }

    public String rule() {
        return rule;
    }
}
