package dev.govcheck.verify;

import dev.govcheck.decision.Decision;
import dev.govcheck.proposal.Position;
import java.util.List;

/**
 * The outcome of one case: the decision the rules reached and how it differs from the expectation (empty
 * when the case passes). {@code decision} is null when the case could not be run ({@code testCase.errors()}).
 */
public record CaseResult(TestCase testCase, Decision decision, List<Difference> differences) {
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

    /**
     * Each difference in words with where the case file states the expectation it breaks (line:column, since a
     * flow mapping states several on one line): "tier expected HIGH, got MEDIUM (at 14:13)".
     */
    public List<String> locatedDifferences() {
        return differences.stream().map(d -> {
            Position at = testCase.expectations().get(d.expectation());
            return at == null ? d.text() : d.text() + " (at " + at + ")";
        }).toList();
    }

    /** {@code file:line:column} of the case in its case file. */
    public String location() {
        return testCase.file() + ":" + testCase.position();
    }
}
