package dev.govcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --format json}: the outcome model (package decision), {@code {"results": [...], "summary": {...}}},
 * then the run's warnings and notices when there are any.
 */
public final class JsonReporter implements Report<RunResult> {
    /** {@code known}: the findings a baseline knew, only when the run compared with one. */
    record Summary(int files, int pass, int fail, int invalid, int error,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Integer known) {
    }

    record Document(List<Object> results, Summary summary,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notices) {
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        RunResult.Summary s = run.summary();
        List<String> warnings = new ArrayList<>(run.warnings());
        run.notes(RunNote.Level.WARNING).forEach(note -> warnings.add(note.located()));
        Json.write(new Document(run.results().stream().map(r -> JsonViews.result(r, run.hasBaseline())).toList(),
                new Summary(s.files(), s.pass(), s.fail(), s.invalid(), s.error(),
                        run.hasBaseline() ? run.known() : null), warnings,
                run.notes(RunNote.Level.NOTICE).stream().map(RunNote::located).toList()), out);
    }
}
