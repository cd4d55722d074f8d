package dev.govcheck.run;

import dev.govcheck.policy.RuleSet;
import dev.govcheck.verify.Coverage;
import dev.govcheck.verify.VerifyResult;

/**
 * What {@code verify} found: every case's result and the problems with case files, the coverage when asked for
 * (null otherwise), whether it is below {@code --min}, and the rule set the cases ran against.
 */
public record VerifyOutcome(VerifyResult result, Coverage coverage, Double minCoverage, RuleSet ruleSet) {
    /** Whether coverage was asked for with a minimum and falls below it. */
    public boolean belowMinimum() {
        return coverage != null && minCoverage != null && !coverage.atLeast(minCoverage);
    }

    /** 2 when a case file is malformed, else 1 when a case fails or coverage is below the minimum, else 0. */
    public int exitCode() {
        if (result.hasErrors()) {
            return ExitCode.INVALID_INPUT;
        }
        return result.failed() > 0 || belowMinimum() ? ExitCode.FAIL : ExitCode.PASS;
    }
}
