package dev.govcheck.report;

import dev.govcheck.proposal.InputError;
import dev.govcheck.run.VerifyOutcome;
import dev.govcheck.verify.CaseResult;
import dev.govcheck.verify.Coverage;
import dev.govcheck.verify.VerifyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verify run as JUnit XML, which CI systems show as test results: one {@code <testsuite>} per case file, one
 * {@code <testcase>} per case; a failing case carries a {@code <failure>} with what differs, a case or file that
 * could not be read an {@code <error>} with file:line:column. With coverage, a last suite "coverage" has a test
 * per rule (named by its id, so CI tools track its history), skipped when no case fires it.
 */
public final class VerifyJunitReporter implements Report<VerifyOutcome> {
    @Override
    public void write(VerifyOutcome outcome, Writer out) throws IOException {
        VerifyResult result = outcome.result();
        Map<String, List<JunitXml.Case>> byFile = new LinkedHashMap<>();
        for (CaseResult r : result.results()) {
            byFile.computeIfAbsent(r.testCase().file(), f -> new ArrayList<>()).add(testcase(r));
        }
        Map<String, List<InputError>> fileErrors = new LinkedHashMap<>();
        for (InputError error : result.errors()) {
            boolean onACase = result.results().stream().anyMatch(r -> r.testCase().errors().contains(error));
            if (!onACase) {
                fileErrors.computeIfAbsent(error.file(), f -> new ArrayList<>()).add(error);
            }
        }
        fileErrors.forEach((file, errors) -> byFile.computeIfAbsent(file, f -> new ArrayList<>())
                .add(0, new JunitXml.Case(file, "(case file)", new JunitXml.Problem(false, "invalid case file",
                        "the case file could not be read", lines(errors)), null, null)));
        List<JunitXml.Suite> suites = new ArrayList<>();
        byFile.forEach((file, cases) -> suites.add(new JunitXml.Suite(file, cases)));
        if (outcome.coverage() != null) {
            suites.add(coverage(outcome.coverage()));
        }
        JunitXml.write("govcheck verify", suites, out);
    }

    private static JunitXml.Case testcase(CaseResult r) {
        JunitXml.Problem problem = null;
        if (r.failed()) {
            problem = new JunitXml.Problem(true, "expectation", r.location() + ": "
                    + String.join("; ", r.locatedDifferences()), String.join("\n", r.locatedDifferences()
                    .stream().map(d -> r.location() + ": " + d).toList()));
        } else if (r.error()) {
            List<InputError> errors = r.testCase().errors();
            problem = new JunitXml.Problem(false, "invalid case", errors.isEmpty()
                    ? "the case's proposal could not be read" : errors.get(0).format(), lines(errors));
        }
        return new JunitXml.Case(r.testCase().file(), r.testCase().name(), problem, null, null);
    }

    private static JunitXml.Suite coverage(Coverage coverage) {
        List<JunitXml.Case> cases = new ArrayList<>();
        for (Coverage.RuleCoverage rule : coverage.rules()) {
            cases.add(new JunitXml.Case("coverage", rule.id(), null, rule.covered() ? null
                    : "no case fires " + rule.id() + " (" + rule.file() + ":" + rule.line() + ")", null));
        }
        return new JunitXml.Suite("coverage", cases);
    }

    private static String lines(List<InputError> errors) {
        return String.join("\n", errors.stream().map(InputError::format).toList());
    }
}
