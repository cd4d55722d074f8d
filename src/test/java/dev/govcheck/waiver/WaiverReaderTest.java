package dev.govcheck.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Waiver;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a waivers file: every field validated, every problem reported with file:line:column. */
class WaiverReaderTest {
    private static final Set<String> RULES = Set.of("SAAS-MFA-01", "ACC-01", "ACC-03", "CHG-ROLLBACK-01");

    @Test
    void readsEveryWaiverWithWhereItStarts() throws Exception {
        WaiverFile file = read("""
                # exceptions granted by the governance board
                waivers:
                  - rule: SAAS-MFA-01
                    proposal: MT-2026-041
                    reason: SSO comes with the enterprise plan
                    approvedBy: security (J. Novak)
                    expires: 2027-01-31
                  - {rule: ACC-01, proposal: MT-2026-030, reason: "KPI agreed after the trial",
                     approvedBy: finance, expires: "2026-12-15"}
                """);
        assertEquals("waivers.yaml", file.file());
        assertEquals(List.of(
                new WaiverEntry(new Waiver("SAAS-MFA-01", "MT-2026-041", "SSO comes with the enterprise plan",
                        "security (J. Novak)", LocalDate.of(2027, 1, 31)), new Position(3, 5)),
                new WaiverEntry(new Waiver("ACC-01", "MT-2026-030", "KPI agreed after the trial", "finance",
                        LocalDate.of(2026, 12, 15)), new Position(8, 5))), file.entries());
    }

    @Test
    void aReasonOverSeveralLinesIsReadAsOneLine() throws Exception {
        WaiverFile file = read("""
                waivers:
                  - rule: ACC-01
                    proposal: MT-2026-030
                    reason: |
                      KPI agreed after the trial,
                      by the finance controller
                    approvedBy: finance
                    expires: 2027-01-31
                """);
        assertEquals("KPI agreed after the trial, by the finance controller", file.entries().get(0).waiver().reason());
    }

    @Test
    void anEmptyListMeansNoWaivers() throws Exception {
        assertEquals(List.of(), read("waivers: []\n").entries());
    }

    /** As with any key, no value is not "none": waivers meant to be written and lost would pass unnoticed. */
    @Test
    void aKeyWithoutAValueIsAnError() {
        assertEquals(List.of("waivers.yaml:2:1: error: waivers: expected a list of waivers ([] for none), got nothing"),
                errors("# granted by the security team\nwaivers:\n"));
        assertEquals(List.of("waivers.yaml:1:1: error: waivers: expected a list of waivers ([] for none), got nothing"),
                errors("waivers: ~\n"));
    }

    @Test
    void anUnknownRuleIdIsAnErrorWithASuggestion() {
        List<String> errors = errors("""
                waivers:
                  - rule: SAAS-MFA-1
                    proposal: MT-2026-041
                    reason: r
                    approvedBy: a
                    expires: 2027-01-31
                """);
        assertEquals(List.of("waivers.yaml:2:11: error: waivers[0].rule: unknown rule id 'SAAS-MFA-1': the rule set"
                + " has no such rule (did you mean 'SAAS-MFA-01'?)"), errors);
    }

    @Test
    void malformedDatesAreErrors() {
        List<String> errors = errors("""
                waivers:
                  - {rule: ACC-01, proposal: MT-1, reason: r, approvedBy: a, expires: 2027-02-30}
                  - {rule: ACC-03, proposal: MT-1, reason: r, approvedBy: a, expires: 31.01.2027}
                  - {rule: SAAS-MFA-01, proposal: MT-1, reason: r, approvedBy: a, expires: 2027-1-31}
                  - {rule: CHG-ROLLBACK-01, proposal: MT-1, reason: r, approvedBy: a, expires: 2027-01-31T10:00:00Z}
                """);
        assertEquals(List.of(
                "waivers.yaml:2:71: error: waivers[0].expires: expected a date YYYY-MM-DD, got '2027-02-30'",
                "waivers.yaml:3:71: error: waivers[1].expires: expected a date YYYY-MM-DD, got '31.01.2027'",
                "waivers.yaml:4:76: error: waivers[2].expires: expected a date YYYY-MM-DD, got '2027-1-31'",
                "waivers.yaml:5:80: error: waivers[3].expires: expected a date YYYY-MM-DD, got '2027-01-31T10:00:00Z'"),
                errors);
    }

