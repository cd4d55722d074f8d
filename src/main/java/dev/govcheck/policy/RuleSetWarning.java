package dev.govcheck.policy;

/** Something in a rule set that works but should be fixed (a rule without a rationale), located. */
public record RuleSetWarning(String file, int line, String message) {
    /** {@code file:line: warning: message}, the form compilers use and editors link. */
    public String format() {
        return file + (line > 0 ? ":" + line : "") + ": warning: " + message;
    }
}
