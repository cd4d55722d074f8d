package dev.govcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.RunResult;
import dev.govcheck.run.FailOn;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {
    private static Node markdown(RunResult run, FailOn failOn) {
        return FormatCheck.markdown(ReportRuns.render(new MarkdownReporter(), ReportRuns.failOn(run, failOn)));
    }

    /** Every node below {@code root}, depth first. */
    private static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(child);
            nodes.addAll(all(child));
        }
        return nodes;
    }

    /** The text a reader sees in a node (escapes resolved). */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n : all(node)) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static List<List<String>> table(Node doc) {
        List<Node> tables = all(doc).stream().filter(TableBlock.class::isInstance).toList();
        assertEquals(1, tables.size(), "one summary table");
        List<List<String>> rows = new ArrayList<>();
        for (Node n : all(tables.get(0))) {
            if (n instanceof TableRow row) {
                rows.add(all(row).stream().filter(TableCell.class::isInstance).map(MarkdownReporterTest::text).toList());
            }
        }
        return rows;
    }

    private static List<String> headings(Node doc) {
        return all(doc).stream().filter(Heading.class::isInstance).map(MarkdownReporterTest::text).toList();
    }

    private static List<String> items(Node doc) {
        return all(doc).stream().filter(ListItem.class::isInstance).map(MarkdownReporterTest::text).toList();
    }

    @Test
    void aSummaryTableWithOneRowPerFile() {
        List<List<String>> rows = table(markdown(ReportRuns.mixed(), FailOn.VIOLATION));
        assertEquals(List.of("Proposal", "File", "Tier", "Path", "Queue / SLA", "Approvals", "Status"), rows.get(0));
        assertEquals(5, rows.size(), "header and one row per file, in file order");
        Decision failing = ReportRuns.failing();
        assertEquals(List.of("MT-FAIL-1", ReportRuns.FAIL_FILE, failing.tier().name(), failing.path().name(),
                failing.queue().name() + ", " + failing.queue().slaBusinessDays() + " business days",
                String.join(", ", failing.approvals().stream().map(a -> a.role()).toList()), "\u274c fail"),
                rows.get(2));
        assertEquals(List.of("", ReportRuns.BROKEN_FILE, "", "", "", "", "\u26d4 invalid"), rows.get(1));
        assertEquals(List.of("MT-ODD-1", ReportRuns.ODD_FILE, "HIGH", "FULL_REVIEW",
                "architecture-board, 20 business days", "privacy-officer", "\u2705 pass"), rows.get(3));
        assertEquals("\u2705 pass", rows.get(4).get(6));
    }

    @Test
    void textFromProposalsStaysLiteral() {
        Node doc = markdown(ReportRuns.mixed(), FailOn.VIOLATION);
        assertTrue(all(doc).stream().noneMatch(n -> n instanceof HtmlInline || n instanceof HtmlBlock
                || n instanceof Link || n instanceof Emphasis || n instanceof Code), "no markup from the inputs");
        assertTrue(headings(doc).contains("\u2705 pass: MT-ODD-1 Odd \u0001 title <script>x</script> | *"),
                headings(doc).toString());
        assertTrue(headings(doc).contains("\u274c fail: MT-FAIL-1 " + ReportRuns.FAIL_TITLE), headings(doc).toString());
        String flat = ReportRuns.HOSTILE.replace("\r\n", " ");
        assertTrue(items(doc).contains("SAAS-PII-03 " + flat + " (" + ReportRuns.ODD_FILE + ":15:7)"),
                items(doc).toString());
    }

    @Test
    void detailsForFailuresInputErrorsAndBlockersButNotForCleanProposals() {
        Node doc = markdown(ReportRuns.mixed(), FailOn.VIOLATION);
        List<String> headings = headings(doc);
        assertTrue(headings.stream().noneMatch(h -> h.contains("MT-PASS-1")), "nothing to say about a clean pass");
        assertTrue(headings.contains("\u26d4 invalid: " + ReportRuns.BROKEN_FILE), headings.toString());
        List<String> items = items(doc);
        Decision failing = ReportRuns.failing();
        for (var v : failing.violations()) {
            assertTrue(items.contains(v.rule() + " " + v.message() + " (" + ReportRuns.FAIL_FILE + ":" + v.line() + ":"
                    + v.column() + ")"), items.toString());
        }
        for (var b : failing.fastTrackBlockers()) {
            assertTrue(items.stream().anyMatch(i -> i.startsWith(b.rule() + " " + b.message())), items.toString());
        }
        assertTrue(items.contains("GOVCHECK-INPUT spec.users: expected an integer, got 'eight' ("
                + ReportRuns.BROKEN_FILE + ":4:10)"), items.toString());
        List<String> sections = all(doc).stream().filter(n -> n instanceof org.commonmark.node.StrongEmphasis
                && n.getParent() instanceof org.commonmark.node.Paragraph).map(MarkdownReporterTest::text).toList();
        assertTrue(sections.containsAll(List.of("Violations", "Warnings", "Obligations before go-live",
                "Fast-track blockers (change these to qualify for the fast track)", "Input errors")), sections.toString());
    }

    @Test
    void aTierAtOrAboveFailOnFailsTheRowAndSaysWhy() {
        Node doc = markdown(ReportRuns.mixed(), FailOn.HIGH);
        assertEquals("\u274c fail", table(doc).get(3).get(6));
        assertTrue(items(doc).stream().anyMatch(i -> i.startsWith("GOVCHECK-FAIL-ON risk tier HIGH is at or above"
                + " --fail-on high (SAAS-PII-04: ")), items(doc).toString());
    }

    @Test
    void runWarningsAreListed() {
        assertTrue(items(markdown(ReportRuns.mixed(), FailOn.VIOLATION)).contains(ReportRuns.WARNING));
    }

    @Test
    void waiversAppliedAreListedUnderTheirProposal() {
        Node doc = markdown(ReportRuns.waived(), FailOn.VIOLATION);
        assertTrue(all(doc).stream().noneMatch(n -> n instanceof HtmlInline || n instanceof HtmlBlock
                || n instanceof Link || n instanceof Emphasis || n instanceof Code), "no markup from the inputs");
        assertTrue(headings(doc).stream().anyMatch(h -> h.startsWith("\u2705 pass: MT-WAIVED-1 ")),
                headings(doc).toString());
        assertTrue(items(doc).contains("SAAS-MFA-01 approved by security (J. Novak), expires 2027-01-31: "
                + ReportRuns.HOSTILE.replace("\r\n", " ")), items(doc).toString());
        assertTrue(items(doc).stream().noneMatch(i -> i.startsWith("SAAS-MFA-01 ") && !i.contains("approved by")),
                "the waived violation is not listed as a violation");
        assertTrue(sections(doc).contains("Waived"), sections(doc).toString());
    }

    @Test
    void runNotesAreListedWithWhereTheyPoint() {
        Node doc = markdown(ReportRuns.waived(), FailOn.VIOLATION);
        List<String> items = items(doc);
        assertTrue(items.contains(ReportRuns.WARNING), items.toString());
        assertTrue(items.contains(ReportRuns.EXPIRED + " (" + ReportRuns.WAIVERS_FILE + ":9:5)"), items.toString());
        assertTrue(items.contains(ReportRuns.NOTICE + " (" + ReportRuns.WAIVERS_FILE + ":3:5)"), items.toString());
        List<String> sections = sections(doc);
        assertEquals(List.of("Warnings", "Notices"), sections.subList(sections.size() - 2, sections.size()));
    }

    private static List<String> sections(Node doc) {
        return all(doc).stream().filter(n -> n instanceof org.commonmark.node.StrongEmphasis
                && n.getParent() instanceof org.commonmark.node.Paragraph).map(MarkdownReporterTest::text).toList();
    }

    @Test
    void sameRunSameBytes() {
        RunResult run = ReportRuns.failOn(ReportRuns.mixed(), FailOn.HIGH);
        MarkdownReporter reporter = new MarkdownReporter();
        assertEquals(ReportRuns.render(reporter, run), ReportRuns.render(reporter, run));
    }
}
