package dev.govcheck.run;

import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.policy.RuleSet;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code diff} found: every proposal whose decision the change moves (sorted by file), how many files were
 * compared, the inputs that are not valid (each counted once, whichever rule set), the run's warnings and the
 * waivers' notes (as the changed rule set's decisions leave them), and both rule sets with how long each took to
 * load (for --debug). {@code baseCommit} is the commit --base-ref named, or null.
 */
public record DiffResult(List<DecisionChange> changes, int files, List<InvalidFile> invalid, List<String> warnings,
                         List<RunNote> notes, RuleSet base, RuleSet changed, String baseCommit, long baseMillis,
                         long changedMillis, DiffFailOn failOn) {
    public DiffResult {
        changes = changes.stream().sorted(Comparator.comparing(DecisionChange::file)).toList();
        invalid = invalid.stream().sorted(Comparator.comparing(InvalidFile::file)).toList();
        warnings = List.copyOf(warnings);
        notes = notes.stream().sorted(RunNote.ORDER).toList();
    }

    /**
     * The counts: {@code files} compared, {@code changed} (every change listed, those of direction ERROR
     * included), by direction, {@code unchanged} and {@code invalid}.
     */
    public record Summary(int files, int changed, int stricter, int looser, int mixed, int errors, int unchanged,
                          int invalid) {
    }

    public Summary summary() {
        int stricter = count(ChangeDirection.STRICTER);
        int looser = count(ChangeDirection.LOOSER);
        int mixed = count(ChangeDirection.MIXED);
        int errors = count(ChangeDirection.ERROR);
        return new Summary(files, changes.size(), stricter, looser, mixed, errors,
                files - changes.size() - invalid.size(), invalid.size());
    }

    /** Whether {@code change} is one that --fail-on fails the run for. */
    public boolean fails(DecisionChange change) {
        return failOn.failsOn(change.direction());
    }

    /**
     * 3 when either rule set's rules failed on a proposal, else 2 when an input is invalid, else 1 when a change
     * is one --fail-on names, else 0: the more serious outcome wins, as in {@code check}.
     */
    public int exitCode() {
        if (count(ChangeDirection.ERROR) > 0) {
            return ExitCode.RULE_SET_ERROR;
        }
        if (!invalid.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        return changes.stream().anyMatch(this::fails) ? ExitCode.FAIL : ExitCode.PASS;
    }

    private int count(ChangeDirection direction) {
        return (int) changes.stream().filter(c -> c.direction() == direction).count();
    }
}
