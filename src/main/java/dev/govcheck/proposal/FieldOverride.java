package dev.govcheck.proposal;

/**
 * A value given on the command line for one field ({@code explain --set spec.users=200}): the proposal is read
 * as if the file said so. {@code path} is normalised ({@code spec.integrations[0].direction}); {@code value} is
 * the text after the first '=', typed later by the field's schema type.
 */
public record FieldOverride(String path, String value) {
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
            return new FieldOverride(ProposalFields.join(ProposalFields.parse(path)), value);
        } catch (ProposalFields.FieldPathException e) {
            throw new OverrideException(argument, e.getMessage());
        }
    }

    /** Whether this override changes {@code field} or a part of it or a field inside it. */
    public boolean touches(String field) {
        return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[")
                || field.startsWith(path + ".") || field.startsWith(path + "[");
    }

    @Override
    public String toString() {
        return path + "=" + value;
    }
}
