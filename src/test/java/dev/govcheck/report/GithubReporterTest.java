package dev.govcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.RunResult;
import dev.govcheck.run.FailOn;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class GithubReporterTest {
    private static List<WorkflowCommand> commands(RunResult run, FailOn failOn) {
        String out = ReportRuns.render(new GithubReporter(ReportRuns.options()), ReportRuns.failOn(run, failOn));
        return FormatCheck.github(out).stream().filter(Objects::nonNull).toList();
    }

    private static WorkflowCommand find(List<WorkflowCommand> commands, String file, String titlePrefix) {
        return commands.stream()
                .filter(c -> file.equals(c.properties().get("file")))
                .filter(c -> c.properties().getOrDefault("title", "").startsWith(titlePrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no command for " + file + " " + titlePrefix
                        + " in " + commands));
    }

    @Test
    void everyLineButTheSummaryIsAWorkflowCommandTheRunnerReads() {
        String out = ReportRuns.render(new GithubReporter(ReportRuns.options()), ReportRuns.mixed());
        List<WorkflowCommand> lines = FormatCheck.github(out);
        assertTrue(out.endsWith("\n"));
        assertNull(lines.get(lines.size() - 1), "nothing after the last newline");
        assertNull(lines.get(lines.size() - 2), "the summary is a plain log line");
        assertEquals("govcheck: 4 files: 2 pass, 1 fail, 1 invalid", out.lines().reduce((a, b) -> b).orElseThrow());
        for (WorkflowCommand command : lines.subList(0, lines.size() - 2)) {
            assertNotNull(command, out);
            assertTrue(List.of("error", "warning", "notice").contains(command.name()), command.toString());
        }
    }

    @Test
    void errorViolationsAreErrorsAtTheirLineWithRuleIdAndTitle() {
        WorkflowCommand mfa = find(commands(ReportRuns.mixed(), FailOn.VIOLATION), ReportRuns.FAIL_FILE, "SAAS-MFA-01");
        assertEquals("error", mfa.name());
        assertEquals("SAAS-MFA-01: " + TestRulesTitle.of("SAAS-MFA-01"), mfa.properties().get("title"));
        var finding = ReportRuns.failing().violations().stream().filter(f -> f.rule().equals("SAAS-MFA-01"))
                .findFirst().orElseThrow();
        assertEquals(Integer.toString(finding.line()), mfa.properties().get("line"));
        assertEquals(Integer.toString(finding.column()), mfa.properties().get("col"));
        assertEquals("MT-FAIL-1: " + finding.message(), mfa.data());
    }

    @Test
    void obligationsAndWarningsAreWarningsAndBlockersAreNotices() {
        List<WorkflowCommand> commands = commands(ReportRuns.mixed(), FailOn.VIOLATION);
        assertEquals("warning", find(commands, ReportRuns.ODD_FILE, "SAAS-PII-03").name());
        assertEquals("warning", find(commands, ReportRuns.ODD_FILE, "SAAS-SSO-01").name());
        assertEquals("notice", find(commands, ReportRuns.ODD_FILE, "SAAS-PII-01").name());
        assertTrue(commands.stream().filter(c -> ReportRuns.FAIL_FILE.equals(c.properties().get("file")))
                .anyMatch(c -> c.name().equals("notice") && c.data().contains("blocks the fast track")));
    }

    @Test
    void inputErrorsAreErrorsWithTheirPosition() {
        WorkflowCommand input = find(commands(ReportRuns.mixed(), FailOn.VIOLATION), ReportRuns.BROKEN_FILE, "GOVCHECK-INPUT");
        assertEquals("error", input.name());
        assertEquals(Map.of("file", ReportRuns.BROKEN_FILE, "line", "4", "col", "10",
                "title", "GOVCHECK-INPUT: Proposal files are readable and valid"), input.properties());
        assertEquals("spec.users: expected an integer, got 'eight'", input.data());
    }

    @Test
    void percentLineBreaksColonsAndCommasSurviveTheRunnersUnescaping() {
        WorkflowCommand obligation = find(commands(ReportRuns.mixed(), FailOn.VIOLATION), ReportRuns.ODD_FILE, "SAAS-PII-03");
        assertEquals(ReportRuns.ODD_FILE, obligation.properties().get("file"));
        assertEquals("15", obligation.properties().get("line"));
        assertEquals("7", obligation.properties().get("col"));
        assertEquals("SAAS-PII-03: " + TestRulesTitle.of("SAAS-PII-03"), obligation.properties().get("title"));
        assertEquals("MT-ODD-1: before go-live: " + ReportRuns.HOSTILE, obligation.data());
    }

    @Test
    void escapesFollowTheActionsToolkit() {
        assertEquals("a:b,c%25d%0D%0Ae", GithubReporter.data("a:b,c%d\r\ne"));
        assertEquals("a%3Ab%2Cc%25d%0D%0Ae", GithubReporter.property("a:b,c%d\r\ne"));
        assertEquals("%2525", GithubReporter.data("%25"), "an escape sequence in the text stays literal");
    }

    @Test
    void aTierAtOrAboveFailOnIsAnErrorAtTheRuleThatSetTheTier() {
        List<WorkflowCommand> strict = commands(ReportRuns.mixed(), FailOn.HIGH);
        WorkflowCommand tier = find(strict, ReportRuns.ODD_FILE, "GOVCHECK-FAIL-ON");
        assertEquals("error", tier.name());
        assertEquals("12", tier.properties().get("line"));
        assertEquals("5", tier.properties().get("col"));
        assertTrue(tier.data().startsWith("MT-ODD-1: risk tier HIGH is at or above --fail-on high (SAAS-PII-04: "),
                tier.data());
        assertTrue(commands(ReportRuns.mixed(), FailOn.VIOLATION).stream()
                .noneMatch(c -> c.properties().getOrDefault("title", "").startsWith("GOVCHECK-FAIL-ON")));
    }

    @Test
    void runWarningsAreWarningsWithoutAFile() {
        WorkflowCommand warning = commands(ReportRuns.mixed(), FailOn.VIOLATION).stream()
                .filter(c -> c.data().equals(ReportRuns.WARNING)).findFirst().orElseThrow();
        assertEquals("warning", warning.name());
        assertEquals(Map.of("title", "govcheck"), warning.properties());
    }

    @Test
    void aWaivedViolationIsANoticeAtItsLineNamingTheWaiver() {
        List<WorkflowCommand> commands = commands(ReportRuns.waived(), FailOn.VIOLATION);
        WorkflowCommand waived = find(commands, ReportRuns.WAIVED_FILE, "SAAS-MFA-01");
        assertEquals("notice", waived.name());
        assertEquals("SAAS-MFA-01: " + TestRulesTitle.of("SAAS-MFA-01") + " (waived)", waived.properties().get("title"));
        var finding = ReportRuns.unwaived().violations().stream().filter(f -> f.rule().equals("SAAS-MFA-01"))
                .findFirst().orElseThrow();
        assertEquals(Integer.toString(finding.line()), waived.properties().get("line"));
        assertEquals(Integer.toString(finding.column()), waived.properties().get("col"));
        assertEquals("MT-WAIVED-1: SAAS-MFA-01 waived, approved by security (J. Novak), expires 2027-01-31: "
                + ReportRuns.HOSTILE + " (the violation: " + finding.message() + ")", waived.data());
        assertTrue(commands.stream().noneMatch(c -> c.name().equals("error")), "nothing fails: " + commands);
    }

    @Test
    void runNotesAreWarningsAndNoticesAtTheirLineOfTheWaiversFile() {
        List<WorkflowCommand> commands = commands(ReportRuns.waived(), FailOn.VIOLATION);
        WorkflowCommand notice = commands.stream().filter(c -> c.data().equals(ReportRuns.NOTICE)).findFirst()
                .orElseThrow(() -> new AssertionError(commands.toString()));
        assertEquals("notice", notice.name());
        assertEquals(Map.of("file", ReportRuns.WAIVERS_FILE, "line", "3", "col", "5", "title", "govcheck"),
                notice.properties());
        WorkflowCommand expired = commands.stream().filter(c -> c.data().equals(ReportRuns.EXPIRED)).findFirst()
                .orElseThrow(() -> new AssertionError(commands.toString()));
        assertEquals("warning", expired.name());
        assertEquals(Map.of("file", ReportRuns.WAIVERS_FILE, "line", "9", "col", "5", "title", "govcheck"),
                expired.properties());
    }

    @Test
    void sameRunSameBytes() {
        RunResult run = ReportRuns.failOn(ReportRuns.mixed(), FailOn.HIGH);
        GithubReporter reporter = new GithubReporter(ReportRuns.options());
        assertEquals(ReportRuns.render(reporter, run), ReportRuns.render(reporter, run));
    }
}
