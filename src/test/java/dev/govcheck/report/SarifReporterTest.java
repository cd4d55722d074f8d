package dev.govcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.decision.BuiltInCheck;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.RunResult;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.run.FailOn;
import dev.govcheck.testing.TestRules;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
    private static JsonNode sarif(RunResult run, ReportOptions options) {
        return FormatCheck.sarif(ReportRuns.render(new SarifReporter(options), run));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<JsonNode> results(JsonNode log, String file) {
        return list(log.at("/runs/0/results")).stream()
                .filter(r -> URI.create(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).getPath()
                        .equals(file))
                .toList();
    }

    private static JsonNode result(JsonNode log, String file, String rule, String category) {
        return results(log, file).stream()
                .filter(r -> r.get("ruleId").asText().equals(rule))
                .filter(r -> r.at("/properties/category").asText().equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no " + category + " " + rule + " in " + file));
    }

    @Test
    void aRunWithEveryKindOfFindingIsValidSarif() {
        JsonNode log = sarif(ReportRuns.failOn(ReportRuns.mixed(), FailOn.HIGH), ReportRuns.options());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        assertEquals("govcheck", log.at("/runs/0/tool/driver/name").asText());
    }

    @Test
    void theDriverRulesAreTheRuleSetWithTitleRationaleAndWhereEachIsWritten() {
        JsonNode log = sarif(ReportRuns.mixed(), ReportRuns.options());
        List<JsonNode> rules = list(log.at("/runs/0/tool/driver/rules"));
        List<String> ids = rules.stream().map(r -> r.get("id").asText()).toList();
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "sorted by id, each once");
        assertTrue(ids.containsAll(List.of(BuiltInCheck.INPUT.id(), BuiltInCheck.FAIL_ON.id())));
        for (RuleInfo info : TestRules.ruleSet().rules()) {
            JsonNode rule = rules.get(ids.indexOf(info.id()));
            assertEquals(info.title(), rule.at("/shortDescription/text").asText(), info.id());
            assertEquals(info.rationale(), rule.at("/fullDescription/text").asText(), info.id());
            assertTrue(rule.at("/help/text").asText().contains("Defined in " + info.file() + ":" + info.line()),
                    rule.toString());
        }
        assertEquals(TestRules.ruleSet().rules().size() + BuiltInCheck.values().length, rules.size());
    }

    @Test
    void oneResultPerViolationObligationBlockerAndInputError() {
        RunResult run = ReportRuns.mixed();
        JsonNode log = sarif(run, ReportRuns.options());
        int expected = 0;
        for (var result : run.results()) {
            if (result instanceof Decision d) {
                expected += d.violations().size() + d.obligations().size() + d.fastTrackBlockers().size();
            } else {
                expected += ReportRuns.invalid().errors().size();
            }
        }
        assertEquals(expected, log.at("/runs/0/results").size());
        assertTrue(results(log, ReportRuns.PASS_FILE).isEmpty(), "a clean proposal has no results");
    }

    @Test
    void levelsFollowTheKindOfFinding() {
        JsonNode log = sarif(ReportRuns.failOn(ReportRuns.mixed(), FailOn.HIGH), ReportRuns.options());
        assertEquals("error", result(log, ReportRuns.FAIL_FILE, "SAAS-MFA-01", "violation").get("level").asText());
        assertEquals("warning", result(log, ReportRuns.ODD_FILE, "SAAS-SSO-01", "warning").get("level").asText());
        assertEquals("warning", result(log, ReportRuns.ODD_FILE, "SAAS-PII-03", "obligation").get("level").asText());
        assertEquals("note", result(log, ReportRuns.ODD_FILE, "SAAS-PII-01", "fast-track blocker").get("level")
                .asText());
        assertEquals("error", result(log, ReportRuns.BROKEN_FILE, BuiltInCheck.INPUT.id(), "invalid input").get("level")
                .asText());
        JsonNode tier = result(log, ReportRuns.ODD_FILE, BuiltInCheck.FAIL_ON.id(), "violation");
        assertEquals("error", tier.get("level").asText());
        assertEquals(12, tier.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void eachResultPointsAtItsRuleAndItsProposalLine() {
        JsonNode log = sarif(ReportRuns.mixed(), ReportRuns.options());
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        for (JsonNode result : log.at("/runs/0/results")) {
            assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        }
        JsonNode mfa = result(log, ReportRuns.FAIL_FILE, "SAAS-MFA-01", "violation");
        var finding = ReportRuns.failing().violations().stream().filter(f -> f.rule().equals("SAAS-MFA-01"))
                .findFirst().orElseThrow();
        JsonNode location = mfa.at("/locations/0/physicalLocation");
        assertEquals(ReportRuns.FAIL_FILE, location.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
        assertEquals(finding.line(), location.at("/region/startLine").asInt());
        assertEquals(finding.column(), location.at("/region/startColumn").asInt());
        assertEquals("MT-FAIL-1: " + finding.message(), mfa.at("/message/text").asText());
        assertEquals("spec.access", mfa.at("/properties/field").asText().substring(0, "spec.access".length()));
    }

    @Test
    void pathsNeedingEscapesBecomeValidUriReferencesThatDecodeToThePath() {
        JsonNode log = sarif(ReportRuns.mixed(), ReportRuns.options());
        JsonNode odd = result(log, ReportRuns.ODD_FILE, "SAAS-PII-03", "obligation");
        String uri = odd.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertEquals("proposals/odd,%20name%3A%20100%25%20%231%20%C3%BC.yaml", uri);
        assertEquals(ReportRuns.ODD_FILE, URI.create(uri).getPath());
        assertEquals("MT-ODD-1: before go-live: " + ReportRuns.HOSTILE, odd.at("/message/text").asText());
    }

    @Test
    void absolutePathsBecomeFileUris() {
        assertEquals("file:///tmp/a%20b/c.yaml", SarifUri.of("/tmp/a b/c.yaml"));
        assertEquals("file:///C:/work/p.yaml", SarifUri.of("C:/work/p.yaml"));
        assertEquals("/tmp/a b/c.yaml", URI.create(SarifUri.of("/tmp/a b/c.yaml")).getPath());
        assertFalse(SarifUri.isAbsolute("samples/saas/hotjar.yaml"));
    }

    @Test
    void fingerprintsTellResultsApart() {
        JsonNode log = sarif(ReportRuns.failOn(ReportRuns.mixed(), FailOn.MEDIUM), ReportRuns.options());
        Set<String> prints = new HashSet<>();
        List<String> all = new ArrayList<>();
        for (JsonNode result : log.at("/runs/0/results")) {
            String print = result.at("/partialFingerprints/govcheckFinding~1v1").asText();
            assertFalse(print.isEmpty());
            prints.add(print);
            all.add(print);
        }
        assertEquals(all.size(), prints.size(), all.toString());
    }

    @Test
    void runWarningsAreToolNotifications() {
        JsonNode log = sarif(ReportRuns.mixed(), ReportRuns.options());
        JsonNode invocation = log.at("/runs/0/invocations/0");
        assertTrue(invocation.get("executionSuccessful").asBoolean());
        assertEquals(ReportRuns.WARNING, invocation.at("/toolExecutionNotifications/0/message/text").asText());
    }

    @Test
    void withoutRuleMetadataTheFiredRulesAreStillDescribed() {
        JsonNode log = sarif(ReportRuns.mixed(), ReportOptions.PLAIN);
        List<String> ids = list(log.at("/runs/0/tool/driver/rules")).stream().map(r -> r.get("id").asText()).toList();
        for (JsonNode result : log.at("/runs/0/results")) {
            assertTrue(ids.contains(result.get("ruleId").asText()), result.toString());
        }
        JsonNode mfa = log.at("/runs/0/tool/driver/rules/" + ids.indexOf("SAAS-MFA-01"));
        assertEquals(TestRulesTitle.of("SAAS-MFA-01"), mfa.at("/shortDescription/text").asText());
    }

    @Test
    void theSchemaCheckRejectsWhatIsNotSarif() {
        String good = ReportRuns.render(new SarifReporter(ReportRuns.options()), ReportRuns.mixed());
        assertThrows(AssertionError.class, () -> FormatCheck.sarif(good.replace("\"level\": \"note\"",
                "\"level\": \"fatal\"")));
        assertThrows(AssertionError.class, () -> FormatCheck.sarif(good.replace("\"startLine\": 4,",
                "\"startLine\": 0,")));
        assertThrows(AssertionError.class, () -> FormatCheck.sarif(good.replace("proposals/broken.yaml",
                "proposals/broken yaml")));
    }

    @Test
    void aWaivedViolationStaysAResultSuppressedByItsWaiver() throws Exception {
        JsonNode log = sarif(ReportRuns.waived(), ReportRuns.options());
        JsonNode mfa = result(log, ReportRuns.WAIVED_FILE, "SAAS-MFA-01", "violation");
        assertEquals("error", mfa.get("level").asText(), "the level the violation had");
        assertEquals(new ObjectMapper().readTree("""
                [{"kind": "external", "status": "accepted", "justification": %s,
                  "properties": {"approvedBy": "security (J. Novak)", "expires": "2027-01-31"}}]"""
                .formatted(new ObjectMapper().writeValueAsString(ReportRuns.HOSTILE))), mfa.get("suppressions"));
        assertTrue(mfa.at("/properties/waived").asBoolean());
        var finding = ReportRuns.unwaived().violations().stream().filter(f -> f.rule().equals("SAAS-MFA-01"))
                .findFirst().orElseThrow();
        assertEquals(finding.line(), mfa.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(finding.column(), mfa.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("MT-WAIVED-1: " + finding.message(), mfa.at("/message/text").asText());

        JsonNode before = result(sarif(new RunResult(List.of(ReportRuns.passing(), ReportRuns.unwaived()), List.of()),
                ReportRuns.options()), ReportRuns.WAIVED_FILE, "SAAS-MFA-01", "violation");
        assertEquals(before.get("partialFingerprints"), mfa.get("partialFingerprints"),
                "code scanning sees the alert it had before the waiver, now suppressed");
        assertFalse(before.has("suppressions"));
        long suppressed = list(log.at("/runs/0/results")).stream().filter(r -> r.has("suppressions")).count();
        assertEquals(1, suppressed, "only what the waiver excused");
    }

    @Test
    void runNotesAreNotificationsAtTheirLineOfTheWaiversFile() {
        JsonNode log = sarif(ReportRuns.waived(), ReportRuns.options());
        List<JsonNode> notes = list(log.at("/runs/0/invocations/0/toolExecutionNotifications"));
        assertEquals(3, notes.size(), notes.toString());
        assertEquals(ReportRuns.WARNING, notes.get(0).at("/message/text").asText());
        JsonNode notice = notes.get(1);
        assertEquals("note", notice.get("level").asText());
        assertEquals(ReportRuns.NOTICE, notice.at("/message/text").asText());
        JsonNode where = notice.at("/locations/0/physicalLocation");
        assertEquals("policy/waivers,%202026%3A%20100%25.yaml", where.at("/artifactLocation/uri").asText());
        assertEquals(ReportRuns.WAIVERS_FILE, URI.create(where.at("/artifactLocation/uri").asText()).getPath());
        assertEquals("%SRCROOT%", where.at("/artifactLocation/uriBaseId").asText());
        assertEquals(3, where.at("/region/startLine").asInt());
        assertEquals(5, where.at("/region/startColumn").asInt());
        JsonNode expired = notes.get(2);
        assertEquals("warning", expired.get("level").asText());
        assertEquals(ReportRuns.EXPIRED, expired.at("/message/text").asText());
        assertEquals(9, expired.at("/locations/0/physicalLocation/region/startLine").asInt());
        String once = ReportRuns.render(new SarifReporter(ReportRuns.options()), ReportRuns.waived());
        assertEquals(once, ReportRuns.render(new SarifReporter(ReportRuns.options()), ReportRuns.waived()));
    }

    @Test
    void sameRunSameBytes() {
        RunResult run = ReportRuns.failOn(ReportRuns.mixed(), FailOn.HIGH);
        SarifReporter reporter = new SarifReporter(ReportRuns.options());
        assertEquals(ReportRuns.render(reporter, run), ReportRuns.render(reporter, run));
    }
}
