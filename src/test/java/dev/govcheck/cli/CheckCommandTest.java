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
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govcheck check} end to end: exit codes, the JSON shape of results, and broken files among good ones. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPassingProposalExitsZeroWithItsDecisionInText() {
        CliRun run = CliRun.of("check", "samples/saas/hotjar.yaml");
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        assertTrue(run.out().contains("MT-2026-014"));
        assertTrue(run.out().contains("PASS  tier MEDIUM  path STANDARD -> martech-standard (SLA 10 business days)"),
                run.out());
        assertTrue(run.out().contains("privacy-officer  SAAS-PII-01"), run.out());
        assertTrue(run.out().contains("samples/saas/hotjar.yaml:17:19"), "reasons carry file:line:column");
        assertTrue(run.out().endsWith("1 file: 1 pass, 0 fail, 0 invalid\n"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFailingProposalExitsOne() {
        CliRun run = CliRun.of("check", "samples/saas/ai-copywriter.yaml");
        assertEquals(ExitCode.FAIL, run.exitCode());
        assertTrue(run.out().contains("error ACC-01"), run.out());
        assertTrue(run.out().contains("error SAAS-MFA-01"), run.out());
    }

    @Test
    void failOnATierFailsAnOtherwisePassingProposal() {
        assertEquals(ExitCode.PASS, CliRun.of("check", "--fail-on", "high", "samples/saas/hotjar.yaml").exitCode());
        assertEquals(ExitCode.FAIL, CliRun.of("check", "--fail-on", "medium", "samples/saas/hotjar.yaml").exitCode());
        assertEquals(ExitCode.PASS, CliRun.of("check", "--fail-on", "never", "samples/saas/ai-copywriter.yaml")
                .exitCode());
    }

    @Test
    void jsonHasExactlyTheKeysOfTheOutcomeModel() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "samples/saas/braze-engagement.yaml");
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals(List.of("results", "summary"), keys(root));
        JsonNode result = root.get("results").get(0);
        assertEquals(List.of("file", "id", "kind", "status", "tier", "path", "queue", "slaBusinessDays", "approvals",
                "violations", "obligations", "fastTrackBlockers", "waived", "fired"), keys(result));
        assertEquals("samples/saas/braze-engagement.yaml", result.get("file").asText());
        assertEquals("FULL_REVIEW", result.get("path").asText());
        assertEquals("architecture-review", result.get("queue").asText());
        assertEquals(20, result.get("slaBusinessDays").asInt());
        JsonNode approval = result.get("approvals").get(0);
        assertEquals(List.of("role", "reasons"), keys(approval));
        assertEquals(List.of("rule", "message", "field", "line", "column"), keys(approval.get("reasons").get(0)));
        assertEquals(List.of("rule", "message", "field", "line", "column"),
                keys(result.get("fastTrackBlockers").get(0)));
        assertEquals(List.of("files", "pass", "fail", "invalid", "error"), keys(root.get("summary")));
        List<String> fired = new ArrayList<>();
        result.get("fired").forEach(n -> fired.add(n.asText()));
        assertEquals(fired.stream().sorted().toList(), fired, "fired is sorted");
    }

    @Test
    void aBrokenFileAmongGoodOnesIsReportedAndTheOthersStillChecked(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("a-good.yaml"));
        Files.copy(Path.of("samples/saas/ai-copywriter.yaml"), dir.resolve("b-failing.yml"));
        Files.writeString(dir.resolve("c-broken.yaml"), "apiVersion: govcheck/v1\nkind: [oops\n");
        Files.writeString(dir.resolve("notes.txt"), "not a proposal");
        CliRun text = CliRun.of("check", dir.toString());
        assertEquals(ExitCode.INVALID_INPUT, text.exitCode(), "invalid input outranks a failing proposal");
        assertTrue(text.out().contains("MT-2026-014"));
        assertTrue(text.out().contains("MT-2026-030"));
        assertTrue(text.out().lines().anyMatch(l -> l.matches(".*c-broken\\.yaml:\\d+:\\d+: error: not valid YAML.*")),
                text.out());
        assertTrue(text.out().contains("3 files: 1 pass, 1 fail, 1 invalid"), text.out());
        assertFalse(text.err().contains("Exception"), text.err());

        JsonNode json = JSON.readTree(CliRun.of("check", "-f", "json", dir.toString()).out());
        assertEquals(3, json.get("results").size());
        JsonNode invalid = json.get("results").get(2);
        assertEquals("INVALID", invalid.get("status").asText());
        assertEquals(List.of("message", "field", "line", "column"), keys(invalid.get("errors").get(0)));
    }

    @Test
    void duplicateIdsAcrossFilesAreInputErrorsNamingTheOtherFile(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("one.yaml"));
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("two.yaml"));
        CliRun run = CliRun.of("check", dir.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.out().contains("one.yaml:3:5: error: id: proposal id 'MT-2026-014' is also used by "), run.out());
        assertTrue(run.out().contains("two.yaml"), run.out());
    }

    @Test
    void hiddenFoldersBuildOutputAndTheRuleSetAreNotSearched(@TempDir Path dir) throws Exception {
        for (String folder : List.of(".github/workflows", "target/classes", "node_modules/pkg", "rules", "proposals")) {
            Files.createDirectories(dir.resolve(folder));
            Files.writeString(dir.resolve(folder).resolve("x.yaml"), "not: a proposal\n");
        }
        Files.delete(dir.resolve("proposals/x.yaml"));
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("proposals/hotjar.yaml"));
        try (var ruleFiles = Files.list(Path.of("rules"))) {
            for (Path file : ruleFiles.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve("rules").resolve(file.getFileName().toString()));
            }
        }
        CliRun withDefaultRules = CliRun.of("check", "--rules", dir.resolve("rules").toString(), dir.toString());
        assertEquals(ExitCode.PASS, withDefaultRules.exitCode(), withDefaultRules.out());
        assertTrue(withDefaultRules.out().contains("1 file: 1 pass"), withDefaultRules.out());
        assertTrue(CliRun.of("check", dir.resolve("target/classes/x.yaml").toString()).out().contains("1 invalid"),
                "a file named explicitly is always checked");
    }

    @Test
    void aMissingPathIsAnInputError() {
        CliRun run = CliRun.of("check", "no/such/place.yaml");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.out().contains("no/such/place.yaml:1:1: error: no such file or folder"), run.out());
    }

    @Test
    void aBrokenRuleSetExitsThreeWithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of("rules/policy.yaml"), rules.resolve("policy.yaml"));
        Files.writeString(rules.resolve("bad.drl"), """
                package govcheck.rules;
                import dev.govcheck.proposal.*;

                rule "X"
                when
                    SaasOnboarding( spec.noSuchField == 1 )
                then
                end
                """);
        CliRun run = CliRun.of("check", "--rules", rules.toString(), "samples/saas/hotjar.yaml");
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.matches(".*rules/bad\\.drl:6(:\\d+)?: error: .*")), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void usageErrorsExitSixtyFour() {
        CliRun run = CliRun.of("check", "--format", "yaml", "samples");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown format 'yaml'"), run.err());
        assertEquals(ExitCode.USAGE, CliRun.of("check", "--no-such-option").exitCode());
    }

    @Test
    void outputGoesToAFileWhenAsked(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("out/report.json");
        CliRun run = CliRun.of("check", "-f", "json", "-o", report.toString(), "samples/saas/hotjar.yaml");
        assertEquals(ExitCode.PASS, run.exitCode());
        assertEquals("", run.out());
        assertEquals("MT-2026-014", JSON.readTree(report.toFile()).get("results").get(0).get("id").asText());
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        String first = CliRun.of("check", "-f", "json", "samples").out();
        String second = CliRun.of("check", "-f", "json", "samples").out();
        assertEquals(first, second);
    }

    @Test
    void quietPrintsOnlyWhatFailsAndTheSummary() {
        CliRun run = CliRun.of("check", "-q", "samples/saas/hotjar.yaml", "samples/saas/ai-copywriter.yaml");
        assertEquals(ExitCode.FAIL, run.exitCode());
        assertFalse(run.out().contains("MT-2026-014"), run.out());
        assertTrue(run.out().contains("MT-2026-030"), run.out());
        assertTrue(run.out().endsWith("2 files: 1 pass, 1 fail, 0 invalid\n"), run.out());
    }

    @Test
    void noColourWhenNotATerminal() {
        assertFalse(CliRun.of("check", "samples/saas").out().contains("\u001b["), "ANSI codes only on a terminal");
    }

    @Test
    void versionAndHelpWork() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("govcheck "), version.out());
        CliRun help = CliRun.of("check", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }
}
