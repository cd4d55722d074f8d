package dev.govcheck.report;

import static dev.govcheck.report.HtmlPage.escape;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

/**
 * The parts both HTML reports show about results: one section per file (what was decided, the approvals with every
 * reason, the waivers applied, every finding by kind with where it points, the findings a baseline knew), the
 * order that puts what needs attention first, and the run's warnings and notices.
 */
final class HtmlDetails {
    /**
     * What needs attention first: a rule failed (ERROR), then files that are not valid proposals, then failing
     * proposals, then passing ones; within each, the highest tier first, then by file.
     */
    static final Comparator<FileResult> ATTENTION_FIRST = Comparator
            .comparing((FileResult r) -> switch (r.status()) {
                case ERROR -> 0;
                case INVALID -> 1;
                case FAIL -> 2;
                case PASS -> 3;
            })
            .thenComparing(r -> r instanceof Decision d ? -d.tier().ordinal() : 0)
            .thenComparing(FileResult::file);

    private HtmlDetails() {
    }

    /** The heading of a file's section: "ID title" for a decision, the file and why it has none otherwise. */
    static String heading(FileResult result) {
        if (result instanceof Decision d) {
            return d.id() + " " + d.title();
        }
        return result.file() + (result instanceof InvalidFile ? " (invalid)" : " (no decision)");
    }

    /**
     * One file's section, {@code id} its anchor; {@code facts} are extra lines of plain text about it (the
     * portfolio's dates), shown under the decision.
     */
    static void section(FileResult result, String id, List<String> facts, Writer out) throws IOException {
        out.append("<section class=\"details ").append(HtmlPage.tone(result.status())).append("\" id=\"")
                .append(id).append("\">\n<h3>").append(escape(heading(result))).append("</h3>\n");
        out.append("<p>").append(HtmlPage.status(result.status()));
        if (result instanceof Decision d) {
            out.append(" ").append(HtmlPage.tier(d.tier())).append(" ").append(escape(d.path().name()))
                    .append(" \u00b7 ").append(escape(d.queue().name())).append(" (SLA ")
                    .append(d.queue().sla()).append(") \u00b7 ")
                    .append(escape(d.kind())).append(" \u00b7 <span class=\"loc\">").append(escape(d.file()))
                    .append("</span>");
        } else if (result instanceof FailedEvaluation failed) {
            out.append(" ").append(escape(failed.id())).append(" \u00b7 <span class=\"loc\">")
                    .append(escape(failed.file())).append("</span>");
        }
        out.append("</p>\n");
        for (String fact : facts) {
            out.append("<p>").append(escape(fact)).append("</p>\n");
        }
        if (result instanceof Decision d) {
            approvals(d, out);
            waived(d.waived(), out);
        }
        List<Annotation> annotations = Annotations.of(result);
        for (Annotation.Kind kind : Annotation.Kind.values()) {
            List<Annotation> ofKind = annotations.stream().filter(a -> a.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                list(kind.heading(), ofKind, out);
            }
        }
        List<Annotation> known = Annotations.known(result);
        if (!known.isEmpty()) {
            list("Known (in the baseline: fail nothing)", known, out);
        }
        out.append("</section>\n");
    }

    private static void approvals(Decision d, Writer out) throws IOException {
        if (d.approvals().isEmpty()) {
            return;
        }
        out.append("<h4>Approvals</h4>\n<ul>\n");
        for (Approval approval : d.approvals()) {
            for (Finding reason : approval.reasons()) {
                out.append("<li>").append(escape(approval.role())).append(": ");
                item(reason.rule(), reason.message(), d.file() + ":" + reason.line() + ":" + reason.column(), out);
            }
        }
        out.append("</ul>\n");
    }

    private static void waived(List<Waiver> waived, Writer out) throws IOException {
        if (waived.isEmpty()) {
            return;
        }
        out.append("<h4>Waived</h4>\n<ul>\n");
        for (Waiver w : waived) {
            out.append("<li><b>").append(escape(w.rule())).append("</b> approved by ").append(escape(w.approvedBy()))
                    .append(", expires ").append(w.expires().toString()).append(": ").append(escape(w.reason()))
                    .append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void list(String heading, List<Annotation> annotations, Writer out) throws IOException {
        out.append("<h4>").append(escape(heading)).append("</h4>\n<ul>\n");
        for (Annotation a : annotations) {
            out.append("<li>");
            item(a.rule(), a.message(), a.location(), out);
        }
        out.append("</ul>\n");
    }

    /** The rest of a list item: rule id, message, location; closes the item. */
    private static void item(String rule, String message, String location, Writer out) throws IOException {
        out.append("<b>").append(escape(rule)).append("</b> ").append(escape(message))
                .append(" <span class=\"loc\">").append(escape(location)).append("</span></li>\n");
    }

    /** The run's warnings (its own, then the notes of level warning) and notices, each in a section when any. */
    static void notes(List<String> warnings, List<RunNote> notes, Writer out) throws IOException {
        List<RunNote> noteWarnings = notes.stream().filter(n -> n.level() == RunNote.Level.WARNING).toList();
        if (!warnings.isEmpty() || !noteWarnings.isEmpty()) {
            out.append("<section>\n<h2>Warnings</h2>\n<ul>\n");
            for (String warning : warnings) {
                out.append("<li>").append(escape(warning)).append("</li>\n");
            }
            noteItems(noteWarnings, out);
            out.append("</ul>\n</section>\n");
        }
        List<RunNote> notices = notes.stream().filter(n -> n.level() == RunNote.Level.NOTICE).toList();
        if (!notices.isEmpty()) {
            out.append("<section>\n<h2>Notices</h2>\n<ul>\n");
            noteItems(notices, out);
            out.append("</ul>\n</section>\n");
        }
    }

    /** Run notes as list items: the message, then where, as findings show it. */
    private static void noteItems(List<RunNote> notes, Writer out) throws IOException {
        for (RunNote note : notes) {
            out.append("<li>").append(escape(note.message()));
            if (note.isLocated()) {
                out.append(" <span class=\"loc\">").append(escape(note.file() + ":" + note.position()))
                        .append("</span>");
            }
            out.append("</li>\n");
        }
    }
}
