package dev.govcheck.report;

import static dev.govcheck.report.HtmlPage.escape;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check -f html}: a static page to keep as a CI artifact or mail to a review board, in the portfolio's look
 * ({@link HtmlPage}): the counts as tiles, the results table with what needs attention first (rule errors, invalid
 * files, failing proposals, then passing ones, the highest tier first), one section per file in the same order
 * with approvals, waivers applied and every finding, then the run's warnings and notices (an expired waiver, one
 * about to expire) with where they point. No script; every text from a proposal is escaped.
 */
public final class HtmlReporter implements Report<RunResult> {
    @Override
    public void write(RunResult run, Writer out) throws IOException {
        HtmlPage.open(out, "govcheck check report", null);
        out.append("<h1>govcheck check report</h1>\n<p class=\"lead\">").append(escape(SummaryLine.of(run)))
                .append("</p>\n");
        RunResult.Summary s = run.summary();
        List<HtmlPage.Tile> tiles = new ArrayList<>(List.of(
                new HtmlPage.Tile("files", Integer.toString(s.files()), "checked", ""),
                new HtmlPage.Tile("pass", Integer.toString(s.pass()), "no error violation", s.pass() > 0 ? "pass" : ""),
                new HtmlPage.Tile("fail", Integer.toString(s.fail()), "an error violation remains",
                        s.fail() > 0 ? "fail" : ""),
                new HtmlPage.Tile("invalid", Integer.toString(s.invalid()), "not a valid proposal",
                        s.invalid() > 0 ? "undecided" : ""),
                new HtmlPage.Tile("error", Integer.toString(s.error()), "a rule failed: no decision",
                        s.error() > 0 ? "undecided" : "")));
        if (run.hasBaseline()) {
            tiles.add(new HtmlPage.Tile("known", Integer.toString(run.known()), "findings in the baseline", ""));
        }
        HtmlPage.tiles(tiles, out);
        List<FileResult> results = run.results().stream().sorted(HtmlDetails.ATTENTION_FIRST).toList();
        if (!results.isEmpty()) {
            out.append("<h2>Results</h2>\n<table>\n<thead><tr><th scope=\"col\">Status</th>"
                    + "<th scope=\"col\">Proposal</th><th scope=\"col\">File</th><th scope=\"col\">Tier</th>"
                    + "<th scope=\"col\">Path</th><th scope=\"col\">Queue / SLA</th><th scope=\"col\">Approvals</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (int i = 0; i < results.size(); i++) {
                row(results.get(i), anchor(i), out);
            }
            out.append("</tbody>\n</table>\n<h2>Details</h2>\n");
            for (int i = 0; i < results.size(); i++) {
                HtmlDetails.section(results.get(i), anchor(i), List.of(), out);
            }
        }
        HtmlDetails.notes(run.warnings(), run.notes(), out);
        HtmlPage.close(out, null);
    }

    /** Anchors by position, not by proposal id: ids may repeat or hold any character. */
    private static String anchor(int index) {
        return "r" + (index + 1);
    }

    private static void row(FileResult result, String anchor, Writer out) throws IOException {
        out.append("<tr><td>").append(HtmlPage.status(result.status())).append("</td>");
        if (result instanceof Decision d) {
            out.append("<th scope=\"row\"><a href=\"#").append(anchor).append("\">").append(escape(d.id()))
                    .append("</a></th><td>").append(escape(d.file())).append("</td><td>")
                    .append(HtmlPage.tier(d.tier())).append("</td><td>").append(d.path().name()).append("</td><td>")
                    .append(escape(d.queue().name())).append(", ").append(d.queue().sla())
                    .append("</td><td>")
                    .append(escape(String.join(", ", d.approvals().stream().map(Approval::role).toList())))
                    .append("</td>");
        } else {
            String id = result instanceof FailedEvaluation failed ? escape(failed.id()) : "";
            out.append("<th scope=\"row\">").append(id).append("</th><td><a href=\"#").append(anchor).append("\">")
                    .append(escape(result.file())).append("</a></td><td></td><td></td><td></td><td></td>");
        }
        out.append("</tr>\n");
    }
}
