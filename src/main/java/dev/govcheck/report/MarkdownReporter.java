package dev.govcheck.report;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Status;
import dev.govcheck.decision.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A summary for a pull request comment or {@code $GITHUB_STEP_SUMMARY} (GitHub-flavoured Markdown): a table
 * with one row per file (proposal, file, tier, path, queue and SLA, approvals, status), then a section per
 * proposal that fails, is invalid or has something to act on (violations, obligations, fast-track blockers) or
 * a waiver applied, each finding with its rule and {@code file:line:column}, each waiver with who approved it,
 * until when and why; last the run's warnings and notices (an expired waiver, one about to expire), located.
 * Every text from a proposal is escaped, so a title with {@code |} or {@code *} cannot break the table or the
 * formatting.
 */
public final class MarkdownReporter implements Report<RunResult> {
    private static final String INVALID = "\u26d4 invalid";
    private static final String NO_DECISION = "\u26d4 error (no decision)";
    /** Characters with a meaning in Markdown, tables or HTML: a backslash makes each literal. */
    private static final String SPECIAL = "\\`*_[]<>|#!~&";

    @Override
    public void write(RunResult run, Writer out) throws IOException {
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
        List<String> warnings = new ArrayList<>();
        run.warnings().forEach(w -> warnings.add(escape(w)));
        run.notes(RunNote.Level.WARNING).forEach(note -> warnings.add(note(note)));
        list("Warnings", warnings, out);
        list("Notices", run.notes(RunNote.Level.NOTICE).stream().map(MarkdownReporter::note).toList(), out);
    }

    /** A run note as a list item's text: the message, then where, as findings show it. */
    private static String note(RunNote note) {
        return escape(note.message()) + (note.isLocated() ? " (" + escape(note.file() + ":" + note.position()) + ")"
                : "");
    }

    /**
     * A bold heading and one item per (escaped) message; nothing when there are none. The diff's Markdown report
     * uses it too, so both PR comments read alike.
     */
    static void list(String heading, List<String> items, Writer out) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.append("**").append(heading).append("**\n\n");
        for (String item : items) {
            out.append("- ").append(item).append('\n');
        }
        out.append('\n');
    }

    private static void row(FileResult result, Writer out) throws IOException {
        if (result instanceof InvalidFile invalid) {
            cells(out, "", escape(invalid.file()), "", "", "", "", INVALID);
            return;
        }
        if (result instanceof FailedEvaluation failed) {
            cells(out, escape(failed.id()), escape(failed.file()), "", "", "", "", NO_DECISION);
            return;
        }
        Decision d = (Decision) result;
        String approvals = d.approvals().stream().map(Approval::role).map(MarkdownReporter::escape)
                .collect(Collectors.joining(", "));
        cells(out, escape(d.id()), escape(d.file()), d.tier().name(), d.path().name(),
                escape(d.queue().name()) + ", " + d.queue().sla(), approvals,
                status(d));
    }

    private static String status(Decision d) {
        return d.status() == Status.PASS ? "\u2705 pass" : "\u274c fail";
    }

    /** One table row of (escaped) cells; the diff's Markdown report writes its rows with it too. */
    static void cells(Appendable out, String... cells) throws IOException {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    private static void details(FileResult result, Writer out) throws IOException {
        List<Annotation> annotations = Annotations.of(result);
        List<Annotation> known = Annotations.known(result);
        List<Waiver> waived = result instanceof Decision d ? d.waived() : List.of();
        if (annotations.isEmpty() && waived.isEmpty() && known.isEmpty()) {
            return;
        }
        if (result instanceof Decision d) {
            out.append("### ").append(status(d)).append(": ").append(escape(d.id()))
                    .append(' ').append(escape(d.title())).append("\n\n");
            out.append(escape(d.file())).append(" \u00b7 ").append(d.kind()).append(" \u00b7 tier ")
                    .append(d.tier().name()).append(" \u00b7 path ").append(d.path().name()).append("\n\n");
        } else {
            out.append("### ").append(result instanceof InvalidFile ? INVALID : NO_DECISION).append(": ")
                    .append(escape(result.file())).append("\n\n");
        }
        if (!waived.isEmpty()) {
            out.append("**Waived**\n\n");
            for (Waiver w : waived) {
                out.append("- **").append(escape(w.rule())).append("** approved by ").append(escape(w.approvedBy()))
                        .append(", expires ").append(w.expires().toString()).append(": ").append(escape(w.reason()))
                        .append('\n');
            }
            out.append('\n');
        }
        for (Annotation.Kind kind : Annotation.Kind.values()) {
            List<Annotation> ofKind = annotations.stream().filter(a -> a.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            findings(kind.heading(), ofKind, out);
        }
        if (!known.isEmpty()) {
            findings("Known (in the baseline: fail nothing)", known, out);
        }
    }

    private static void findings(String heading, List<Annotation> annotations, Writer out) throws IOException {
        out.append("**").append(heading).append("**\n\n");
        for (Annotation a : annotations) {
            out.append("- **").append(escape(a.rule())).append("** ").append(escape(a.message()))
                    .append(" (").append(escape(a.location())).append(")\n");
        }
        out.append('\n');
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
