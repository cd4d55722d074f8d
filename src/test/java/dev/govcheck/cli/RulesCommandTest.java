package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govcheck rules}, and how every command reports rule metadata problems. */
class RulesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textListsEveryRuleWithTitleRationaleAndTheLineOfItsHeader() throws Exception {
        CliRun run = CliRun.of("rules", "--rules", "rules");
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        assertEquals("", run.err(), "the default rules have all their metadata");
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("ID +TITLE +WHERE"), lines.get(0));
        List<RuleInfo> rules = TestRules.ruleSet().rules();
        for (RuleInfo rule : rules) {
            String row = lines.stream().filter(l -> l.startsWith(rule.id() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(rule.id() + " is listed"));
            assertTrue(row.contains(rule.title()), row);
            assertTrue(row.endsWith("  " + rule.file() + ":" + rule.line()), row);
            assertEquals(rule.rationale(), lines.get(lines.indexOf(row) + 1).trim());
            assertHeaderLine(rule.id(), rule.file(), rule.line());
        }
        assertEquals(rules.size() + " rules in rules", lines.get(lines.size() - 1));
    }

    @Test
    void jsonHasOneObjectPerRuleSortedById() throws Exception {
        CliRun run = CliRun.of("rules", "--format", "json", "--rules", "rules");
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals(List.of("ruleSet", "rules"), keys(root));
        assertEquals("rules", root.get("ruleSet").asText());
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : root.get("rules")) {
            assertEquals(List.of("id", "title", "rationale", "file", "line"), keys(rule));
            assertFalse(rule.get("rationale").asText().isBlank(), rule.toString());
            assertHeaderLine(rule.get("id").asText(), rule.get("file").asText(), rule.get("line").asInt());
            ids.add(rule.get("id").asText());
        }
        assertEquals(TestRules.ruleSet().rules().stream().map(RuleInfo::id).toList(), ids);
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void missingMetadataIsAWarningNamingTheRuleInEveryCommand(@TempDir Path dir) throws Exception {
        Path rules = DefaultRuleSetCopy.withDrl(dir, "extra.drl", DefaultRuleSetCopy.rule("NO-META", "", "kind"));
        CliRun run = CliRun.of("rules", "--rules", rules.toString());
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        String at = rules.resolve("extra.drl").toString().replace('\\', '/') + ":8: warning: rule \"NO-META\" has no ";
        assertEquals(List.of(at + "@id: reports and waivers will name it by its rule name",
                at + "@rationale: explain cannot say why it exists",
                at + "@title: reports will show it without saying what it checks"),
                run.err().lines().sorted().toList());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("NO-META ")), "listed by its rule name");

        CliRun check = CliRun.of("check", "--rules", rules.toString(), "samples/saas/hotjar.yaml");
        assertEquals(3, check.err().lines().filter(l -> l.contains(": warning: rule \"NO-META\"")).count(),
                check.err());
        assertEquals(ExitCode.PASS, check.exitCode());
        CliRun explain = CliRun.of("explain", "--rules", rules.toString(), "samples/saas/hotjar.yaml");
        assertEquals(3, explain.err().lines().filter(l -> l.contains(": warning: rule \"NO-META\"")).count(),
                explain.err());
        assertTrue(explain.out().contains(". NO-META\n"), explain.out());
        CliRun verify = CliRun.of("verify", "--rules", rules.toString(), "rules/tests");
        assertEquals(3, verify.err().lines().filter(l -> l.contains(": warning: rule \"NO-META\"")).count(),
                verify.err());
    }

    @Test
    void aDuplicateIdIsARuleSetErrorNamingBothRules(@TempDir Path dir) throws Exception {
        Path rules = DefaultRuleSetCopy.withDrl(dir, "a-extra.drl", DefaultRuleSetCopy.rule("A", "@id(\"SAAS-USERS-01\")\n"
                + "    @title(\"A copy\")\n    @rationale(\"Copied by mistake.\")\n", "spec.users"));
        CliRun run = CliRun.of("rules", "--rules", rules.toString());
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode());
        String first = rules.resolve("a-extra.drl").toString().replace('\\', '/') + ":8";
        String second = rules.resolve("saas-onboarding.drl").toString().replace('\\', '/') + ":";
        String error = run.err().lines().filter(l -> l.contains("duplicate rule id 'SAAS-USERS-01'")).findFirst()
                .orElseThrow(() -> new AssertionError(run.err()));
        assertTrue(error.startsWith(second), "reported at the second rule: " + error);
        assertTrue(error.contains("rule \"A\" at " + first), error);
        assertTrue(error.contains("rule \"SAAS-USERS-01\" at " + second), error);
        assertEquals(ExitCode.RULE_SET_ERROR, CliRun.of("check", "--rules", rules.toString(), "samples").exitCode());
        assertEquals(ExitCode.RULE_SET_ERROR,
                CliRun.of("explain", "--rules", rules.toString(), "samples/saas/hotjar.yaml").exitCode());
    }

    @Test
    void helpShowsExamplesAndOtherFormatsAreRefused() {
        CliRun help = CliRun.of("rules", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"), help.out());
        assertEquals(ExitCode.USAGE, CliRun.of("rules", "--format", "yaml").exitCode());
    }

    /** {@code file:line} is the rule's {@code rule "..."} header, and the rule there declares the id. */
    private static void assertHeaderLine(String id, String file, int line) throws Exception {
        List<String> drl = Files.readAllLines(Path.of(file));
        assertTrue(drl.get(line - 1).startsWith("rule \""), file + ":" + line);
        assertTrue(drl.get(line).contains("@id(\"" + id + "\")"), file + ":" + (line + 1));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }
}
