package dev.govcheck.verify;

import dev.govcheck.proposal.InputError;
import java.util.List;

/**
 * A file of rule test cases, in the order written. {@code errors} are problems with the file as a whole (not
 * YAML, no {@code cases} list); a case's own problems are on the case, so the file's other cases still run.
 */
public record CaseFile(String file, List<TestCase> cases, List<InputError> errors) {
    public CaseFile {
        cases = List.copyOf(cases);
        errors = List.copyOf(errors);
    }
}
