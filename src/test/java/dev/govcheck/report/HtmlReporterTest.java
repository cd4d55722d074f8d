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

    private static Element section(Document doc, String headingStart) {
        return doc.select("section.details").stream()
                .filter(s -> s.select("h3").text().startsWith(headingStart)).findFirst().orElseThrow();
    }

    @Test
    void aSummaryTableLinkingToOneSectionPerFileWithWhatNeedsAttentionFirst() {
        Document doc = html(ReportRuns.mixed(), FailOn.VIOLATION);
        List<Element> rows = doc.select("tbody > tr");
        assertEquals(4, rows.size());
        // invalid files, then failing proposals, then passing ones: the status word leads each row
        assertEquals(List.of("? INVALID", "\u2717 FAIL", "\u2713 PASS", "\u2713 PASS"),
                rows.stream().map(r -> r.select("td").first().text()).toList());
        assertEquals(ReportRuns.BROKEN_FILE, rows.get(0).select("a").text());
        // among passing proposals the highest tier comes first
        assertEquals(List.of("MT-ODD-1", "MT-PASS-1"), rows.subList(2, 4).stream().map(r -> r.select("th").text())
                .toList());
        Element failing = rows.stream().filter(r -> r.select("th").text().equals("MT-FAIL-1")).findFirst().orElseThrow();
        assertEquals(ReportRuns.FAIL_FILE, failing.select("td").get(1).text());
        assertEquals(List.of("Status", "Proposal", "File", "Tier", "Path", "Queue / SLA", "Approvals"),
                doc.select("thead th[scope=col]").eachText());
        for (Element link : doc.select("a[href]")) {
            String target = link.attr("href");
            assertTrue(target.startsWith("#"), "only links within the page: " + target);
            assertEquals(1, doc.select("section[id=" + target.substring(1) + "]").size(), target);
        }
        assertEquals(4, doc.select("a[href]").size());
        // the sections come in the table's order
        assertEquals(List.of("r1", "r2", "r3", "r4"), doc.select("section.details").eachAttr("id"));
        assertEquals(ReportRuns.BROKEN_FILE + " (invalid)", doc.select("section.details h3").first().text());
        assertEquals(List.of("4 files", "2 pass", "1 fail", "1 invalid", "0 error"),
                doc.select(".tile").stream().map(t -> t.select(".value").text() + " " + t.select(".label").text())
                        .toList());
    }

    @Test
    void proposalTextIsTextNeverMarkup() {
        Document doc = html(ReportRuns.mixed(), FailOn.VIOLATION);
        assertTrue(doc.select("script, iframe, img, link, [onload], [onclick], [style]").isEmpty());
        assertTrue(doc.select("h3").eachText().contains("MT-ODD-1 Odd \ufffd title <script>x</script> | *"),
                doc.select("h3").eachText().toString());
        String flat = ReportRuns.HOSTILE.replace("\r\n", " ").replace("\u0001", "\ufffd");
        assertTrue(doc.select("li").eachText().contains("SAAS-PII-03 " + flat + " " + ReportRuns.ODD_FILE + ":15:7"),
                doc.select("li").eachText().toString());
        String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.matches("default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none';"
                + " form-action 'none'"), csp);
    }

    @Test
    void sectionsListApprovalsAndEveryKindOfFinding() {
        Document doc = html(ReportRuns.mixed(), FailOn.HIGH);
        Element odd = section(doc, "MT-ODD-1 ");
        assertEquals(List.of("Approvals", "Violations", "Warnings", "Obligations before go-live",
                "Fast-track blockers (change these to qualify for the fast track)"), odd.select("h4").eachText());
        assertTrue(odd.select("li").eachText().stream().anyMatch(i -> i.startsWith("GOVCHECK-FAIL-ON risk tier HIGH"
                + " is at or above --fail-on high")), odd.select("li").eachText().toString());
        Element row = doc.select("tbody > tr").stream().filter(r -> r.select("th").text().equals("MT-ODD-1"))
                .findFirst().orElseThrow();
        assertEquals("\u2717 FAIL", row.select("td").first().text());
        assertEquals("HIGH", row.select("td .badge.high").text(), "the tier in its colours, and in words");
        Element broken = section(doc, ReportRuns.BROKEN_FILE);
        assertEquals(List.of("Input errors"), broken.select("h4").eachText());
        assertEquals(2, broken.select("li").size());
        assertTrue(doc.select("section").last().select("li").eachText().contains(ReportRuns.WARNING));
    }

    @Test
    void waiversAppliedAndRunNotesAreShown() {
        Document doc = html(ReportRuns.waived(), FailOn.VIOLATION);
        Element waived = section(doc, "MT-WAIVED-1 ");
                assertTrue(waived.select("h4").eachText().contains("Waived"), waived.select("h4").eachText().toString());
        String reason = ReportRuns.HOSTILE.replace("\r\n", " ").replace("\u0001", "\ufffd");
        assertTrue(waived.select("li").eachText().contains("SAAS-MFA-01 approved by security (J. Novak), expires"
                + " 2027-01-31: " + reason), waived.select("li").eachText().toString());
        assertTrue(doc.select("script, iframe, img, link, [onload], [onclick]").isEmpty());
        Element warnings = doc.select("section:has(h2:containsOwn(Warnings))").first();
        assertEquals(List.of(ReportRuns.WARNING, ReportRuns.EXPIRED + " " + ReportRuns.WAIVERS_FILE + ":9:5"),
                warnings.select("li").eachText());
        Element notices = doc.select("section:has(h2:containsOwn(Notices))").first();
        assertEquals(List.of(ReportRuns.NOTICE + " " + ReportRuns.WAIVERS_FILE + ":3:5"), notices.select("li").eachText());
        assertEquals(List.of("Results", "Details", "Warnings", "Notices"), doc.select("h2").eachText());
    }

    @Test
    void sameRunSameBytes() {
        RunResult run = ReportRuns.failOn(ReportRuns.mixed(), FailOn.HIGH);
        HtmlReporter reporter = new HtmlReporter();
        assertEquals(ReportRuns.render(reporter, run), ReportRuns.render(reporter, run));
    }
}
