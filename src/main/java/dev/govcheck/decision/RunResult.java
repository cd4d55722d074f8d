package dev.govcheck.decision;

import java.util.Comparator;
import java.util.List;

/**
 * Everything a run found: one result per input file, sorted by file name, run-level warnings (no proposal
 * found, say), and run-level notes (an expired waiver, one about to expire, a file skipped). {@code baseline} names
 * the baseline file the run compared its findings with, empty when none: then reports say which findings are new
 * and which known. Reporters see only this.
 */
public record RunResult(List<FileResult> results, List<String> warnings, List<RunNote> notes, String baseline) {
    public RunResult {
        results = results.stream().sorted(Comparator.comparing(FileResult::file)).toList();
        warnings = List.copyOf(warnings);
        notes = notes.stream().sorted(RunNote.ORDER).toList();
    }

    public RunResult(List<FileResult> results, List<String> warnings, List<RunNote> notes) {
        this(results, warnings, notes, "");
    }

    public RunResult(List<FileResult> results, List<String> warnings) {
        this(results, warnings, List.of());
    }

    /** Whether the run compared its findings with a baseline. */
    public boolean hasBaseline() {
        return !baseline.isEmpty();
    }

    /** How many error violations a baseline knew, over every decision. */
    public int known() {
        return results.stream().mapToInt(r -> r instanceof Decision d ? d.known().size() : 0).sum();
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
