package dev.govcheck.verify;

import dev.govcheck.proposal.InputError;
import java.util.List;

/**
 * A verify run: every case's result in file order, then case order, and the problems with case files (each
 * once, sorted). Cases that could not be built are results too ({@link CaseResult#error()}), so reports can
 * list them.
 */
public record VerifyResult(List<CaseResult> results, List<InputError> errors) {
    public VerifyResult {
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.stream().filter(CaseResult::failed).count();
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || results.stream().anyMatch(CaseResult::error);
    }
}
