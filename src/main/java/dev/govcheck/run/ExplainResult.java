package dev.govcheck.run;

import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.Status;
import dev.govcheck.explain.Explanation;
import dev.govcheck.policy.RuleSet;
import java.util.List;
import java.util.Optional;

/**
 * What {@code explain} found: the explanation, or the result that stands in for it when there is none to give (the
 * file is not a valid proposal, or the rules failed on it); the waivers' notes and an invalid waivers file; and the
 * rule set used (null when the proposal was invalid, which is found before the rules load).
 */
public record ExplainResult(Optional<Explanation> explanation, Optional<FileResult> unexplained,
                            List<RunNote> notes, Optional<InvalidFile> invalidWaivers, RuleSet ruleSet) {
    public ExplainResult {
        notes = List.copyOf(notes);
    }

    static ExplainResult unexplained(FileResult result, RuleSet ruleSet) {
        return new ExplainResult(Optional.empty(), Optional.of(result), List.of(), Optional.empty(), ruleSet);
    }

    /**
     * The exit code of {@code check} for the decision explained (the overridden one in a what-if run); an invalid
     * waivers file makes it 2, as it would in {@code check}.
     */
    public int exitCode() {
        if (unexplained.isPresent()) {
            return Verdicts.exitCode(List.of(unexplained.get()), FailOn.VIOLATION);
        }
        if (invalidWaivers.isPresent()) {
            return ExitCode.INVALID_INPUT;
        }
        return explanation.orElseThrow().decision().status() == Status.FAIL ? ExitCode.FAIL : ExitCode.PASS;
    }
}
