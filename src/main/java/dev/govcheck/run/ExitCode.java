package dev.govcheck.run;

/** govcheck's exit codes (README, "Usage"): each outcome has its own, so CI can tell failures from errors. */
public final class ExitCode {
    /** Every proposal passes. */
    public static final int PASS = 0;
    /** At least one proposal fails (an error violation, or a tier at or above --fail-on). */
    public static final int FAIL = 1;
    /**
     * At least one input could not be read or is invalid (the others were still checked), or a report could not be
     * written completely.
     */
    public static final int INVALID_INPUT = 2;
    /** The rule set could not be loaded, or a rule failed on a proposal (that proposal's result is ERROR). */
    public static final int RULE_SET_ERROR = 3;
    /** The command line was wrong. */
    public static final int USAGE = 64;
    /** A bug in govcheck itself (EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }

    /**
     * The more serious of two outcomes of one run (3 over 2 over 1 over 0), so that a second problem never hides
     * the first: a report cut short turns a pass into 2, but never a broken rule set (3) into 2.
     */
    public static int worse(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case PASS -> 0;
            case FAIL -> 1;
            case INVALID_INPUT -> 2;
            case RULE_SET_ERROR -> 3;
            default -> 4;
        };
    }
}
