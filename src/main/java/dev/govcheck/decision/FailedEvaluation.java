package dev.govcheck.decision;

/**
 * A valid proposal that got no decision because the rules failed on it: a consequence threw, the rules kept
 * firing without settling, or the evaluation ran past its time limit. {@code rule} is the id of the rule at fault
 * when known (empty otherwise); {@code message} says what happened, in one line; {@code cause} is the exception
 * behind it, for --debug (null when there is none, as for a time limit). Rules are trusted code, so this is the
 * rule set's fault, not the proposal's; the run still reports every other file.
 */
public record FailedEvaluation(String file, String id, String rule, String message, Throwable cause)
        implements FileResult {
    @Override
    public Status status() {
        return Status.ERROR;
    }
}
