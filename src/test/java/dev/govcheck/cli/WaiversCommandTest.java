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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --waivers FILE --today DATE} end to end, always with a fixed --today. */
class WaiversCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fails on SAAS-MFA-01 alone (no SSO, no MFA); MEDIUM, STANDARD, privacy-officer sign-off. */
    private static final String PROPOSAL = "examples/proposals/webinar-platform.yaml";
    private static final String MFA_WAIVER = """
            # granted by the security team
            waivers:
              - rule: SAAS-MFA-01
                proposal: MT-2026-041
                reason: SSO comes with the enterprise plan
                approvedBy: security (J. Novak)
                expires: 2027-01-31
            """;

    @Test
    void anAppliedWaiverTurnsFailIntoPassAndShowsInText(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, MFA_WAIVER);
        assertEquals(ExitCode.FAIL, CliRun.of("check", "--today", "2026-11-02", PROPOSAL).exitCode());

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-11-02", PROPOSAL);

        assertEquals(ExitCode.PASS, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  PASS  tier MEDIUM  path STANDARD -> martech-standard"), run.out());
        assertFalse(run.out().contains("violations:"), run.out());
        assertTrue(run.out().contains("""
                  waived:
                    SAAS-MFA-01  approved by security (J. Novak), expires 2027-01-31: SSO comes with the enterprise plan
                """), run.out());
        assertFalse(run.out().contains("warning"), "an applied waiver far from its end says nothing more");
        assertEquals("", run.err());
    }

    @Test
    void anAppliedWaiverShowsInJsonAndLeavesTierPathAndApprovals(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, MFA_WAIVER);
        JsonNode without = JSON.readTree(CliRun.of("check", "-f", "json", PROPOSAL).out()).get("results").get(0);

        CliRun run = CliRun.of("check", "-f", "json", "--waivers", waivers.toString(), "--today", "2026-11-02",
                PROPOSAL);

        assertEquals(ExitCode.PASS, run.exitCode());
        JsonNode root = JSON.readTree(run.out());
        JsonNode with = root.get("results").get(0);
        assertEquals("FAIL", without.get("status").asText());
        assertEquals("PASS", with.get("status").asText());
        assertEquals(0, with.get("violations").size());
        assertEquals(JSON.readTree("""
                [{"rule": "SAAS-MFA-01", "proposal": "MT-2026-041", "reason": "SSO comes with the enterprise plan",
                  "approvedBy": "security (J. Novak)", "expires": "2027-01-31"}]"""), with.get("waived"));
        for (String unchanged : List.of("tier", "path", "queue", "slaBusinessDays", "approvals", "obligations",
                "fastTrackBlockers", "fired")) {
            assertEquals(without.get(unchanged), with.get(unchanged), unchanged);
        }
        assertEquals(List.of("results", "summary"), keys(root), "no warnings or notices to report");
    }

    @Test
    void anExpiredWaiverIsNotAppliedAndWarnsWithFileAndLine(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, MFA_WAIVER);
        String shown = waivers.toString();

        CliRun run = CliRun.of("check", "--waivers", shown, "--today", "2027-02-01", PROPOSAL);

        assertEquals(ExitCode.FAIL, run.exitCode());
        assertTrue(run.out().contains("error SAAS-MFA-01"), run.out());
        assertFalse(run.out().contains("waived:"), run.out());
        String warning = shown + ":3:5: warning: waiver for SAAS-MFA-01 on MT-2026-041 expired on 2027-01-31: not"
                + " applied (renew it or fix the proposal)";
        assertTrue(run.out().lines().anyMatch(warning::equals), run.out());

        JsonNode json = JSON.readTree(CliRun.of("check", "-f", "json", "--waivers", shown, "--today", "2027-02-01",
                PROPOSAL).out());
        assertEquals(List.of(shown + ":3:5: waiver for SAAS-MFA-01 on MT-2026-041 expired on 2027-01-31: not applied"
                + " (renew it or fix the proposal)"), strings(json.get("warnings")));
        assertEquals(0, json.get("results").get(0).get("waived").size());
    }

    @Test
    void aWaiverThatMatchesNothingWarns(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, """
                waivers:
                  - {rule: ACC-01, proposal: MT-2026-041, reason: r, approvedBy: finance, expires: 2027-01-31}
                  - {rule: SAAS-MFA-01, proposal: MT-2026-999, reason: r, approvedBy: security, expires: 2027-01-31}
                """);

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-11-02",
                Path.of(PROPOSAL).getParent().toString());

        assertEquals(ExitCode.FAIL, run.exitCode(), "warnings do not change the exit code");
        assertTrue(run.out().contains(waivers + ":2:5: warning: waiver for ACC-01 on MT-2026-041 matches nothing:"
                + " MT-2026-041 has no error violation of ACC-01 (remove the waiver)"), run.out());
        assertTrue(run.out().contains(waivers + ":3:5: warning: waiver for SAAS-MFA-01 on MT-2026-999 matches"
                + " nothing: no proposal MT-2026-999 was checked in this run"), run.out());
    }

    /**
     * A run of the files a commit touches (pre-commit names them) does not look at every proposal: a waiver whose
     * proposal it did not check is not stale, and says so in a notice, not a warning.
     */
    @Test
    void aWaiverOfAProposalThatARunOfSomeFilesDidNotCheckIsANotice(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, """
                waivers:
                  - {rule: ACC-01, proposal: MT-2026-041, reason: r, approvedBy: finance, expires: 2027-01-31}
                  - {rule: SAAS-MFA-01, proposal: MT-2026-999, reason: r, approvedBy: security, expires: 2027-01-31}
                """);

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-11-02", PROPOSAL);

        assertTrue(run.out().contains(waivers + ":2:5: warning: waiver for ACC-01 on MT-2026-041 matches nothing:"
                + " MT-2026-041 has no error violation of ACC-01 (remove the waiver)"), run.out());
        assertTrue(run.out().contains(waivers + ":3:5: notice: waiver for SAAS-MFA-01 on MT-2026-999 not checked in"
                + " this run: it checks only some of the proposals, and MT-2026-999 is not among them"), run.out());
        assertFalse(run.out().contains("MT-2026-999 matches nothing"), run.out());
    }

    @Test
    void aWaiverEndingWithinFourteenDaysIsANoticeInEveryFormat(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, MFA_WAIVER);
        String notice = waivers + ":3:5: notice: waiver for SAAS-MFA-01 on MT-2026-041 expires on 2027-01-31,"
                + " in 14 days: renew it or fix the proposal";

        CliRun text = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2027-01-17", PROPOSAL);
        assertEquals(ExitCode.PASS, text.exitCode());
        assertTrue(text.out().lines().anyMatch(notice::equals), text.out());

        CliRun quiet = CliRun.of("check", "-q", "--waivers", waivers.toString(), "--today", "2027-01-17", PROPOSAL);
        assertFalse(quiet.out().contains("notice"), quiet.out());

        JsonNode json = JSON.readTree(CliRun.of("check", "-f", "json", "--waivers", waivers.toString(), "--today",
                "2027-01-17", PROPOSAL).out());
        assertEquals(List.of(notice.replace(" notice:", "")), strings(json.get("notices")));
        assertEquals(null, json.get("warnings"));

        CliRun earlier = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2027-01-16", PROPOSAL);
        assertFalse(earlier.out().contains("notice"), "15 days left: no notice yet");
    }

    @Test
    void anUnknownRuleIdIsAnInputErrorAndTheProposalsAreStillReported(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, MFA_WAIVER.replace("SAAS-MFA-01", "SAAS-MFA-1"));

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-11-02", PROPOSAL);

        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.out().contains(waivers + ":3:11: error: waivers[0].rule: unknown rule id 'SAAS-MFA-1': the"
                + " rule set has no such rule (did you mean 'SAAS-MFA-01'?)"), run.out());
        assertTrue(run.out().contains("MT-2026-041"), "the proposal is still checked");
        assertTrue(run.out().contains("error SAAS-MFA-01"), "no waiver of an invalid file is applied");
        assertTrue(run.out().endsWith("2 files: 0 pass, 1 fail, 1 invalid\n"), run.out());

        JsonNode json = JSON.readTree(CliRun.of("check", "-f", "json", "--waivers", waivers.toString(), PROPOSAL)
                .out());
        JsonNode invalid = null;
        for (JsonNode result : json.get("results")) {
            invalid = result.get("file").asText().equals(waivers.toString()) ? result : invalid;
        }
        assertTrue(invalid != null, "the waivers file is reported as an input: " + json);
        assertEquals("INVALID", invalid.get("status").asText());
        assertEquals(3, invalid.get("errors").get(0).get("line").asInt());
        assertEquals(11, invalid.get("errors").get(0).get("column").asInt());
    }

    @Test
    void aMalformedDateIsAnInputError(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, MFA_WAIVER.replace("2027-01-31", "31/01/2027"));

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-11-02", PROPOSAL);

        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.out().contains(waivers + ":7:14: error: waivers[0].expires: expected a date YYYY-MM-DD, got"
                + " '31/01/2027'"), run.out());
    }

    /** java.time alone reads a year of nine digits; a waiver's end is a day a person can mean (issue 16). */
    @Test
    void anExpiryThatIsNotExactlyYyyyMmDdIsAnInputError(@TempDir Path dir) throws Exception {
        for (String date : List.of("+999999999-12-31", "-2027-01-31", "20270-01-31", "2027-1-31")) {
            Path waivers = write(dir, MFA_WAIVER.replace("2027-01-31", date));

            CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-11-02", PROPOSAL);

            assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), date + ": " + run.out());
            assertTrue(run.out().contains(waivers + ":7:14: error: waivers[0].expires: expected a date YYYY-MM-DD,"
                    + " got '" + date + "'"), run.out());
            assertFalse(run.out().contains("waived:"), "the waiver is not applied: " + run.out());
        }
    }

    /** A waivers file of comments, or a 'waivers:' with no value, is not "no waivers": it says so (issue 16). */
    @Test
    void aWaiversFileWithoutWaiversSaysWhatItShouldHold(@TempDir Path dir) throws Exception {
        Path comments = write(dir, "# granted by the security team\n# none yet\n");
        CliRun onlyComments = CliRun.of("check", "--waivers", comments.toString(), "--today", "2026-11-02", PROPOSAL);
        assertEquals(ExitCode.INVALID_INPUT, onlyComments.exitCode(), onlyComments.out());
        assertTrue(onlyComments.out().contains(comments + ":1:1: error: file holds only comments: expected a"
                + " 'waivers:' list"), onlyComments.out());

        Path noValue = write(dir, "# granted by the security team\nwaivers:\n");
        CliRun empty = CliRun.of("check", "--waivers", noValue.toString(), "--today", "2026-11-02", PROPOSAL);
        assertEquals(ExitCode.INVALID_INPUT, empty.exitCode(), empty.out());
        assertTrue(empty.out().contains(noValue + ":2:1: error: waivers: expected a list of waivers ([] for none),"
                + " got nothing"), empty.out());
        assertTrue(empty.out().contains("MT-2026-041"), "the proposal is still reported: " + empty.out());
    }

    @Test
    void aMissingWaiversFileIsAnInvalidInputAndTheProposalsAreStillChecked(@TempDir Path dir) throws Exception {
        // input files are consistent: one that cannot be read is exit 2, like a proposal or a --rules folder's files
        CliRun missing = CliRun.of("check", "--waivers", dir.resolve("nope.yaml").toString(), PROPOSAL);
        assertEquals(ExitCode.INVALID_INPUT, missing.exitCode(), missing.err());
        assertTrue(missing.out().contains("nope.yaml:1:1: error: cannot read the waivers file (--waivers): no such"
                + " file"), missing.out());
        assertTrue(missing.out().contains("MT-2026-041"), "the proposal is still reported: " + missing.out());

        CliRun folder = CliRun.of("explain", "--waivers", dir.toString(), PROPOSAL);
        assertEquals(ExitCode.INVALID_INPUT, folder.exitCode(), folder.err());
        assertTrue(folder.err().contains("it is a folder, expected a waivers file"), folder.err());
    }

    @Test
    void aBadTodayIsAUsageError(@TempDir Path dir) throws Exception {
        CliRun badDay = CliRun.of("check", "--waivers", write(dir, MFA_WAIVER).toString(), "--today", "2026-02-30",
                PROPOSAL);
        assertEquals(ExitCode.USAGE, badDay.exitCode());
        assertTrue(badDay.err().contains("'2026-02-30' is not a date YYYY-MM-DD"), badDay.err());
        for (String day : List.of("+999999999-12-31", "20261-11-02", "2026-11-2")) {
            CliRun farDay = CliRun.of("check", "--today", day, PROPOSAL);
            assertEquals(ExitCode.USAGE, farDay.exitCode(), day);
            assertTrue(farDay.err().contains("'" + day + "' is not a date YYYY-MM-DD"), farDay.err());
        }
    }

    @Test
    void theWaiversFileIsNeverCheckedAsAProposal(@TempDir Path dir) throws Exception {
        Path waivers = write(dir, MFA_WAIVER);
        Files.copy(Path.of(PROPOSAL), dir.resolve("webinar-platform.yaml"));

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-11-02", dir.toString());

        assertEquals(ExitCode.PASS, run.exitCode(), run.out());
        assertTrue(run.out().endsWith("1 file: 1 pass, 0 fail, 0 invalid\n"), run.out());
    }

    @Test
    void theReadmeShowsTheWaiversExampleAsItRuns() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String waivers = Files.readString(Path.of("examples/waivers.yaml"));
        assertTrue(readme.contains(waivers.substring(waivers.indexOf("waivers:"))), "README shows the waivers file");

        CliRun before = CliRun.of("check", "--today", "2026-11-02", "examples/proposals/");
        assertEquals(ExitCode.FAIL, before.exitCode(), "the example fails without its waiver");
        String command = "check --waivers examples/waivers.yaml --today 2026-11-02 examples/proposals/";
        CliRun run = CliRun.of(command.split(" "));
        assertEquals(ExitCode.PASS, run.exitCode());
        assertTrue(readme.contains("$ java -jar target/govcheck.jar " + command + "\n" + run.out()), run.out());
        for (String day : List.of("2027-01-20", "2027-02-01")) {
            String last = CliRun.of("check", "--waivers", "examples/waivers.yaml", "--today", day,
                    "examples/proposals/").out().lines().filter(l -> l.startsWith("examples/waivers.yaml:")).findFirst()
                    .orElseThrow();
            assertTrue(readme.contains("  " + last + "\n"), last);
        }
    }

    private static Path write(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("waivers.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
