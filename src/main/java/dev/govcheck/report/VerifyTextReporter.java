package dev.govcheck.report;

import dev.govcheck.run.VerifyOutcome;
import dev.govcheck.verify.CaseResult;
import dev.govcheck.verify.Coverage;
import dev.govcheck.verify.VerifyResult;
import java.io.IOException;
import java.io.Writer;

/**
 * The text form of a verify run: {@code PASS name} or {@code FAIL name: what differs} per case, the coverage
 * table when asked for, and last exactly {@code N passed, N failed}. Problems with case files are not here:
 * they go to standard error as {@code file:line:column: error: ...} lines.
 */
public final class VerifyTextReporter implements Report<VerifyOutcome> {
    private final boolean quiet;

    /** {@code quiet}: leave out the PASS lines and the covered rules. */
    public VerifyTextReporter(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public void write(VerifyOutcome outcome, Writer out) throws IOException {
        VerifyResult result = outcome.result();
        Coverage coverage = outcome.coverage();
        for (CaseResult r : result.results()) {
            if (r.passed() && !quiet) {
                out.append("PASS ").append(r.testCase().name()).append('\n');
            } else if (r.failed()) {
                // where the case is, then what differs with the line of each expectation it breaks: editors and CI
                // logs link file:line:column, so a failure leads straight to its case
                out.append("FAIL ").append(r.location()).append(": ").append(r.testCase().name()).append(": ")
                        .append(String.join("; ", r.locatedDifferences())).append('\n');
            }
        }
        if (coverage != null) {
            writeCoverage(coverage, out);
        }
        out.append(Long.toString(result.passed())).append(" passed, ").append(Long.toString(result.failed()))
                .append(" failed\n");
    }

    private void writeCoverage(Coverage coverage, Writer out) throws IOException {
        out.append('\n').append("Coverage: ").append(Integer.toString(coverage.covered())).append(" of ")
                .append(Integer.toString(coverage.total())).append(" rules fired by at least one case (")
                .append(coverage.percentText()).append(")\n");
        int width = coverage.rules().stream().mapToInt(r -> r.id().length()).max().orElse(4);
        if (quiet && coverage.uncovered().isEmpty()) {
            out.append('\n');
            return; // quiet lists only the rules no case fires, and there are none
        }
        out.append("  ").append(pad("rule", width)).append("  cases firing it  cases showing it not firing\n");
        for (Coverage.RuleCoverage rule : coverage.rules()) {
            if (quiet && rule.covered()) {
                continue;
            }
            out.append("  ").append(pad(rule.id(), width)).append("  ")
                    .append(left(Integer.toString(rule.firedBy()), 15)).append("  ")
                    .append(left(Integer.toString(rule.notFiredChecks()), 27))
                    .append(rule.covered() ? "" : "  <- no case fires this rule (" + where(rule) + ")")
                    .append('\n');
        }
        if (!coverage.uncovered().isEmpty()) {
            out.append("Not fired by any case: ").append(String.join(", ",
                    coverage.uncovered().stream().map(Coverage.RuleCoverage::id).toList())).append('\n');
        }
        out.append('\n');
    }

    private static String where(Coverage.RuleCoverage rule) {
        return rule.line() > 0 ? rule.file() + ":" + rule.line() : rule.file();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String left(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
