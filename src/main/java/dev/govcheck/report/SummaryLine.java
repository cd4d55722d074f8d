package dev.govcheck.report;

import dev.govcheck.decision.RunResult;

/** The run's counts in words, as the CI formats head or end their report. */
final class SummaryLine {
    private SummaryLine() {
    }

    /** "govcheck: 6 files: 4 pass, 2 fail, 0 invalid", and ", 1 error" when the rules failed on a proposal. */
    static String of(RunResult run) {
        RunResult.Summary s = run.summary();
        return "govcheck: " + s.files() + (s.files() == 1 ? " file: " : " files: ") + s.pass() + " pass, " + s.fail()
                + " fail, " + s.invalid() + " invalid" + (s.error() > 0 ? ", " + s.error() + " error" : "");
    }
}
