package dev.govcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.RunResult;
import dev.govcheck.run.FailOn;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {
    private static Document html(RunResult run, FailOn failOn) {
        return FormatCheck.html(ReportRuns.render(new HtmlReporter(), ReportRuns.failOn(run, failOn)));
    }

    @Test
    void aSummaryTableLinkingToOneSectionPerFile() {
        Document doc = html(ReportRuns.mixed(), FailOn.VIOLATION);
        List<Element> rows = doc.select("tbody > tr");
        assertEquals(4, rows.size());
        assertEquals(List.of("MT-FAIL-1", ReportRuns.FAIL_FILE), rows.get(1).select("td").eachText().subList(0, 2));
        assertEquals("invalid", rows.get(0).select("td").last().text());
        for (Element link : doc.select("a[href]")) {
            String target = link.attr("href");
            assertTrue(target.startsWith("#"), "only links within the page: " + target);
            assertEquals(1, doc.select("section[id=" + target.substring(1) + "]").size(), target);
        }
        assertEquals(4, doc.select("a[href]").size());
    }

    @Test
    void proposalTextIsTextNeverMarkup() {
        Document doc = html(ReportRuns.mixed(), FailOn.VIOLATION);
        assertTrue(doc.select("script, iframe, img, link, [onload], [onclick]").isEmpty());
        assertTrue(doc.select("h2").eachText().contains("MT-ODD-1 Odd \ufffd title <script>x</script> | *"),
                doc.select("h2").eachText().toString());
        String flat = ReportRuns.HOSTILE.replace("\r\n", " ").replace("\u0001", "\ufffd");
        assertTrue(doc.select("li").eachText().contains("SAAS-PII-03 " + flat + " " + ReportRuns.ODD_FILE + ":15:7"),
                doc.select("li").eachText().toString());
        assertEquals("default-src 'none'; style-src 'unsafe-inline'",
                doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"));
    }

    @Test
    void sectionsListApprovalsAndEveryKindOfFinding() {
        Document doc = html(ReportRuns.mixed(), FailOn.HIGH);
        Element odd = doc.select("section").get(2);
        assertEquals(List.of("Approvals", "Violations", "Warnings", "Obligations before go-live",
                "Fast-track blockers (change these to qualify for the fast track)"), odd.select("h3").eachText());
        assertTrue(odd.select("li").eachText().stream().anyMatch(i -> i.startsWith("GOVCHECK-FAIL-ON risk tier HIGH"
                + " is at or above --fail-on high")), odd.select("li").eachText().toString());
        assertEquals("fail", doc.select("tbody > tr").get(2).select("td").last().text());
        Element broken = doc.select("section").get(0);
        assertEquals(List.of("Input errors"), broken.select("h3").eachText());
        assertEquals(2, broken.select("li").size());
        assertTrue(doc.select("section").last().select("li").eachText().contains(ReportRuns.WARNING));
    }

    @Test
    void waiversAppliedAndRunNotesAreShown() {
        Document doc = html(ReportRuns.waived(), FailOn.VIOLATION);
        Element waived = doc.select("section").get(1);
        assertTrue(waived.select("h2").text().startsWith("MT-WAIVED-1 "), waived.select("h2").text());
        assertTrue(waived.select("h3").eachText().contains("Waived"), waived.select("h3").eachText().toString());
        String reason = ReportRuns.HOSTILE.replace("\r\n", " ").replace("\u0001", "\ufffd");
        assertTrue(waived.select("li").eachText().contains("SAAS-MFA-01 approved by security (J. Novak), expires"
                + " 2027-01-31: " + reason), waived.select("li").eachText().toString());
        assertTrue(doc.select("script, iframe, img, link, [onload], [onclick]").isEmpty());
        Element warnings = doc.select("section:has(h2:containsOwn(Warnings))").first();
        assertEquals(List.of(ReportRuns.WARNING, ReportRuns.EXPIRED + " " + ReportRuns.WAIVERS_FILE + ":9:5"),
                warnings.select("li").eachText());
        Element notices = doc.select("section:has(h2:containsOwn(Notices))").first();
        assertEquals(List.of(ReportRuns.NOTICE + " " + ReportRuns.WAIVERS_FILE + ":3:5"), notices.select("li").eachText());
        assertEquals(List.of("Warnings", "Notices"), doc.select("section > h2").eachText().subList(2, 4));
    }

    @Test
    void sameRunSameBytes() {
        RunResult run = ReportRuns.failOn(ReportRuns.mixed(), FailOn.HIGH);
        HtmlReporter reporter = new HtmlReporter();
        assertEquals(ReportRuns.render(reporter, run), ReportRuns.render(reporter, run));
    }
}
