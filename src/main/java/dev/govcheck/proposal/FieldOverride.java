package dev.govcheck.proposal;

import dev.govcheck.proposal.FieldPath.FieldPathException;

/**
 * A value given on the command line for one field ({@code explain --set spec.users=200}): the proposal is read
 * as if the file said so. {@code value} is the text after the first '=', typed later by the field's schema
 * type; {@code null} removes the field.
 */
public record FieldOverride(FieldPath path, String value) {
    /** Parses {@code PATH=VALUE}; a malformed argument is an {@link OverrideException}. */
    public static FieldOverride parse(String argument) throws OverrideException {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new OverrideException(argument, "expected PATH=VALUE, e.g. spec.users=200");
        }
        String path = argument.substring(0, eq).strip();
        String value = argument.substring(eq + 1).strip();
        if (value.isEmpty()) {
            throw new OverrideException(argument, "give a value after '=', e.g. " + path + "=...");
        }
        try {
            return new FieldOverride(FieldPath.parse(path), value);
        } catch (FieldPathException e) {
            throw new OverrideException(argument, e.getMessage());
        }
    }

    /**
     * What keeps {@code --set path=value} from applying to a proposal of {@code kind} (a field the kind does not
     * have, a value of the wrong type), or null when it would apply: a rule's offered fix must be one.
     */
    public static String problem(Kind kind, String path, String value) {
        try {
            FieldOverrides.typed(kind, new FieldOverride(FieldPath.parse(path), value));
            return null;
        } catch (FieldPathException e) {
            return e.getMessage();
        } catch (OverrideException e) {
            return e.problem();
        }
    }

    /** Whether the value removes the field rather than setting it. */
    public boolean removes() {
        return value.equals("null");
    }

    /** Whether this override changes {@code field} or a part of it or a field inside it. */
    public boolean touches(String field) {
        try {
            return path.overlaps(FieldPath.parse(field));
        } catch (FieldPathException e) {
            return false; // not a field path (a derived value), so nothing a --set can change
        }
    }

    @Override
    public String toString() {
        return path + "=" + value;
    }
}
