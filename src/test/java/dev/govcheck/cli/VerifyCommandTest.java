package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.RuleSetFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code govcheck verify} from the command line: output, exit codes, formats, coverage, defaults. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    /** A rule set with a tests/ folder holding {@code cases} (the base proposal is tests/base.yaml). */
    private Path ruleSet(String cases) throws IOException {
        Path rules = RuleSetFolder.write(dir.resolve("rules"));
        Files.createDirectories(rules.resolve("tests"));
        Files.writeString(rules.resolve("tests/base.yaml"), RuleSetFolder.PROPOSAL);
        Files.writeString(rules.resolve("tests/cases.yaml"), cases);
        return rules;
    }

    private static final String PASSING = """
            base: base.yaml
            cases:
              - name: a small tool is LOW
                expect: {tier: LOW, approvals: [marketing-owner], fired: [T-OWNER], notFired: [T-USERS]}
              - name: largeUserCount users make it MEDIUM
                set: {spec.users: 250}
                expect: {tier: MEDIUM, fired: [T-USERS]}
            """;

    @Test
    void passingCasesExitZeroAndTheDefaultFolderIsTheRuleSetsTests() throws IOException {
        Path rules = ruleSet(PASSING);
        CliRun run = CliRun.of("verify", "--rules", rules.toString());
        assertEquals("", run.err());
        assertEquals("PASS a small tool is LOW\nPASS largeUserCount users make it MEDIUM\n2 passed, 0 failed\n", run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void aFailingCaseExitsOneAndSaysWhatDiffers() throws IOException {
        Path rules = ruleSet(PASSING.replace("spec.users: 250", "spec.users: 249"));
        CliRun run = CliRun.of("verify", "--rules", rules.toString());
        assertEquals(1, run.exitCode());
        // the case's file:line:column, then each difference with the place of the expectation it breaks
        assertTrue(run.out().contains("FAIL " + DisplayPath.of(rules.resolve("tests/cases.yaml")) + ":5:5:"
                + " largeUserCount users make it MEDIUM: tier expected MEDIUM, got LOW (at 7:14); expected to fire"
                + " [T-USERS], did not (at 7:28)\n"), run.out());
        assertEquals("1 passed, 1 failed", run.lastLine());
    }

    @Test
    void aMalformedCaseFileExitsTwoWithItsPlaceAndTheOtherCasesStillRun() throws IOException {
        Path rules = ruleSet(PASSING + """
                  - name: broken
                    expect: {tier: HUGE}
                """);
        CliRun run = CliRun.of("verify", "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cases.yaml:9:20: error: cases[2].expect.tier: expected one of LOW, MEDIUM,"
                + " HIGH, CRITICAL, got 'HUGE'"), run.err());
        assertEquals("2 passed, 0 failed", run.lastLine());
    }

    /** A date in a case's proposal is read as strictly as in a proposal file: YYYY-MM-DD, a four-digit year. */
    @Test
    void aDateBeyondFourDigitsInACaseIsAnInputError() throws IOException {
        Path rules = ruleSet(PASSING + """
                  - name: an evaluation decided in a far year
                    proposal:
                      apiVersion: govcheck/v1
                      kind: Evaluation
                      id: MT-2026-900
                      title: Compare social listening tools
                      requester: {name: Ann Example, team: Brand, email: ann@example.com}
                      businessCase: {objective: Pick a social listening tool}
                      spec:
                        product: {name: ListenWell, vendor: ListenWell Inc, category: social}
                        approach: desk-research
                        durationDays: 14
                        dataUsed: none
                        participants: 3
                        successCriteria: [Covers our five markets]
                        decisionBy: +999999999-12-31
                    expect: {tier: LOW}
                """);
        CliRun run = CliRun.of("verify", "--rules", rules.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("cases.yaml:23:21: error: spec.decisionBy: expected a date"
                + " YYYY-MM-DD, got '+999999999-12-31'"), run.err());
        assertEquals("2 passed, 0 failed", run.lastLine());
    }

    /** A case file of comments only says that test cases were expected, not a proposal. */
    @Test
    void aCaseFileOfCommentsOnlySaysCasesWereExpected() throws IOException {
        Path rules = ruleSet(PASSING);
        Files.writeString(rules.resolve("tests/later.yaml"), "# cases for the new rule, to come\n");
        CliRun run = CliRun.of("verify", "--rules", rules.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("later.yaml:1:1: error: file holds only comments: expected rule test cases"
                + " (a 'cases:' list)"), run.err());
    }

    @Test
    void aBrokenRuleSetExitsThree() throws IOException {
        Path rules = ruleSet(PASSING);
        Files.writeString(rules.resolve("rules.drl"), RuleSetFolder.RULES.replace("$p : SaasOnboarding()",
                "$p : SaasOnboarding( spec.usres > 0 )"));
        CliRun run = CliRun.of("verify", "--rules", rules.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("rules.drl:21:31: error: unknown field 'usres' of SaasSpec (did you mean"
                + " 'users'?)"), run.err());
    }

    @Test
    void coverageBelowTheMinimumExitsOneAndNamesTheRulesNoCaseFires() throws IOException {
        Path rules = ruleSet("""
                base: base.yaml
                cases:
                  - name: a small tool is LOW
                    expect: {tier: LOW}
                """);
        CliRun run = CliRun.of("verify", "--rules", rules.toString(), "--coverage", "--min", "100");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("Coverage: 1 of 2 rules fired by at least one case (50%)\n"), run.out());
        assertTrue(run.out().contains("Not fired by any case: T-USERS\n"), run.out());
        assertEquals("1 passed, 0 failed", run.lastLine());
        assertTrue(run.err().contains("govcheck: coverage 50% is below --min 100% (1 rule is fired by no case)"),
                run.err());
        assertEquals(0, CliRun.of("verify", "--rules", rules.toString(), "--min", "50").exitCode());
    }

    @Test
    void fullCoveragePassesTheMinimum() throws IOException {
        Path rules = ruleSet(PASSING);
        CliRun run = CliRun.of("verify", "--rules", rules.toString(), "--coverage", "--min", "100");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("""
                  rule     cases firing it  cases showing it not firing
                  T-OWNER                2                            0
                  T-USERS                1                            1
                """), run.out());
    }

    @Test
    void junitGoesToTheOutputFileWithAFailurePerFailingCase() throws Exception {
        Path rules = ruleSet(PASSING.replace("spec.users: 250", "spec.users: 249"));
        Path report = dir.resolve("out/verify.xml");
        CliRun run = CliRun.of("verify", "--rules", rules.toString(), "-f", "junit", "-o",
                report.toString(), "--coverage");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element suites = xml.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        // the root counts every test of every suite: the two cases and the two rules of the coverage suite
        assertEquals("4", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("failures"));
        assertEquals("2", ((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("tests"));
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals(DisplayPath.of(rules.resolve("tests/cases.yaml")) + ":5:5: tier expected MEDIUM, got LOW"
                + " (at 7:14); expected to fire [T-USERS], did not (at 7:28)", failure.getAttribute("message"));
        assertEquals("largeUserCount users make it MEDIUM", ((Element) failure.getParentNode()).getAttribute("name"));
        Element coverage = (Element) xml.getElementsByTagName("testsuite").item(1);
        assertEquals("coverage", coverage.getAttribute("name"));
        assertEquals("1", coverage.getAttribute("skipped"));
    }

    @Test
    void explicitPathsReplaceTheDefaultFolder() throws IOException {
        Path rules = ruleSet(PASSING);
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, """
                cases:
                  - name: from another file
                    proposal: rules/tests/base.yaml
                    expect: {tier: LOW}
                """);
        CliRun run = CliRun.of("verify", "--rules", rules.toString(), other.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("PASS from another file\n1 passed, 0 failed\n", run.out());
    }

    @Test
    void usageMistakesExit64() throws IOException {
        Path rules = ruleSet(PASSING);
        CliRun run = CliRun.of("verify", "--rules", rules.toString(), "--min", "150");
        assertEquals(64, run.exitCode());
        assertTrue(run.err().contains("--min must be a percentage from 0 to 100"), run.err());
        Path noTests = RuleSetFolder.write(dir.resolve("bare"));
        CliRun bare = CliRun.of("verify", "--rules", noTests.toString());
        assertEquals(64, bare.exitCode());
        assertTrue(bare.err().contains("no test folder"), bare.err());
    }

    @Test
    void aFolderWithoutCasesIsAnInputProblem() throws IOException {
        Path rules = ruleSet(PASSING);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("verify", "--rules", rules.toString(), empty.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no test cases found"), run.err());
    }
}
