package dev.govcheck.verify;

import dev.govcheck.decision.Decision;
import java.util.List;

/**
 * The outcome of one case: the decision the rules reached and how it differs from the expectation (empty
 * when the case passes). {@code decision} is null when the case could not be run ({@code testCase.errors()}).
 */
public record CaseResult(TestCase testCase, Decision decision, List<String> differences) {
    public CaseResult {
        differences = List.copyOf(differences);
    }

    public boolean error() {
        return decision == null;
    }

    public boolean passed() {
        return decision != null && differences.isEmpty();
    }

    public boolean failed() {
        return decision != null && !differences.isEmpty();
    }
}
