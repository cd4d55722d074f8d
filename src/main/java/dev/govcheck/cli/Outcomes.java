package dev.govcheck.cli;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Status;

/** The one place where a run's results become an exit code. */
public final class Outcomes {
    private Outcomes() {
    }

    public static int exitCode(RunResult run, FailOn failOn) {
        boolean invalid = false;
        boolean failed = false;
        for (FileResult result : run.results()) {
            if (result.status() == Status.INVALID) {
                invalid = true;
            } else if (fails((Decision) result, failOn)) {
                failed = true;
            }
        }
        return invalid ? ExitCode.INVALID_INPUT : failed ? ExitCode.FAIL : ExitCode.PASS;
    }

    /** Whether a decision fails the run under {@code failOn}. */
    public static boolean fails(Decision decision, FailOn failOn) {
        if (failOn == FailOn.NEVER) {
            return false;
        }
        if (decision.status() == Status.FAIL) {
            return true;
        }
        return failOn.tier() != null && decision.tier().atLeast(failOn.tier());
    }
}
