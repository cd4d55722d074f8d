package dev.govcheck.run;

import dev.govcheck.baseline.Baseline;
import dev.govcheck.decision.BuiltInCheck;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.Status;
import dev.govcheck.waiver.Waivers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where a run's results become verdicts and an exit code. A decision's status follows from its
 * violations ({@link Decision#status()}); {@code --fail-on} adds a violation of its own to a decision whose tier
 * reaches the level, so the decision is FAIL in every format and every summary counts it; waivers and a baseline
 * take violations away ({@link #judge}); and the exit code is read off the statuses.
 */
public final class Verdicts {
    private Verdicts() {
    }

    /**
     * A decision as the run judges it, in this order: the waivers excuse the error violations they name (a named
     * exception wins over everything), {@code --fail-on} adds its finding, and the baseline moves the error
     * violations it lists, that finding among them, to the decision's known findings. The status follows from the
     * violations left.
     */
    static Decision judge(Decision decision, Waivers waivers, FailOn failOn, Baseline baseline) {
        return baseline.apply(applyFailOn(waivers.apply(decision), failOn));
    }

    /**
     * The decision as {@code failOn} judges it: with a {@code GOVCHECK-FAIL-ON} error violation when its tier is at
     * or above the level, located where a rule voted for that tier and naming the rule, the tier and the level.
     */
    public static Decision applyFailOn(Decision decision, FailOn failOn) {
        if (failOn.tier() == null || !decision.tier().atLeast(failOn.tier())) {
            return decision;
        }
        String message = "risk tier " + decision.tier() + " is at or above --fail-on " + failOn;
        Optional<Finding> origin = tierOrigin(decision);
        Finding finding = origin
                .map(f -> new Finding(BuiltInCheck.FAIL_ON.id(), message + " (" + f.rule() + ": " + f.message() + ")",
                        f.field(), f.line(), f.column(), Severity.ERROR))
                .orElseGet(() -> new Finding(BuiltInCheck.FAIL_ON.id(), message, "", 1, 1, Severity.ERROR));
        List<Finding> violations = new ArrayList<>(decision.violations());
        violations.add(finding);
        violations.sort(Finding.ORDER);
        return decision.withViolations(violations, decision.waived());
    }

    /** The first place (in the file) where a rule voted for the tier the proposal ended with. */
    private static Optional<Finding> tierOrigin(Decision decision) {
        return decision.trace().stream()
                .flatMap(fired -> fired.effects().stream())
                .filter(effect -> effect.kind().equals("tier") && effect.value().equals(decision.tier().name()))
                .map(FiredRule.Effect::finding)
                .min(Finding.ORDER);
    }

    /**
     * The exit code of a run (README, "Usage"): 3 when a rule failed on a proposal, else 2 when an input is invalid,
     * else 1 when a proposal fails (unless {@code --fail-on never}), else 0. The more serious outcome wins, so a CI job
     * never reads "fail" where the rule set is broken.
     */
    public static int exitCode(List<? extends FileResult> results, FailOn failOn) {
        boolean error = false;
        boolean invalid = false;
        boolean failed = false;
        for (FileResult result : results) {
            Status status = result.status();
            error |= status == Status.ERROR;
            invalid |= status == Status.INVALID;
            failed |= status == Status.FAIL;
        }
        if (error) {
            return ExitCode.RULE_SET_ERROR;
        }
        if (invalid) {
            return ExitCode.INVALID_INPUT;
        }
        return failed && failOn != FailOn.NEVER ? ExitCode.FAIL : ExitCode.PASS;
    }
}
