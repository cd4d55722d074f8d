package dev.govcheck.report;

import dev.govcheck.run.DiffResult;

/** A diff's counts in words, as the text report ends and the Markdown comment heads with them. */
final class DiffSummaryLine {
    private DiffSummaryLine() {
    }

    /** "17 files: 2 changed (2 stricter, 0 looser, 0 mixed), 15 unchanged, 0 invalid" (and "1 error" when any). */
    static String of(DiffResult.Summary s) {
        return s.files() + (s.files() == 1 ? " file: " : " files: ") + s.changed() + " changed (" + s.stricter()
                + " stricter, " + s.looser() + " looser, " + s.mixed() + " mixed"
                + (s.errors() > 0 ? ", " + s.errors() + (s.errors() == 1 ? " error" : " errors") : "") + "), "
                + s.unchanged() + " unchanged, " + s.invalid() + " invalid";
    }
}
