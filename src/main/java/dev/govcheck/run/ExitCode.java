package dev.govcheck.run;

/** govcheck's exit codes (DESIGN.md): each outcome has its own, so CI can tell failures from errors. */
public final class ExitCode {
    /** Every proposal passes. */
    public static final int PASS = 0;
    /** At least one proposal fails (an error violation, or a tier at or above --fail-on). */
    public static final int FAIL = 1;
    /** At least one input could not be read or is invalid; the others were still checked. */
    public static final int INVALID_INPUT = 2;
    /** The rule set could not be loaded (or its rules failed while running). */
    public static final int RULE_SET_ERROR = 3;
    /** The command line was wrong. */
    public static final int USAGE = 64;
    /** A bug in govcheck itself (EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
