package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.decision.Decision;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code govcheck explain} end to end: the explanation, the fast-track advice, and what-if runs with --set. */
class ExplainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** STANDARD only because of two thresholds: annualCost 12000 and 300 users. */
    private static final String THRESHOLD_ONLY = "src/test/resources/explain/threshold-only.yaml";

    @TestFactory
    Stream<DynamicTest> explainNamesEveryFiredRuleOfEverySample() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.toString(), () -> {
            Decision checked = TestRules.evaluate(sample);
            CliRun explain = CliRun.of("explain", "-f", "json", sample.toString());
            assertEquals(checked.hasErrors() ? ExitCode.FAIL : ExitCode.PASS, explain.exitCode(), explain.err());
            JsonNode explained = JSON.readTree(explain.out());
            List<String> fired = checked.fired();
            List<String> rules = new ArrayList<>();
            explained.get("rules").forEach(r -> rules.add(r.get("rule").asText()));
            assertEquals(fired, rules.stream().sorted().toList());
            assertEquals(checked.tier().name(), explained.get("tier").asText());
            assertEquals(checked.path().name(), explained.get("path").asText());
            assertEquals(checked.fastTrackBlockers().size(), explained.get("fastTrack").get("blockers").size());

            for (JsonNode rule : explained.get("rules")) {
                assertFalse(rule.get("facts").isEmpty(), rule.get("rule") + " shows the facts it matched");
                for (JsonNode fact : rule.get("facts")) {
                    assertTrue(fact.get("line").asInt() >= 1, fact.toString());
                }
            }
        }));
    }

    @Test
    void theTextNamesEachRuleWithWhyWhatItMatchedAndWhereAndThenTheFastTrackAdvice() {
        CliRun run = CliRun.of("explain", THRESHOLD_ONLY);
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("  PASS  tier MEDIUM  path STANDARD -> martech-standard (SLA 10 business days)"), out);
        assertTrue(out.contains(". SAAS-USERS-01  A tool for many users is a broad roll-out\n"
                + "     why:       A tool used by hundreds of people is hard to withdraw and needs support, training"
                + " and licence management.\n"
                + "     matched:   spec.users = 300  " + THRESHOLD_ONLY + ":17:10\n"
                + "     decided:   tier MEDIUM, path STANDARD\n"
                + "     because:   300 users (spec.users) is at or above the broad roll-out size of 250  "
                + THRESHOLD_ONLY + ":17:10\n"
                + "     threshold: spec.users 300 >= 250 (largeUserCount): to lift it, set spec.users to at most 249\n"
                + "     rule:      rules/saas-onboarding.drl:"), out);
        assertTrue(out.contains("To qualify for the fast track, change these (2):\n"
                + "  SAAS-COST-01  businessCase.annualCost  " + THRESHOLD_ONLY + ":13:15\n"
                + "    the annual cost of 12000 EUR (businessCase.annualCost) is above the fast-track limit of 10000 for a"
                + " tool the catalog has not approved\n"
                + "    businessCase.annualCost 12000 > 10000 (fastTrackMaxAnnualCost): set businessCase.annualCost"
                + " to at most 10000\n"
                + "  SAAS-USERS-01  spec.users  " + THRESHOLD_ONLY + ":17:10\n"
                + "    300 users (spec.users) is at or above the broad roll-out size of 250\n"
                + "    spec.users 300 >= 250 (largeUserCount): set spec.users to at most 249\n"
                + "  try these changes: govcheck explain " + THRESHOLD_ONLY
                + " --set businessCase.annualCost=10000 --set spec.users=249\n"), out);
        assertTrue(out.indexOf("Rules that fired") < out.indexOf("To qualify for the fast track"));
        assertEquals("", run.err());
    }

    @Test
    void applyingTheThresholdAdviceWithSetGivesTheFastTrackAndLeavesTheFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(Path.of(THRESHOLD_ONLY));
        JsonNode plain = JSON.readTree(CliRun.of("explain", "-f", "json", THRESHOLD_ONLY).out());
        assertEquals("STANDARD", plain.get("path").asText());
        JsonNode blockers = plain.get("fastTrack").get("blockers");
        assertEquals(2, blockers.size());
        for (JsonNode blocker : blockers) {
            assertTrue(blocker.get("threshold").isObject(), "only threshold blockers: " + blocker);
        }
        JsonNode cost = blockers.get(0).get("threshold");
        assertEquals("fastTrackMaxAnnualCost", cost.get("name").asText());
        assertEquals("businessCase.annualCost", cost.get("field").asText());
        assertEquals(">", cost.get("operator").asText());
        assertEquals(12000, cost.get("actual").asInt());
        assertEquals(10000, cost.get("limit").asInt());
        assertEquals("businessCase.annualCost=10000", cost.get("set").asText());
        List<String> settings = texts(plain.get("fastTrack").get("suggestedSettings"));
        assertEquals(List.of("businessCase.annualCost=10000", "spec.users=249"), settings);

        List<String> args = new ArrayList<>(List.of("explain", "-f", "json", THRESHOLD_ONLY));
        settings.forEach(s -> args.addAll(List.of("--set", s)));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        JsonNode after = JSON.readTree(run.out());
        assertEquals("FAST_TRACK", after.get("path").asText());
        assertEquals("martech-express", after.get("queue").asText());
        assertTrue(after.get("fastTrack").get("onFastTrack").asBoolean());
        JsonNode whatIf = after.get("whatIf");
        assertEquals("STANDARD", whatIf.get("path").get("before").asText());
        assertEquals("FAST_TRACK", whatIf.get("path").get("after").asText());
        assertEquals("MEDIUM", whatIf.get("tier").get("before").asText());
        assertEquals("LOW", whatIf.get("tier").get("after").asText());
        assertEquals(List.of("SAAS-COST-01", "SAAS-USERS-01"), texts(whatIf.get("rules").get("removed")));
        assertEquals("12000", whatIf.get("set").get(0).get("was").asText());
        assertEquals("10000", whatIf.get("set").get(0).get("value").asText());
        assertArrayEquals(before, Files.readAllBytes(Path.of(THRESHOLD_ONLY)), "the file is not modified");
    }

    @Test
    void whatIfTextShowsEachChangeAndTheTransitions() {
        CliRun run = CliRun.of("explain", "-q", THRESHOLD_ONLY, "--set", "businessCase.annualCost=10000",
                "--set", "spec.users=249");
        String out = run.out();
        assertTrue(out.contains("What if (the file is not changed):\n"
                + "  businessCase.annualCost = 10000  (was 12000)\n"
                + "  spec.users              = 249  (was 300)\n"
                + "  status   PASS (unchanged)\n"
                + "  tier     MEDIUM -> LOW\n"
                + "  path     STANDARD -> FAST_TRACK\n"
                + "  rules no longer firing: SAAS-COST-01, SAAS-USERS-01\n"), out);
        assertTrue(out.endsWith("On the fast track: martech-express (SLA 2 business days)\n"), out);
        assertFalse(out.contains("Rules that fired"), "--quiet leaves out the rules");
    }

    @Test
    void approvalsAndViolationsAddedAndRemovedAreListed() throws Exception {
        JsonNode sso = JSON.readTree(CliRun.of("explain", "-f", "json", "samples/saas/hotjar.yaml",
                "--set", "spec.access.sso=false", "--set", "spec.data.personalData=none").out()).get("whatIf");
        assertEquals(List.of("security"), roles(sso.get("approvals").get("added")));
        assertEquals(List.of("privacy-officer"), roles(sso.get("approvals").get("removed")));
        assertEquals(List.of("SAAS-SSO-01"), texts(sso.get("rules").get("added")));

        CliRun fixed = CliRun.of("explain", "samples/saas/patient-stories-cms.yaml",
                "--set", "itPartner.name=Tom Keller", "--set", "itPartner.team=Enterprise Integration");
        assertEquals(ExitCode.PASS, fixed.exitCode(), "the explained decision (with --set) sets the exit code");
        assertTrue(fixed.out().contains("  status   FAIL -> PASS\n"), fixed.out());
        assertTrue(fixed.out().contains("  violations removed:\n    ACC-03  "), fixed.out());
        assertTrue(fixed.out().contains("  itPartner.name = Tom Keller  (not in the file)\n"), fixed.out());
        assertEquals(ExitCode.FAIL, CliRun.of("explain", "samples/saas/patient-stories-cms.yaml").exitCode());

        JsonNode broke = JSON.readTree(CliRun.of("explain", "-f", "json", "samples/saas/canva-social.yaml",
                "--set", "spec.access.mfa=false").out()).get("whatIf");
        assertEquals("SAAS-MFA-01", broke.get("violations").get("added").get(0).get("rule").asText());
        assertEquals("FAIL", broke.get("status").get("after").asText());
    }

    @Test
    void setValuesAreTypedByTheSchemaKeepTheirLineAndCreateWhatIsMissing() throws Exception {
        JsonNode users = JSON.readTree(CliRun.of("explain", "-f", "json", "samples/saas/hotjar.yaml",
                "--set", "spec.users=400").out());
        JsonNode fact = rule(users, "SAAS-USERS-01").get("facts").get(0);
        assertEquals("spec.users", fact.get("field").asText());
        assertEquals("400", fact.get("value").asText());
        assertEquals("set", fact.get("origin").asText());
        assertEquals(14, fact.get("line").asInt(), "the overridden value keeps the line of the one it replaces");

        JsonNode integration = JSON.readTree(CliRun.of("explain", "-f", "json", "samples/saas/hotjar.yaml",
                "--set", "spec.integrations[0].system=SAP S/4HANA", "--set", "spec.integrations[0].direction=write",
                "--set", "spec.integrations[0].coreSystem=true").out());
        assertEquals("FULL_REVIEW", integration.get("path").asText());
        List<String> added = texts(integration.get("whatIf").get("rules").get("added"));
        assertTrue(added.containsAll(List.of("SAAS-INT-01", "ACC-03")),
                "writing to a core system makes it HIGH, and then an IT partner is required: " + added);
        assertEquals("{system: SAP S/4HANA, direction: write, coreSystem: true}",
                rule(integration, "SAAS-INT-01").get("facts").get(0).get("value").asText());

        JsonNode replaces = JSON.readTree(CliRun.of("explain", "-f", "json", "samples/saas/typeform-feedback.yaml",
                "--set", "spec.replaces[0]=Qualtrics CoreXM", "--set", "businessCase.annualCost=8400.50").out());
        assertEquals(List.of("SAAS-CAT-01"), texts(replaces.get("whatIf").get("rules").get("removed")));
        assertEquals("8400.5", replaces.get("whatIf").get("set").get(1).get("value").asText());
    }

    @Test
    void aSetThatDoesNotFitTheSchemaIsAUsageError() {
        assertUsage("--set spec.user=200: spec.user is not a field of SaasOnboarding proposals"
                        + " (did you mean spec.users?)",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.user=200");
        assertUsage("spec.acess is not a field of SaasOnboarding proposals (did you mean spec.access?)",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.acess.sso=true");
        assertUsage("--set spec.users=many: spec.users is a whole number, got 'many'",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.users=many");
        assertUsage("businessCase.annualCost is a number, got 'lots'",
                "explain", "samples/saas/hotjar.yaml", "--set", "businessCase.annualCost=lots");
        assertUsage("spec.access.sso is true or false, got 'maybe'",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.access.sso=maybe");
        assertUsage("spec.data.personalData is one of none, pseudonymous, contact, behavioral, sensitive, got"
                        + " 'behavorial' (did you mean 'behavioral'?)",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.data.personalData=behavorial");
        assertUsage("--set spec.decisionBy=+999999999-12-31: spec.decisionBy is a date YYYY-MM-DD, got"
                        + " '+999999999-12-31'",
                "explain", "samples/evaluation/cdp-desk-research.yaml", "--set", "spec.decisionBy=+999999999-12-31");
        assertUsage("spec.access is a group of fields; set one of them: spec.access.sso, spec.access.mfa,"
                        + " spec.access.scim",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.access=true");
        assertUsage("spec.replaces is a list; set one item, e.g. spec.replaces[0]",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.replaces=Hotjar");
        assertUsage("spec.integrations has 2 items: use an index from 0 to 1, or 2 to add one",
                "explain", "samples/saas/braze-engagement.yaml", "--set", "spec.integrations[5].coreSystem=false");
        assertUsage("kind names the document",
                "explain", "samples/saas/hotjar.yaml", "--set", "kind=CodeChange");
        assertUsage("expected PATH=VALUE",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.users");
        assertUsage("the --set values make the proposal invalid:\n  spec.users: must be at least 1, got 0",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.users=0");
        assertUsage("spec.integrations[0].direction: required key 'direction' is missing",
                "explain", "samples/saas/hotjar.yaml", "--set", "spec.integrations[0].system=SAP");
        assertUsage("is a folder: explain takes one proposal file",
                "explain", "samples/saas");
        assertUsage("unknown format 'yaml'",
                "explain", "--format", "yaml", "samples/saas/hotjar.yaml");
    }

    @Test
    void anInvalidProposalIsReportedWithItsLinesAndExitsTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, Files.readString(Path.of("samples/saas/hotjar.yaml")).replace("users: 300",
                "users: lots"));
        CliRun text = CliRun.of("explain", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, text.exitCode());
        assertTrue(text.out().matches("(?s).*broken\\.yaml:14:10: error: spec\\.users: expected an integer.*"),
                text.out());
        JsonNode json = JSON.readTree(CliRun.of("explain", "-f", "json", file.toString()).out());
        assertEquals("INVALID", json.get("status").asText());
        assertEquals(14, json.get("errors").get(0).get("line").asInt());
        assertEquals(ExitCode.INVALID_INPUT, CliRun.of("explain", dir.resolve("none.yaml").toString()).exitCode());
    }

    @Test
    void aProposalNotEligibleForTheFastTrackSaysSo(@TempDir Path dir) throws Exception {
        CliRun text = CliRun.of("explain", "--rules", rulesWithoutFastTrack(dir).toString(),
                "samples/saas/hotjar.yaml");
        assertEquals(ExitCode.PASS, text.exitCode(), text.err());
        assertTrue(text.out().contains("Fast track: no rule makes SaasOnboarding proposals eligible, so there is"
                + " nothing to change to qualify."), text.out());
        assertFalse(text.out().contains("To qualify for the fast track"), text.out());
    }

    @Test
    void aProposalItsKindCouldTakeOnTheFastTrackNamesTheFieldThatKeepsItOff() throws Exception {
        CliRun pilot = CliRun.of("explain", "samples/evaluation/loyalty-app-pilot.yaml");
        assertEquals(ExitCode.PASS, pilot.exitCode(), pilot.err());
        assertTrue(pilot.out().contains("Fast track: not eligible with spec.approach: pilot  "
                + "samples/evaluation/loyalty-app-pilot.yaml:14:13\n"
                + "  FT-EVAL: Desk research, trials and proofs of concept are eligible for the fast track\n"), pilot.out());
        assertFalse(pilot.out().contains("kind of proposal"), pilot.out());
        JsonNode json = JSON.readTree(CliRun.of("explain", "-f", "json", "samples/code-change/cdn-migration.yaml").out());
        JsonNode why = json.get("fastTrack").get("notEligibleBecause");
        assertEquals(1, why.size(), json.toString());
        assertEquals("FT-CHANGE", why.get(0).get("rule").asText());
        assertEquals("spec.changeType", why.get(0).get("field").asText());
        assertEquals("infrastructure", why.get(0).get("value").asText());
    }

    @Test
    void jsonIsStableAndHasTheOutcomeKeysFirst() throws Exception {
        CliRun first = CliRun.of("explain", "-f", "json", "samples/saas/braze-engagement.yaml");
        assertEquals(first.out(), CliRun.of("explain", "-f", "json", "samples/saas/braze-engagement.yaml").out());
        JsonNode root = JSON.readTree(first.out());
        assertEquals(List.of("file", "id", "kind", "title", "status", "tier", "path", "queue", "slaBusinessDays",
                "approvals", "violations", "obligations", "waived", "rules", "fastTrack"), keys(root));
        JsonNode rule = root.get("rules").get(0);
        assertEquals(List.of("rule", "title", "rationale", "source", "facts", "effects"), keys(rule));
        assertEquals(List.of("field", "value", "origin", "line", "column"), keys(rule.get("facts").get(0)));
        assertEquals(List.of("kind", "value", "message", "field", "line", "column", "fixes", "threshold"),
                keys(rule.get("effects").get(0)));
        assertEquals(List.of("eligible", "onFastTrack", "notEligibleBecause", "blockers", "suggestedSettings"),
                keys(root.get("fastTrack")));
    }

    @Test
    void helpShowsExamples() {
        CliRun help = CliRun.of("explain", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"), help.out());
        assertTrue(help.out().contains("--set spec.users=249"), help.out());
        assertTrue(CliRun.of("--help").out().contains("explain"), "registered as a subcommand");
    }

    /** The default rules minus FT-SAAS: no rule makes a SaaS onboarding eligible for the fast track. */
    private static Path rulesWithoutFastTrack(Path dir) throws Exception {
        for (String name : List.of("policy.yaml", "catalog.yaml", "saas-onboarding.drl", "approvals.drl",
                "accountability.drl", "common.drl")) {
            Files.copy(Path.of("rules", name), dir.resolve(name));
        }
        return dir;
    }

    private static void assertUsage(String message, String... args) {
        CliRun run = CliRun.of(args);
        String command = String.join(" ", args);
        assertEquals(ExitCode.USAGE, run.exitCode(), command + ": " + run.err() + run.out());
        assertTrue(run.err().contains(message), command + " -> " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    private static JsonNode rule(JsonNode explanation, String id) {
        for (JsonNode rule : explanation.get("rules")) {
            if (rule.get("rule").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError(id + " did not fire");
    }

    private static List<String> roles(JsonNode approvals) {
        List<String> roles = new ArrayList<>();
        approvals.forEach(a -> roles.add(a.get("role").asText()));
        return roles;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }
}
