package dev.govcheck.decision;

import java.util.Comparator;
import java.util.List;

/**
 * Everything a run found: one result per input file, sorted by file name, run-level warnings (no proposal
 * found, say), and located run-level notes (an expired waiver, one about to expire). Reporters see only this.
 */
public record RunResult(List<FileResult> results, List<String> warnings, List<RunNote> notes) {
    public RunResult {
        results = results.stream().sorted(Comparator.comparing(FileResult::file)).toList();
        warnings = List.copyOf(warnings);
        notes = notes.stream().sorted(RunNote.ORDER).toList();
    }

    public RunResult(List<FileResult> results, List<String> warnings) {
        this(results, warnings, List.of());
    }

    /** The notes of one level, in report order. */
    public List<RunNote> notes(RunNote.Level level) {
        return notes.stream().filter(n -> n.level() == level).toList();
    }

    public Summary summary() {
        int pass = 0;
        int fail = 0;
        int invalid = 0;
        int error = 0;
        for (FileResult result : results) {
            switch (result.status()) {
                case PASS -> pass++;
                case FAIL -> fail++;
                case INVALID -> invalid++;
                case ERROR -> error++;
            }
        }
        return new Summary(results.size(), pass, fail, invalid, error);
    }

    /** Counts by status. */
    public record Summary(int files, int pass, int fail, int invalid, int error) {
    }
}
