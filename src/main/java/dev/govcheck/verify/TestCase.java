package dev.govcheck.verify;

import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalFile;
import java.util.List;
import java.util.Map;

/**
 * One rule test case as read from its case file: the proposal to evaluate and what the decision must be, with
 * where the case starts and where each key of its {@code expect} stands ({@code expectations}: "tier" to its
 * position), so a failure names the lines to look at. {@code proposal} is null when the case could not be built;
 * {@code errors} then says why (with the case file's or the proposal file's line and column).
 */
public record TestCase(String file, Position position, String name, ProposalFile proposal, Expectation expect,
                       Map<String, Position> expectations, List<InputError> errors) {
    public TestCase {
        expectations = Map.copyOf(expectations);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty() && proposal != null && expect != null;
    }
}
