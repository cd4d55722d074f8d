package dev.govcheck.policy;

/** A problem in a rule set file, located: a DRL compile error, a malformed policy.yaml. */
public record RuleSetError(String file, int line, int column, String message) {
    public String format() {
        String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        return where + ": error: " + message;
    }
}
