package dev.govcheck.proposal;

import java.util.Comparator;

/**
 * One thing wrong with an input file, with where it is. {@code field} is the proposal field path
 * (e.g. {@code spec.users}) or empty when the problem is not about one field (a syntax error, say).
 */
public record InputError(String file, Position position, String field, String message) {
    public static final Comparator<InputError> ORDER = Comparator.comparing(InputError::file)
            .thenComparing(InputError::position)
            .thenComparing(InputError::field)
            .thenComparing(InputError::message);

    public InputError {
        field = field == null ? "" : field;
    }

    /**
     * {@code file:line:column: error: field: message}, the form compilers use and editors link; always one
     * line, even for a file whose name holds a line break.
     */
    public String format() {
        return ValueText.escapeControls(file) + ":" + position + ": error: " + (field.isEmpty() ? "" : field + ": ")
                + message;
    }
}
