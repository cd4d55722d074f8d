package dev.govcheck.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.run.FileCollector;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.TestRules;
import dev.govcheck.testing.TestTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default rule set's own tests (rules/tests/): they pass, every rule is fired by some case and shown not
 * firing by another, and a threshold change in policy.yaml shows up as exactly the cases it moves.
 */
class DefaultRuleTestsTest {
    /** APP-OWNER applies to every proposal (rules/README.md): no case can show it not firing. */
    private static final String EVERY_PROPOSAL = "APP-OWNER";

    @Test
    void theDefaultCasesPassWithFullCoverage() {
        CliRun run = CliRun.of("verify", "--rules", "rules", "--coverage", "--min", "100");
        assertEquals("", run.err());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("rules fired by at least one case (100%)"), run.out());
        assertTrue(run.lastLine().matches("\\d+ passed, 0 failed"), run.lastLine());
    }

    @Test
    void everyRuleIsFiredByACaseAndShownNotFiringByAnother() {
        List<Path> files = new FileCollector(null).collect(List.of(Path.of("rules/tests"))).files();
        Verifier verifier = new Verifier(TestRules.ruleSet(), YamlLimits.DEFAULT);
        VerifyResult result = verifier.verify(files);
        assertEquals(List.of(), result.errors());
        for (Coverage.RuleCoverage rule : verifier.coverage(result).rules()) {
            assertTrue(rule.firedBy() > 0, rule.id() + " is fired by no case");
            assertTrue(rule.notFiredChecks() > 0 || rule.id().equals(EVERY_PROPOSAL),
                    rule.id() + " is shown not firing by no case (add it to a case's notFired)");
        }
    }

    @Test
    void raisingAThresholdShowsExactlyTheCasesItMoves(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        TestTrees.copy(Path.of("rules"), rules);
        Path policy = rules.resolve("policy.yaml");
        String text = Files.readString(policy);
        assertTrue(text.contains("largeUserCount: 250 "));
        Files.writeString(policy, text.replace("largeUserCount: 250 ", "largeUserCount: 300 "));

        CliRun run = CliRun.of("verify", "-q", "--rules", rules.toString());
        assertEquals(1, run.exitCode(), run.err());
        List<String> failed = run.out().lines().filter(l -> l.startsWith("FAIL ")).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(failed.get(0).matches("FAIL \\S*rules/tests/saas-onboarding\\.yaml:\\d+:5: largeUserCount users make a"
                + " broad roll-out: tier expected MEDIUM, got LOW \\(at \\d+:\\d+\\); path expected STANDARD, got"
                + " FAST_TRACK \\(at \\d+:\\d+\\); expected to fire \\[SAAS-USERS-01], did not \\(at \\d+:\\d+\\)"),
                failed.get(0));
        assertTrue(run.lastLine().matches("\\d+ passed, 1 failed"), run.lastLine());
    }

}
