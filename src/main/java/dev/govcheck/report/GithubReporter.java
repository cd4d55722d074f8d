package dev.govcheck.report;

import dev.govcheck.decision.RunResult;
import java.io.IOException;
import java.util.Locale;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per
 * annotation, which the runner shows against the file and line in the pull request, then the run's warnings
 * and a plain summary line for the log. Error violations, invalid inputs and a tier at or above
 * {@code --fail-on} are errors; warning violations and obligations are warnings; fast-track blockers are
 * notices. The title is the rule id and title.
 *
 * <p>Escaping follows the Actions toolkit: in the message, {@code %}, CR and LF become {@code %25},
 * {@code %0D}, {@code %0A}; property values (file, title) also escape {@code :} and {@code ,}, which would
 * otherwise end the property list or the value.
 */
public final class GithubReporter implements Reporter {
    private final ReportOptions options;

    public GithubReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(RunResult run, Appendable out) throws IOException {
        RuleCatalog rules = RuleCatalog.of(run, options);
        for (Annotation a : Annotations.of(run, options)) {
            out.append("::").append(a.level().name().toLowerCase(Locale.ROOT))
                    .append(" file=").append(property(a.file()))
                    .append(",line=").append(Integer.toString(a.line()))
                    .append(",col=").append(Integer.toString(a.column()))
                    .append(",title=").append(property(rules.heading(a.rule())))
                    .append("::").append(data((a.proposal().isEmpty() ? "" : a.proposal() + ": ") + a.text()))
                    .append('\n');
        }
        for (String warning : run.warnings()) {
            out.append("::warning title=govcheck::").append(data(warning)).append('\n');
        }
        out.append(SummaryLine.of(run)).append('\n');
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
