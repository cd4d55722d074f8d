package dev.govcheck.report;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Status;
import dev.govcheck.decision.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A static HTML page to keep as a CI artifact or mail to a review board: the summary table, then one section
 * per file with approvals, waivers applied and every finding, then the run's warnings and notices (an expired
 * waiver, one about to expire) with where they point. It is self-contained (inline style, no script, nothing fetched;
 * a Content-Security-Policy forbids anything else) and every text from a proposal is escaped.
 */
public final class HtmlReporter implements Report<RunResult> {
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1f2328}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3em .6em;text-align:left}
            th{background:#f6f8fa}.pass{color:#1a7f37}.fail,.invalid{color:#cf222e}.loc{color:#57606a}
            section{border-top:1px solid #d0d7de;margin-top:1.5em}h3{font-size:1em;margin-bottom:.2em}
            """;

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>govcheck report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(SummaryLine.of(run))).append("</h1>\n");
        List<FileResult> results = run.results();
        if (!results.isEmpty()) {
            out.append("<table>\n<thead><tr><th>Proposal</th><th>File</th><th>Tier</th><th>Path</th>"
                    + "<th>Queue / SLA</th><th>Approvals</th><th>Status</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < results.size(); i++) {
                row(results.get(i), anchor(i), out);
            }
            out.append("</tbody>\n</table>\n");
        }
        for (int i = 0; i < results.size(); i++) {
            section(results.get(i), anchor(i), out);
        }
        List<RunNote> noteWarnings = run.notes(RunNote.Level.WARNING);
        if (!run.warnings().isEmpty() || !noteWarnings.isEmpty()) {
            out.append("<section>\n<h2>Warnings</h2>\n<ul>\n");
            for (String warning : run.warnings()) {
                out.append("<li>").append(escape(warning)).append("</li>\n");
            }
            notes(noteWarnings, out);
            out.append("</ul>\n</section>\n");
        }
        List<RunNote> notices = run.notes(RunNote.Level.NOTICE);
        if (!notices.isEmpty()) {
            out.append("<section>\n<h2>Notices</h2>\n<ul>\n");
            notes(notices, out);
            out.append("</ul>\n</section>\n");
        }
        out.append("</body>\n</html>\n");
    }

    /** Run notes as list items: the message, then where, as findings show it. */
    private static void notes(List<RunNote> notes, Writer out) throws IOException {
        for (RunNote note : notes) {
            out.append("<li>").append(escape(note.message()));
            if (note.isLocated()) {
                out.append(" <span class=\"loc\">").append(escape(note.file() + ":" + note.position()))
                        .append("</span>");
            }
            out.append("</li>\n");
        }
    }

    /** Anchors by position, not by proposal id: ids may repeat or hold any character. */
    private static String anchor(int index) {
        return "r" + (index + 1);
    }

    private static void row(FileResult result, String anchor, Writer out) throws IOException {
        out.append("<tr>");
        if (!(result instanceof Decision)) {
            String id = result instanceof FailedEvaluation failed ? escape(failed.id()) : "";
            out.append("<td>").append(id).append("</td><td><a href=\"#").append(anchor).append("\">")
                    .append(escape(result.file())).append("</a></td><td></td><td></td><td></td><td></td>")
                    .append("<td class=\"invalid\">").append(result instanceof InvalidFile ? "invalid" : "error")
                    .append("</td>");
        } else {
            Decision d = (Decision) result;
            out.append("<td><a href=\"#").append(anchor).append("\">").append(escape(d.id())).append("</a></td>")
                    .append("<td>").append(escape(d.file())).append("</td>")
                    .append("<td>").append(d.tier().name()).append("</td>")
                    .append("<td>").append(d.path().name()).append("</td>")
                    .append("<td>").append(escape(d.queue().name())).append(", ")
                    .append(d.queue().sla()).append("</td>")
                    .append("<td>").append(escape(String.join(", ", d.approvals().stream().map(Approval::role)
                            .toList()))).append("</td>")
                    .append(status(d));
        }
        out.append("</tr>\n");
    }

    private static String status(Decision d) {
        boolean pass = d.status() == Status.PASS;
        return "<td class=\"" + (pass ? "pass" : "fail") + "\">" + (pass ? "pass" : "fail") + "</td>";
    }

    private static void section(FileResult result, String anchor, Writer out) throws IOException {
        out.append("<section id=\"").append(anchor).append("\">\n");
        if (result instanceof Decision d) {
            out.append("<h2>").append(escape(d.id())).append(' ').append(escape(d.title())).append("</h2>\n")
                    .append("<p>").append(escape(d.file())).append(" \u00b7 ").append(escape(d.kind()))
                    .append(" \u00b7 tier ").append(d.tier().name()).append(" \u00b7 path ").append(d.path().name())
                    .append(" \u00b7 ").append(escape(d.queue().name())).append(" (SLA ")
                    .append(d.queue().sla()).append(")</p>\n");
            if (!d.approvals().isEmpty()) {
                out.append("<h3>Approvals</h3>\n<ul>\n");
                for (Approval approval : d.approvals()) {
                    for (Finding reason : approval.reasons()) {
                        out.append("<li>").append(escape(approval.role())).append(": ");
                        item(reason.rule(), reason.message(), d.file() + ":" + reason.line() + ":" + reason.column(),
                                out);
                    }
                }
                out.append("</ul>\n");
            }
            if (!d.waived().isEmpty()) {
                out.append("<h3>Waived</h3>\n<ul>\n");
                for (Waiver w : d.waived()) {
                    out.append("<li><b>").append(escape(w.rule())).append("</b> approved by ")
                            .append(escape(w.approvedBy())).append(", expires ").append(w.expires().toString())
                            .append(": ").append(escape(w.reason())).append("</li>\n");
                }
                out.append("</ul>\n");
            }
        } else {
            out.append("<h2 class=\"invalid\">").append(escape(result.file()))
                    .append(result instanceof InvalidFile ? " (invalid)" : " (no decision)").append("</h2>\n");
        }
        List<Annotation> annotations = Annotations.of(result);
        for (Annotation.Kind kind : Annotation.Kind.values()) {
            List<Annotation> ofKind = annotations.stream().filter(a -> a.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                out.append("<h3>").append(escape(kind.heading())).append("</h3>\n<ul>\n");
                for (Annotation a : ofKind) {
                    out.append("<li>");
                    item(a.rule(), a.message(), a.location(), out);
                }
                out.append("</ul>\n");
            }
        }
        List<Annotation> known = Annotations.known(result);
        if (!known.isEmpty()) {
            out.append("<h3>Known (in the baseline: fail nothing)</h3>\n<ul>\n");
            for (Annotation a : known) {
                out.append("<li>");
                item(a.rule(), a.message(), a.location(), out);
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    /** The rest of a list item: rule id, message, location; closes the item. */
    private static void item(String rule, String message, String location, Writer out) throws IOException {
        out.append("<b>").append(escape(rule)).append("</b> ").append(escape(message))
                .append(" <span class=\"loc\">").append(escape(location)).append("</span></li>\n");
    }

    /** Text for element content and quoted attribute values; characters HTML cannot show become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : XmlText.clean(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
