package dev.govcheck.run;

import dev.govcheck.decision.RunResult;
import dev.govcheck.policy.RuleSet;

/**
 * What {@code check} found: one result per input file with its verdict (waivers and --fail-on applied), the run's
 * warnings and notes, and the rule set that decided (its metadata names rules in reports, its warnings go to
 * standard error). {@code ruleSetMillis} is how long loading the rule set took, for --debug.
 */
public record CheckResult(RunResult run, RuleSet ruleSet, long ruleSetMillis, FailOn failOn) {
    /** The exit code of this run (see {@link Verdicts#exitCode}). */
    public int exitCode() {
        return Verdicts.exitCode(run.results(), failOn);
    }
}
