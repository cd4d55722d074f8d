package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --write-baseline} and {@code --baseline} end to end on copies of the samples: the findings recorded
 * are known in the next run and fail nothing, a new one fails, a moved line or a renamed file still matches, the same
 * rule on another proposal does not, entries that no longer occur are listed, every format shows what is known, and
 * a malformed baseline is an invalid input.
 */
class BaselineCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path samples(Path dir) throws IOException {
        Path copy = dir.resolve("proposals");
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Path.of("samples").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static Map<String, String> statuses(JsonNode json) {
        Map<String, String> statuses = new TreeMap<>();
        json.get("results").forEach(r -> statuses.put(r.get("id").asText(), r.get("status").asText()));
        return statuses;
    }

    private static List<String> rules(JsonNode findings) {
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> rules.add(f.get("rule").asText()));
        return rules;
    }

    private static JsonNode result(JsonNode json, String id) {
        for (JsonNode r : json.get("results")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + id);
    }

    @Test
    void aBaselineRoundTripFailsOnlyOnTheOneNewViolation(@TempDir Path dir) throws Exception {
        Path proposals = samples(dir);
        Path baseline = dir.resolve("govcheck-baseline.yaml");

        CliRun write = CliRun.of("check", "-q", "--write-baseline", baseline.toString(), proposals.toString());
        assertEquals(ExitCode.FAIL, write.exitCode(), "writing a baseline changes no verdict");
        assertTrue(write.err().contains("wrote the baseline " + baseline + ": 18 error findings"), write.err());
        String text = Files.readString(baseline);
        assertTrue(text.contains("\n  - {proposal: \"MT-2026-030\", rule: \"SAAS-MFA-01\", field: \"spec.access\"}\n"),
                text);
        assertTrue(text.indexOf("MT-2026-025") < text.indexOf("MT-2026-030")
                && text.indexOf("MT-2026-030") < text.indexOf("MT-2026-106"), "sorted by proposal: " + text);
        CliRun again = CliRun.of("check", "-q", "--write-baseline", baseline.toString(), proposals.toString());
        assertEquals(text, Files.readString(baseline), "the same findings give the same bytes");
        assertEquals(ExitCode.FAIL, again.exitCode());

        CliRun known = CliRun.of("check", "--baseline", baseline.toString(), proposals.toString());
        assertEquals(ExitCode.PASS, known.exitCode(), known.out());
        assertTrue(known.lastLine().equals("29 files: 29 pass, 0 fail, 0 invalid (18 known findings in the baseline)"),
                known.lastLine());
        assertTrue(known.out().contains("  known (in the baseline: fail nothing):\n    error ACC-01  "), known.out());

        // one new violation: the copywriter's twin elsewhere, and a new rule broken on a known proposal
        Path hotjar = proposals.resolve("saas/hotjar.yaml");
        String before = Files.readString(hotjar);
        assertTrue(before.contains("access: {sso: true, mfa: true, scim: false}"), before);
        Files.writeString(hotjar, before.replace("access: {sso: true, mfa: true, scim: false}",
                "access: {sso: false, mfa: false, scim: false}"));
        CliRun one = CliRun.of("check", "-f", "json", "--baseline", baseline.toString(), proposals.toString());
        assertEquals(ExitCode.FAIL, one.exitCode(), one.err());
        JsonNode json = JSON.readTree(one.out());
        Map<String, String> statuses = statuses(json);
        assertEquals("FAIL", statuses.remove("MT-2026-014"), "hotjar, with the new violation");
        assertTrue(statuses.values().stream().allMatch("PASS"::equals), "nothing else fails: " + statuses);
        assertEquals(List.of("SAAS-MFA-01"), rules(result(json, "MT-2026-014").get("violations")));
        assertEquals(List.of(), rules(result(json, "MT-2026-014").get("known")));
        assertEquals(List.of("ACC-01", "SAAS-MFA-01"), rules(result(json, "MT-2026-030").get("known")));
        assertEquals(List.of(), rules(result(json, "MT-2026-030").get("violations")));
        assertEquals(18, json.get("summary").get("known").asInt());
        assertEquals(1, json.get("summary").get("fail").asInt());
    }

    @Test
    void aMovedLineOrARenamedFileStillMatchesAndTheSameRuleOnAnotherProposalDoesNot(@TempDir Path dir)
            throws Exception {
        Path proposals = samples(dir);
        Path baseline = dir.resolve("baseline.yaml");
        CliRun.of("check", "-q", "--write-baseline", baseline.toString(), proposals.toString());

        Path copywriter = proposals.resolve("saas/ai-copywriter.yaml");
        String moved = "# three lines\n# more above\n# than before\n" + Files.readString(copywriter);
        Files.delete(copywriter);
        Files.writeString(proposals.resolve("saas/renamed-copywriter.yaml"), moved);
        CliRun run = CliRun.of("check", "-f", "json", "--baseline", baseline.toString(), proposals.toString());
        assertEquals(ExitCode.PASS, run.exitCode(), run.out());

        Files.writeString(proposals.resolve("saas/copywriter-twin.yaml"), moved.replace("MT-2026-030", "MT-2026-099"));
        JsonNode json = JSON.readTree(CliRun.of("check", "-f", "json", "--baseline", baseline.toString(),
                proposals.toString()).out());
        assertEquals("FAIL", statuses(json).get("MT-2026-099"), "the same rules on another proposal are new");
        assertEquals(List.of("ACC-01", "SAAS-MFA-01"), rules(result(json, "MT-2026-099").get("violations")));
        assertEquals("PASS", statuses(json).get("MT-2026-030"));
    }

    @Test
    void entriesThatNoLongerOccurAreListedSoTheFileCanShrink(@TempDir Path dir) throws Exception {
        Path proposals = samples(dir);
        Path baseline = dir.resolve("baseline.yaml");
        CliRun.of("check", "-q", "--write-baseline", baseline.toString(), proposals.toString());
        Path copywriter = proposals.resolve("saas/ai-copywriter.yaml");
        Files.writeString(copywriter, Files.readString(copywriter).replace("access: {sso: false, mfa: false}",
                "access: {sso: false, mfa: true}"));
        Files.delete(proposals.resolve("code-change/chat-widget.yaml"));

        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), proposals.toString());
        assertEquals(ExitCode.PASS, run.exitCode(), run.out());
        List<String> lines = Files.readAllLines(baseline);
        int mfa = lines.indexOf("  - {proposal: \"MT-2026-030\", rule: \"SAAS-MFA-01\", field: \"spec.access\"}") + 1;
        assertTrue(run.out().contains(baseline + ":" + mfa + ":5: notice: baseline entry SAAS-MFA-01 on MT-2026-030"
                + " (spec.access) no longer occurs: MT-2026-030 has no such error any more (remove the entry, or write"
                + " the baseline again)"), run.out());
        assertTrue(run.out().contains("notice: baseline entry CHG-TEST-01 on MT-2026-106 (spec.testing.backend) no"
                + " longer occurs: no proposal MT-2026-106 was checked in this run"), run.out());

        CliRun oneFile = CliRun.of("check", "--baseline", baseline.toString(),
                proposals.resolve("saas/hotjar.yaml").toString());
        assertFalse(oneFile.out().contains("no longer occurs"), "a run of some files knows nothing of the others: "
                + oneFile.out());
    }

    @Test
    void everyFormatShowsWhatIsKnown(@TempDir Path dir) throws Exception {
        Path proposals = samples(dir);
        Path baseline = dir.resolve("baseline.yaml");
        Files.writeString(baseline, """
                version: 1
                findings:
                  - {proposal: MT-2026-030, rule: SAAS-MFA-01, field: spec.access}
                """);
        String copywriter = proposals.resolve("saas/ai-copywriter.yaml").toString();
        Path sarif = dir.resolve("out.sarif");
        Path junit = dir.resolve("out.xml");
        Path markdown = dir.resolve("out.md");
        Path html = dir.resolve("out.html");
        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), "-f", "github", "-f", "sarif", "-o",
                "sarif=" + sarif, "-f", "junit", "-o", "junit=" + junit, "-f", "markdown", "-o", "markdown=" + markdown,
                "-f", "html", "-o", "html=" + html, copywriter);
        assertEquals(ExitCode.FAIL, run.exitCode(), "ACC-01 is new");
        assertTrue(run.out().contains("::notice file=" + copywriter.replace(":", "%3A") + ",line=19,col=3,title="
                + "SAAS-MFA-01"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("::notice ") && l.contains("(known)::MT-2026-030:"
                + " known, in the baseline " + baseline + ", so it fails nothing: ")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("::error ") && l.contains("ACC-01")), run.out());

        JsonNode results = JSON.readTree(sarif.toFile()).get("runs").get(0).get("results");
        Map<String, String> states = new TreeMap<>();
        results.forEach(r -> states.merge(r.get("ruleId").asText() + " " + r.get("level").asText(),
                r.get("baselineState").asText(), (a, b) -> a + "," + b));
        assertEquals("unchanged", states.get("SAAS-MFA-01 error"), states.toString());
        assertEquals("new", states.get("ACC-01 error"), states.toString());

        String xml = Files.readString(junit);
        assertTrue(xml.contains("<failure type=\"violation\" message=\"ACC-01: "), xml);
        assertTrue(xml.contains("known (in the baseline: fail nothing):"), xml);
        String md = Files.readString(markdown);
        assertTrue(md.contains("**Known (in the baseline: fail nothing)**\n\n- **SAAS-MFA-01** "), md);
        assertTrue(md.startsWith("## govcheck: 1 file: 0 pass, 1 fail, 0 invalid (1 known finding in the baseline)"), md);
        assertTrue(Files.readString(html).contains("<h4>Known (in the baseline: fail nothing)</h4>"));

        // only known findings left: PASS, and a JUnit skip that names them
        Files.writeString(baseline, Files.readString(baseline)
                + "  - {proposal: MT-2026-030, rule: ACC-01, field: businessCase.kpis}\n");
        CliRun skipped = CliRun.of("check", "--baseline", baseline.toString(), "-f", "junit", copywriter);
        assertEquals(ExitCode.PASS, skipped.exitCode(), skipped.out());
        assertTrue(skipped.out().contains("<skipped message=\"2 known findings in the baseline (they fail nothing):"
                + " ACC-01 at "), skipped.out());
        assertTrue(skipped.out().contains("skipped=\"1\""), skipped.out());
    }

    @Test
    void aMalformedBaselineIsAnInvalidInputWithItsPlace(@TempDir Path dir) throws Exception {
        Path proposal = Path.of("samples/saas/hotjar.yaml");
        Path baseline = dir.resolve("baseline.yaml");
        Files.writeString(baseline, """
                version: 1
                findings:
                  - {proposal: MT-2026-030, rul: SAAS-MFA-01, field: spec.access}
                  - {proposal: MT-2026-030, rule: ACC-01, field: businessCase.kpis}
                  - {proposal: MT-2026-030, rule: ACC-01, field: businessCase.kpis}
                """);
        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), proposal.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.out());
        assertTrue(run.out().contains(baseline + ":3:29: error: findings[0].rul: unknown key 'rul' in findings[0]"
                + " (did you mean 'rule'?)"), run.out());
        assertTrue(run.out().contains(baseline + ":5:5: error: findings[2]: the finding ACC-01 on MT-2026-030"
                + " (businessCase.kpis) is already listed at line 4: each finding once"), run.out());
        assertTrue(run.out().contains("MT-2026-014"), "the proposals are still checked: " + run.out());

        Files.writeString(baseline, "version: 1\nfindings: [\n");
        CliRun broken = CliRun.of("check", "--baseline", baseline.toString(), proposal.toString());
        assertEquals(ExitCode.INVALID_INPUT, broken.exitCode());
        assertTrue(broken.out().lines().anyMatch(l -> l.matches(".*baseline\\.yaml:\\d+:\\d+: error: .*")), broken.out());

        Files.writeString(baseline, "version: 2\nfindings: []\n");
        assertTrue(CliRun.of("check", "--baseline", baseline.toString(), proposal.toString()).out()
                .contains(baseline + ":1:10: error: version: must be 1, got number 2"));

        CliRun missing = CliRun.of("check", "--baseline", dir.resolve("none.yaml").toString(), proposal.toString());
        assertEquals(ExitCode.INVALID_INPUT, missing.exitCode());
        assertTrue(missing.out().contains("cannot read the baseline file (--baseline): no such file"), missing.out());
    }

    @Test
    void theBaselineFileInACheckedFolderIsNotAProposal(@TempDir Path dir) throws Exception {
        Path proposals = samples(dir);
        Path baseline = proposals.resolve("baseline.yaml");
        CliRun.of("check", "-q", "--write-baseline", baseline.toString(), proposals.toString());
        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), proposals.toString());
        assertEquals(ExitCode.PASS, run.exitCode(), run.out());
        assertTrue(run.lastLine().startsWith("29 files: 29 pass"), run.lastLine());
    }

    @Test
    void writingABaselineOfAChangedFilesRunIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("check", "--changed-since", "HEAD", "--write-baseline", dir.resolve("b.yaml").toString(),
                "samples");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("--write-baseline records the findings of every proposal"), run.err());
    }
}
