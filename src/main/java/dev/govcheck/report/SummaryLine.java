package dev.govcheck.report;

import dev.govcheck.decision.RunResult;

/** The run's counts in words, as the CI formats head or end their report. */
final class SummaryLine {
    private SummaryLine() {
    }

    /**
     * "govcheck: 6 files: 4 pass, 2 fail, 0 invalid", ", 1 error" when the rules failed on a proposal, and
     * " (3 known findings in the baseline)" when the run compared with a baseline.
     */
    static String of(RunResult run) {
        RunResult.Summary s = run.summary();
        return "govcheck: " + s.files() + (s.files() == 1 ? " file: " : " files: ") + s.pass() + " pass, " + s.fail()
                + " fail, " + s.invalid() + " invalid" + (s.error() > 0 ? ", " + s.error() + " error" : "")
                + known(run);
    }

    /** " (3 known findings in the baseline)" when the run compared with a baseline, else nothing. */
    static String known(RunResult run) {
        if (!run.hasBaseline()) {
            return "";
        }
        int known = run.known();
        return " (" + known + " known " + (known == 1 ? "finding" : "findings") + " in the baseline)";
    }
}
