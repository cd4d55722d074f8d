package dev.govcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.RunResult;
import dev.govcheck.run.FailOn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {
    private static String xml(RunResult run, FailOn failOn) {
        return ReportRuns.render(new JunitReporter(ReportRuns.options()), ReportRuns.failOn(run, failOn));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Element testcase(Document doc, String name) {
        return elements(doc.getDocumentElement(), "testcase").stream()
                .filter(t -> t.getAttribute("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no testcase " + name));
    }

    @Test
    void oneSuiteOneTestcasePerProposalWithKindAsClassnameAndIdAndFileAsName() {
        Document doc = FormatCheck.junit(xml(ReportRuns.mixed(), FailOn.VIOLATION));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = elements(root, "testsuite");
        assertEquals(1, suites.size());
        Element suite = suites.get(0);
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        List<Element> cases = elements(suite, "testcase");
        assertEquals(4, cases.size());
        Element pass = testcase(doc, "MT-PASS-1 (" + ReportRuns.PASS_FILE + ")");
        assertEquals("SaasOnboarding", pass.getAttribute("classname"));
        assertTrue(elements(pass, "failure").isEmpty());
        assertTrue(elements(pass, "error").isEmpty());
    }

    @Test
    void errorViolationsAreAFailureListingEachWithItsLine() {
        Document doc = FormatCheck.junit(xml(ReportRuns.mixed(), FailOn.VIOLATION));
        Element failing = testcase(doc, "MT-FAIL-1 (" + ReportRuns.FAIL_FILE + ")");
        List<Element> failures = elements(failing, "failure");
        assertEquals(1, failures.size());
        Element failure = failures.get(0);
        assertEquals("violation", failure.getAttribute("type"));
        Decision d = ReportRuns.failing();
        for (var v : d.violations()) {
            assertTrue(failure.getTextContent().contains(ReportRuns.FAIL_FILE + ":" + v.line() + ":" + v.column()
                    + ": " + v.rule() + ": " + v.message()), failure.getTextContent());
        }
        assertTrue(failure.getAttribute("message").startsWith(d.violations().get(0).rule() + ": "));
        String out = elements(failing, "system-out").get(0).getTextContent();
        assertTrue(out.contains(ReportRuns.FAIL_TITLE), "the decision block with the title unescaped: " + out);
        assertTrue(out.contains("fast-track blockers"), out);
    }

    @Test
    void aTierAtOrAboveFailOnIsAFailureAndBelowItIsNot() {
        String name = "MT-ODD-1 (" + ReportRuns.ODD_FILE + ")";
        Document strict = FormatCheck.junit(xml(ReportRuns.mixed(), FailOn.HIGH));
        Element failure = elements(testcase(strict, name), "failure").get(0);
        assertEquals("violation", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("GOVCHECK-FAIL-ON: risk tier HIGH is at or above"
                + " --fail-on high"), failure.getAttribute("message"));
        assertEquals("2", strict.getDocumentElement().getAttribute("failures"));
        Document lenient = FormatCheck.junit(xml(ReportRuns.mixed(), FailOn.CRITICAL));
        assertTrue(elements(testcase(lenient, name), "failure").isEmpty());
    }

    @Test
    void invalidFilesAreErrorsWithEveryInputError() {
        Document doc = FormatCheck.junit(xml(ReportRuns.mixed(), FailOn.VIOLATION));
        Element broken = testcase(doc, ReportRuns.BROKEN_FILE);
        assertEquals("InvalidProposal", broken.getAttribute("classname"));
        Element error = elements(broken, "error").get(0);
        assertEquals("invalid input", error.getAttribute("type"));
        assertTrue(error.getTextContent().contains(ReportRuns.BROKEN_FILE
                + ":4:10: GOVCHECK-INPUT: spec.users: expected an integer, got 'eight'"), error.getTextContent());
        assertTrue(error.getTextContent().contains(ReportRuns.BROKEN_FILE + ":9:1: "), error.getTextContent());
        assertTrue(error.getAttribute("message").endsWith("(and 1 more)"), error.getAttribute("message"));
    }

    @Test
    void markupAndControlCharactersCannotBreakTheDocument() {
        Document doc = FormatCheck.junit(xml(ReportRuns.mixed(), FailOn.MEDIUM));
        Element odd = testcase(doc, "MT-ODD-1 (" + ReportRuns.ODD_FILE + ")");
        String out = elements(odd, "system-out").get(0).getTextContent();
        assertTrue(out.contains("Odd \ufffd title <script>x</script> | *"), out);
        assertFalse(out.contains("\u0001"));
        assertTrue(out.contains("next <b>line</b> & |"), out);
    }

    @Test
    void runWarningsGoToTheSuitesSystemErr() {
        Document doc = FormatCheck.junit(xml(ReportRuns.mixed(), FailOn.VIOLATION));
        Element suite = elements(doc.getDocumentElement(), "testsuite").get(0);
        List<Element> errs = elements(suite, "system-err");
        assertEquals(1, errs.size());
        assertEquals("warning: " + ReportRuns.WARNING, errs.get(0).getTextContent());
    }

    /** Child elements only: a testcase's system-out is not the suite's. */
    private static List<Element> children(Element parent, String name) {
        return elements(parent, name).stream().filter(e -> e.getParentNode() == parent).toList();
    }

    @Test
    void aWaivedViolationIsNoFailureAndTheTestcaseOutputNamesTheWaiver() {
        Document doc = FormatCheck.junit(xml(ReportRuns.waived(), FailOn.VIOLATION));
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        Element waived = testcase(doc, "MT-WAIVED-1 (" + ReportRuns.WAIVED_FILE + ")");
        assertTrue(elements(waived, "failure").isEmpty());
        String out = children(waived, "system-out").get(0).getTextContent();
        String reason = ReportRuns.HOSTILE.replace("\r\n", "\n").replace("\u0001", "\ufffd");
        assertTrue(out.contains("  waived:\n    SAAS-MFA-01  approved by security (J. Novak), expires 2027-01-31: "
                + reason), out);
    }

    @Test
    void runNoticesGoToTheSuitesSystemOutAndItsWarningsToSystemErr() {
        Document doc = FormatCheck.junit(xml(ReportRuns.waived(), FailOn.VIOLATION));
        Element suite = elements(doc.getDocumentElement(), "testsuite").get(0);
        assertEquals(List.of(ReportRuns.WAIVERS_FILE + ":3:5: notice: " + ReportRuns.NOTICE),
                children(suite, "system-out").stream().map(Element::getTextContent).toList());
        assertEquals(List.of("warning: " + ReportRuns.WARNING + "\n" + ReportRuns.WAIVERS_FILE + ":9:5: warning: "
                + ReportRuns.EXPIRED), children(suite, "system-err").stream().map(Element::getTextContent).toList());
    }

    @Test
    void noTimestampsSameRunSameBytes() {
        RunResult run = ReportRuns.mixed();
        String first = xml(run, FailOn.HIGH);
        assertEquals(first, xml(run, FailOn.HIGH));
        assertFalse(first.contains("timestamp") || first.contains("hostname"));
    }

    @Test
    void anEmptyRunIsAValidEmptySuite() {
        Document doc = FormatCheck.junit(xml(new RunResult(List.of(), List.of()), FailOn.VIOLATION));
        assertEquals("0", doc.getDocumentElement().getAttribute("tests"));
    }

    @Test
    void theSchemaCheckRejectsWhatCiServersWouldNot() {
        String good = xml(ReportRuns.mixed(), FailOn.VIOLATION);
        assertThrows(AssertionError.class, () -> FormatCheck.junit(good.replace("tests=\"4\"", "tests=\"four\"")));
        assertThrows(AssertionError.class, () -> FormatCheck.junit(good.replace("<testcase classname",
                "<testcase><failure/></testcase><testcase classname")));
    }
}
