package dev.govcheck.decision;

import java.util.Comparator;
import java.util.List;

/**
 * Everything a run found: one result per input file, sorted by file name, and run-level warnings (an expired
 * waiver, say). Reporters see only this.
 */
public record RunResult(List<FileResult> results, List<String> warnings) {
    public RunResult {
        results = results.stream().sorted(Comparator.comparing(FileResult::file)).toList();
        warnings = List.copyOf(warnings);
    }

    public Summary summary() {
        int pass = 0;
        int fail = 0;
        int invalid = 0;
        for (FileResult result : results) {
            switch (result.status()) {
                case PASS -> pass++;
                case FAIL -> fail++;
                case INVALID -> invalid++;
            }
        }
        return new Summary(results.size(), pass, fail, invalid);
    }

    /** Counts by status. */
    public record Summary(int files, int pass, int fail, int invalid) {
    }
}
