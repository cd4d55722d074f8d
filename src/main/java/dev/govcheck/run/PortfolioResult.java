package dev.govcheck.run;

import dev.govcheck.decision.RunResult;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.portfolio.Portfolio;

/**
 * What {@code portfolio} found: the figures, the run they were computed from (each file's result as {@code check}
 * judges it, with the run's warnings and notes), the rule set that decided, and how long it took to load.
 */
public record PortfolioResult(Portfolio portfolio, RunResult run, RuleSet ruleSet, long ruleSetMillis) {
    /**
     * 3 when a rule failed on a proposal, else 2 when an input is invalid, else 0: the portfolio reports failing
     * proposals, it does not gate on them (that is {@code check}'s job), but it never hides a broken input or rule.
     */
    public int exitCode() {
        return Verdicts.exitCode(run.results(), FailOn.NEVER);
    }
}
