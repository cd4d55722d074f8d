package dev.govcheck.report;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML as Jenkins and GitLab read it: one {@code testsuite} for the run, one {@code testcase} per proposal
 * (classname = kind, name = id and file). A proposal that fails has a {@code failure} listing why (its error
 * violations, the {@code --fail-on} finding among them), one {@code file:line:column} line each; a file that is not
 * a valid proposal, or that the rules failed on, has an {@code error}. Every testcase's {@code system-out} holds
 * the decision as the text format shows it, waivers applied to it included (a waived violation is no failure). A
 * proposal whose only error violations are ones a baseline knew is skipped, the skip naming them. The
 * suite's {@code system-out} holds the run's notices (a waiver about to expire), its {@code system-err} the run's
 * warnings (an expired waiver, one that matches nothing), each as {@code file:line:column: level: message}.
 */
public final class JunitReporter implements Report<RunResult> {
    private static final String INVALID_CLASSNAME = "InvalidProposal";

    private final TextReporter text;

    public JunitReporter(ReportOptions options) {
        this.text = new TextReporter(options.withColor(false));
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        List<JunitXml.Case> cases = new ArrayList<>();
        for (FileResult result : run.results()) {
            cases.add(testcase(result));
        }
        List<String> warnings = new ArrayList<>();
        run.warnings().forEach(w -> warnings.add("warning: " + w));
        run.notes(RunNote.Level.WARNING).forEach(note -> warnings.add(note.format()));
        JunitXml.write("govcheck", List.of(new JunitXml.Suite("govcheck", cases,
                run.notes(RunNote.Level.NOTICE).stream().map(RunNote::format).toList(), warnings)), out);
    }

    private JunitXml.Case testcase(FileResult result) throws IOException {
        if (result instanceof InvalidFile invalid) {
            return new JunitXml.Case(INVALID_CLASSNAME, invalid.file(),
                    problem(false, "invalid input", Annotations.of(invalid)), null, null);
        }
        if (result instanceof FailedEvaluation failed) {
            return new JunitXml.Case(INVALID_CLASSNAME, failed.id() + " (" + failed.file() + ")",
                    problem(false, "rule error", Annotations.of(failed)), null, null);
        }
        Decision d = (Decision) result;
        JunitXml.Problem failure = d.status() == Status.FAIL
                ? problem(true, "violation", Annotations.of(d).stream()
                        .filter(a -> a.level() == Annotation.Level.ERROR).toList())
                : null;
        StringWriter block = new StringWriter();
        text.writeDecision(d, block);
        return new JunitXml.Case(d.kind(), d.id() + " (" + d.file() + ")", failure,
                failure == null ? skipped(Annotations.known(d)) : null, block.toString().stripTrailing());
    }

    /** Why a proposal that fails only on findings a baseline knew is skipped; null when there are none. */
    private static String skipped(List<Annotation> known) {
        if (known.isEmpty()) {
            return null;
        }
        StringBuilder message = new StringBuilder(known.size() == 1 ? "1 known finding" : known.size()
                + " known findings").append(" in the baseline (they fail nothing):");
        for (Annotation a : known) {
            message.append(' ').append(a.rule()).append(" at ").append(a.location()).append(';');
        }
        return message.substring(0, message.length() - 1);
    }

    /** A failure or error: the first reason as its message, every reason as a line of its text. */
    private static JunitXml.Problem problem(boolean failure, String type, List<Annotation> reasons) {
        String message = "";
        if (!reasons.isEmpty()) {
            Annotation first = reasons.get(0);
            String more = reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more)" : "";
            message = first.rule() + ": " + first.text() + more;
        }
        StringBuilder lines = new StringBuilder();
        for (Annotation a : reasons) {
            lines.append(a.location()).append(": ").append(a.rule()).append(": ").append(a.text()).append('\n');
        }
        return new JunitXml.Problem(failure, type, message, lines.toString());
    }
}
