package dev.govcheck.report;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunResult;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A summary for a pull request comment or {@code $GITHUB_STEP_SUMMARY} (GitHub-flavoured Markdown): a table
 * with one row per file (proposal, file, tier, path, queue and SLA, approvals, status), then a section per
 * proposal that fails, is invalid or has something to act on (violations, obligations, fast-track blockers),
 * each finding with its rule and {@code file:line:column}. Every text from a proposal is escaped, so a title
 * with {@code |} or {@code *} cannot break the table or the formatting.
 */
public final class MarkdownReporter implements Reporter {
    private static final String INVALID = "\u26d4 invalid";
    /** Characters with a meaning in Markdown, tables or HTML: a backslash makes each literal. */
    private static final String SPECIAL = "\\`*_[]<>|#!~&";

    private final ReportOptions options;

    public MarkdownReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(RunResult run, Appendable out) throws IOException {
        out.append("## ").append(SummaryLine.of(run)).append("\n\n");
        if (!run.results().isEmpty()) {
            out.append("| Proposal | File | Tier | Path | Queue / SLA | Approvals | Status |\n");
            out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (FileResult result : run.results()) {
                row(result, out);
            }
            out.append('\n');
        }
        for (FileResult result : run.results()) {
            details(result, out);
        }
        if (!run.warnings().isEmpty()) {
            out.append("**Warnings**\n\n");
            for (String warning : run.warnings()) {
                out.append("- ").append(escape(warning)).append('\n');
            }
            out.append('\n');
        }
    }

    private void row(FileResult result, Appendable out) throws IOException {
        if (result instanceof InvalidFile invalid) {
            cells(out, "", escape(invalid.file()), "", "", "", "", INVALID);
            return;
        }
        Decision d = (Decision) result;
        String approvals = d.approvals().stream().map(Approval::role).map(MarkdownReporter::escape)
                .collect(Collectors.joining(", "));
        cells(out, escape(d.id()), escape(d.file()), d.tier().name(), d.path().name(),
                escape(d.queue().name()) + ", " + d.queue().slaBusinessDays() + " business days", approvals,
                status(d));
    }

    private String status(Decision d) {
        return (options.fails(d) ? "\u274c " : "\u2705 ") + options.verdict(d);
    }

    private static void cells(Appendable out, String... cells) throws IOException {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    private void details(FileResult result, Appendable out) throws IOException {
        List<Annotation> annotations = Annotations.of(result, options);
        if (annotations.isEmpty()) {
            return;
        }
        if (result instanceof Decision d) {
            out.append("### ").append(status(d)).append(": ").append(escape(d.id()))
                    .append(' ').append(escape(d.title())).append("\n\n");
            out.append(escape(d.file())).append(" \u00b7 ").append(d.kind()).append(" \u00b7 tier ")
                    .append(d.tier().name()).append(" \u00b7 path ").append(d.path().name()).append("\n\n");
        } else {
            out.append("### ").append(INVALID).append(": ").append(escape(result.file())).append("\n\n");
        }
        for (Annotation.Kind kind : Annotation.Kind.values()) {
            List<Annotation> ofKind = annotations.stream().filter(a -> a.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            out.append("**").append(kind.heading()).append("**\n\n");
            for (Annotation a : ofKind) {
                out.append("- **").append(escape(a.rule())).append("** ").append(escape(a.message()))
                        .append(" (").append(escape(a.location())).append(")\n");
            }
            out.append('\n');
        }
    }

    /** Text as literal Markdown on one line: special characters backslash-escaped, line breaks made spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replaceAll("\\r\\n|\\r|\\n", " ").toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
