package dev.govcheck.proposal;

import java.util.List;

/** Thrown by readers when a file is not acceptable; carries every problem found, not just the first. */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).format());
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
