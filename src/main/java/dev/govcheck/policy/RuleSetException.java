package dev.govcheck.policy;

import java.util.List;

/** The rule set could not be loaded; carries every error found (exit code 3). */
public class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleSetError> errors;

    public RuleSetException(List<RuleSetError> errors) {
        super(errors.isEmpty() ? "rule set could not be loaded" : errors.get(0).format());
        this.errors = List.copyOf(errors);
    }

    public RuleSetException(String file, String message) {
        this(List.of(new RuleSetError(file, 0, 0, message)));
    }

    public List<RuleSetError> errors() {
        return errors;
    }
}
