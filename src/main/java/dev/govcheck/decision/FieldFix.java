package dev.govcheck.decision;

/**
 * A change to one proposal field that a rule says lifts its finding (besides any threshold): {@code spec.access.sso}
 * set to {@code true}. {@code value} is written as {@code explain --set} takes it.
 */
public record FieldFix(String field, String value) {
    /** In words: {@code set spec.access.sso to true}. */
    public String remedy() {
        return "set " + field + " to " + value;
    }

    /** As an {@code explain --set} argument: {@code spec.access.sso=true}. */
    public String setting() {
        return field + "=" + value;
    }
}
