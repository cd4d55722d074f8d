package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain --waivers}: the same waivers as {@code check}, applied to the decision explained. */
class ExplainWaiversTest {
    private static final String PROPOSAL = "examples/proposals/webinar-platform.yaml";
    private static final String WAIVERS = "examples/waivers.yaml";

    @Test
    void withoutTheWaiverTheProposalFails() {
        CliRun run = CliRun.of("explain", "-q", PROPOSAL);
        assertEquals(ExitCode.FAIL, run.exitCode(), run.out());
        assertFalse(run.out().contains("waived:"), run.out());
    }

    @Test
    void aWaiverInForceExcusesTheViolationAndIsShown() {
        CliRun run = CliRun.of("explain", "-q", "--waivers", WAIVERS, "--today", "2026-11-02", PROPOSAL);
        assertEquals(ExitCode.PASS, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  PASS  tier MEDIUM  path STANDARD"), run.out());
        assertTrue(run.out().contains("waived:      SAAS-MFA-01, approved by security (J. Novak), expires 2027-01-31"),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void aWaiverEndingSoonIsANoticeOnStandardError() {
        CliRun run = CliRun.of("explain", "-q", "--waivers", WAIVERS, "--today", "2027-01-20", PROPOSAL);
        assertEquals(ExitCode.PASS, run.exitCode());
        assertTrue(run.err().startsWith("examples/waivers.yaml:4:5: notice: waiver for SAAS-MFA-01 on MT-2026-041"
                + " expires on 2027-01-31, in 11 days"), run.err());
    }

    @Test
    void anExpiredWaiverIsNotAppliedAndIsAWarning() {
        CliRun run = CliRun.of("explain", "-q", "--waivers", WAIVERS, "--today", "2027-02-01", PROPOSAL);
        assertEquals(ExitCode.FAIL, run.exitCode());
        assertFalse(run.out().contains("waived:"), run.out());
        assertTrue(run.err().contains("examples/waivers.yaml:4:5: warning:"), run.err());
        assertTrue(run.err().contains("expired on 2027-01-31"), run.err());
    }

    @Test
    void jsonListsTheWaiversApplied() throws Exception {
        CliRun run = CliRun.of("explain", "-f", "json", "--waivers", WAIVERS, "--today", "2026-11-02", PROPOSAL);
        assertEquals(ExitCode.PASS, run.exitCode());
        JsonNode waived = new ObjectMapper().readTree(run.out()).get("waived");
        assertEquals(1, waived.size());
        assertEquals("SAAS-MFA-01", waived.get(0).get("rule").asText());
        assertEquals("security (J. Novak)", waived.get(0).get("approvedBy").asText());
        assertEquals("2027-01-31", waived.get(0).get("expires").asText());
    }

    @Test
    void anInvalidWaiversFileIsReportedTheProposalStillExplainedAndTheRunExitsTwo(@TempDir Path dir)
            throws Exception {
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - rule: SAAS-MFA-99
                    proposal: MT-2026-041
                    reason: typo in the rule id
                    approvedBy: security
                    expires: 2027-01-31
                """);
        CliRun run = CliRun.of("explain", "-q", "--waivers", waivers.toString(), "--today", "2026-11-02", PROPOSAL);
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("waivers.yaml:2:11: error: "), run.err());
        assertTrue(run.out().contains("MT-2026-041"), "the proposal is still explained");
    }
}
