package dev.govcheck.proposal;

/** A {@code --set} that does not fit the proposal: an unknown field, a value of the wrong type (usage error). */
public class OverrideException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;

    public OverrideException(String argument, String problem) {
        super("--set " + argument + ": " + problem);
        this.problem = problem;
    }

    /** What is wrong, without the argument: "spec.users is a whole number, got 'eight'". */
    public String problem() {
        return problem;
    }
}