    @Test
    void missingAndUnknownKeysAreErrorsWithDidYouMean() {
        List<String> errors = errors("""
                waivers:
                  - rule: ACC-01
                    proposal: MT-2026-030
                    reason: r
                    aprovedBy: finance
                    until: 2027-01-31
                waiver: []
                """);
        assertEquals(List.of(
                "waivers.yaml:2:5: error: waivers[0].approvedBy: required key 'approvedBy' is missing in waivers[0]"
                        + " (expected text)",
                "waivers.yaml:2:5: error: waivers[0].expires: required key 'expires' is missing in waivers[0]"
                        + " (expected a date YYYY-MM-DD)",
                "waivers.yaml:5:5: error: waivers[0].aprovedBy: unknown key 'aprovedBy' in waivers[0]"
                        + " (did you mean 'approvedBy'?)",
                "waivers.yaml:6:5: error: waivers[0].until: unknown key 'until' in waivers[0]"
                        + " (expected rule, proposal, reason, approvedBy, expires)",
                "waivers.yaml:7:1: error: waiver: unknown key 'waiver' at the top level (did you mean 'waivers'?)"),
                errors);
    }

    @Test
    void wrongShapesAndEmptyTextAreErrors() {
        List<String> errors = errors("""
                waivers:
                  - {rule: ACC-01, proposal: mt-30, reason: "  ", approvedBy: 12, expires: 2027-01-31}
                  - just a string
                """);
        assertEquals(List.of(
                "waivers.yaml:2:30: error: waivers[0].proposal: 'mt-30' must look like MT-2026-014"
                        + " (capital letters and digits, a dash, then capital letters, digits and dashes)",
                "waivers.yaml:2:45: error: waivers[0].reason: must not be empty",
                "waivers.yaml:2:63: error: waivers[0].approvedBy: expected text, got number 12",
                "waivers.yaml:3:5: error: waivers[1]: expected a waiver (rule, proposal, reason, approvedBy,"
                        + " expires), got 'just a string'"), errors);
        assertEquals(List.of("waivers.yaml:1:10: error: waivers: expected a list of waivers ([] for none), got a"
                        + " mapping"),
                errors("waivers: {rule: ACC-01}\n"));
        assertEquals(List.of("waivers.yaml:1:1: error: expected a mapping with a 'waivers:' list, got a list"),
                errors("- rule: ACC-01\n"));
        assertEquals(List.of(
                "waivers.yaml:1:1: error: exceptions: unknown key 'exceptions' at the top level (expected waivers)",
                "waivers.yaml:1:1: error: waivers: required key 'waivers' is missing (expected a list of waivers ([] for"
                        + " none))"),
                errors("exceptions: []\n"));
    }

    @Test
    void twoWaiversForTheSameRuleAndProposalAreAnError() {
        List<String> errors = errors("""
                waivers:
                  - {rule: ACC-01, proposal: MT-1, reason: r, approvedBy: a, expires: 2027-01-31}
                  - {rule: ACC-01, proposal: MT-1, reason: r, approvedBy: a, expires: 2027-06-30}
                """);
        assertEquals(List.of("waivers.yaml:3:5: error: waivers[1]: a waiver for ACC-01 on MT-1 is already given at"
                + " line 2: one waiver per rule and proposal (change its date instead)"), errors);
    }

    @Test
    void yamlProblemsAreReportedLikeAProposal() {
        assertEquals(List.of("waivers.yaml:1:1: error: file is empty: expected a 'waivers:' list"), errors("\n"));
        assertEquals(List.of("waivers.yaml:1:1: error: file holds only comments: expected a 'waivers:' list"),
                errors("# waivers granted by the security team\n# none yet\n"));
        assertTrue(errors("waivers: [oops\n").get(0).startsWith("waivers.yaml:2:1: error: not valid YAML"));
        assertTrue(errors("waivers: []\nwaivers: []\n").get(0).contains("duplicate key 'waivers'"));
        assertTrue(errors("waivers: !!java.lang.Object []\n").get(0).contains("is not allowed"));
    }

    @Test
    void readsAFileNamedAsReportsShowIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("waivers.yml");
        Files.writeString(file, "waivers:\n  - {rule: ACC-01, proposal: MT-1, reason: r, approvedBy: a,"
                + " expires: 2027-01-31}\n");
        WaiverFile read = new WaiverReader().read(file, RULES);
        assertTrue(read.file().endsWith("waivers.yml"), read.file());
        assertEquals(1, read.entries().size());
        Files.writeString(file, "waivers:\n  - {rule: NOPE, proposal: MT-1, reason: r, approvedBy: a,"
                + " expires: 2027-01-31}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new WaiverReader().read(file, RULES));
        assertTrue(e.errors().get(0).format().matches(".*waivers\\.yml:2:12: error: waivers\\[0]\\.rule: unknown rule id"
                + " 'NOPE'.*"), e.errors().get(0).format());
    }

    private static WaiverFile read(String yaml) throws InvalidInputException {
        return new WaiverReader().readText(yaml, "waivers.yaml", RULES);
    }

    private static List<String> errors(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(yaml));
        return e.errors().stream().map(InputError::format).toList();
    }
}
