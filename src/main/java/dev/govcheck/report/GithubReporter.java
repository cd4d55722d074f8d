package dev.govcheck.report;

import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per
 * annotation, which the runner shows against the file and line in the pull request, then the run's warnings
 * and a plain summary line for the log. Error violations, invalid inputs and a tier at or above
 * {@code --fail-on} are errors; warning violations and obligations are warnings; fast-track blockers are
 * notices. The title is the rule id and title. A violation a waiver excused is a notice at its line naming the
 * waiver (who approved it, until when, why); a violation a baseline knew is a notice at its line saying so. The
 * run's notes (an expired waiver, one about to expire) are warnings and notices at their line of the waivers file,
 * or without a place when they are about the run as a whole.
 *
 * <p>Escaping follows the Actions toolkit: in the message, {@code %}, CR and LF become {@code %25},
 * {@code %0D}, {@code %0A}; property values (file, title) also escape {@code :} and {@code ,}, which would
 * otherwise end the property list or the value.
 */
public final class GithubReporter implements Report<RunResult> {
    private final ReportOptions options;

    public GithubReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        RuleCatalog rules = RuleCatalog.of(run, options.rules());
        for (FileResult result : run.results()) {
            for (Annotation a : Annotations.of(result)) {
                command(out, a.level().name(), a.file(), a.line(), a.column(), rules.heading(a.rule()),
                        (a.proposal().isEmpty() ? "" : a.proposal() + ": ") + a.text());
            }
            for (WaivedViolation waived : WaivedViolation.of(result)) {
                Annotation a = waived.violation();
                command(out, "notice", a.file(), a.line(), a.column(), rules.heading(a.rule()) + " (waived)",
                        a.proposal() + ": " + waived.waiverText() + " (the violation: " + a.message() + ")");
            }
            for (Annotation a : Annotations.known(result)) {
                command(out, "notice", a.file(), a.line(), a.column(), rules.heading(a.rule()) + " (known)",
                        a.proposal() + ": known, in the baseline " + run.baseline() + ", so it fails nothing: "
                                + a.message());
            }
        }
        for (String warning : run.warnings()) {
            out.append("::warning title=govcheck::").append(data(warning)).append('\n');
        }
        for (RunNote note : run.notes()) {
            if (!note.isLocated()) {
                out.append("::").append(note.level().toString()).append(" title=govcheck::")
                        .append(data(note.message())).append('\n');
                continue;
            }
            command(out, note.level().name(), note.file(), Annotations.atLeastOne(note.position().line()),
                    Annotations.atLeastOne(note.position().column()), "govcheck", note.message());
        }
        out.append(SummaryLine.of(run)).append('\n');
    }

    /** One located workflow command: {@code ::level file=...,line=...,col=...,title=...::message}. */
    private static void command(Appendable out, String level, String file, int line, int column, String title,
                                String message) throws IOException {
        out.append("::").append(level.toLowerCase(Locale.ROOT))
                .append(" file=").append(property(file))
                .append(",line=").append(Integer.toString(line))
                .append(",col=").append(Integer.toString(column))
                .append(",title=").append(property(title))
                .append("::").append(data(message))
                .append('\n');
    }

    /** A command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value of a command. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
