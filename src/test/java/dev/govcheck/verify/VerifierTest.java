package dev.govcheck.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.report.VerifyTextReporter;
import dev.govcheck.run.VerifyOutcome;
import dev.govcheck.testing.TestRules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case files end to end against the default rules: reading, overrides, comparison and the text report. */
class VerifierTest {
    static final String BASE = """
            apiVersion: govcheck/v1
            kind: SaasOnboarding
            id: MT-TEST-1
            title: Small survey tool
            requester: {name: Ann Example, team: Brand, email: ann@example.com}
            businessCase:
              objective: Ask event visitors what they thought
              annualCost: 1200
            spec:
              vendor: {name: Example Survey Co}
              category: other
              users: 5
              data: {classification: internal, personalData: none, crossBorderTransfer: false}
              access: {sso: true, mfa: true, scim: false}
              assurance: {soc2Type2: true, iso27001: true, dpaSigned: true, penTestWithin12Months: true}
            """;

    @TempDir
    Path dir;

    private VerifyResult verify(String caseFile) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Path file = dir.resolve("cases.yaml");
        Files.writeString(file, caseFile);
        return new Verifier(TestRules.ruleSet(), YamlLimits.DEFAULT).verify(List.of(file));
    }

    /** The text report, with the temporary folder left out of file names. */
    private String text(VerifyResult result) throws IOException {
        StringWriter out = new StringWriter();
        new VerifyTextReporter(false).write(new VerifyOutcome(result, null, null, TestRules.ruleSet()), out);
        return out.toString().replace(DisplayPath.of(dir) + "/", "");
    }

    /** The errors as printed, with the temporary folder left out of file names. */
    private List<String> errors(VerifyResult result) {
        String prefix = dev.govcheck.proposal.DisplayPath.of(dir) + "/";
        return result.errors().stream().map(e -> e.format().replace(prefix, "")).toList();
    }

    @Test
    void passingAndFailingCasesGiveOneLineEachAndTheSummary() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: broad roll-out
                    set: {spec.users: 300}
                    expect: {tier: MEDIUM, path: STANDARD, status: PASS, approvals: [marketing-owner],
                             fired: [SAAS-USERS-01], notFired: [SAAS-SSO-01]}
                  - name: wrong on purpose
                    set: {spec.users: 300}
                    expect: {tier: HIGH, path: FAST_TRACK, approvals: [marketing-owner, security],
                             fired: [SAAS-DATA-01], notFired: [SAAS-USERS-01]}
                """);
        assertEquals(List.of(), result.errors());
        assertEquals("""
                PASS broad roll-out
                FAIL cases.yaml:7:5: wrong on purpose: tier expected HIGH, got MEDIUM (at 9:14); path expected \
                FAST_TRACK, got STANDARD (at 9:26); approvals missing [security] (at 9:44); expected to fire \
                [SAAS-DATA-01], did not (at 10:14); expected not to fire [SAAS-USERS-01], did (at 10:37)
                1 passed, 1 failed
                """, text(result));
    }

    @Test
    void exactSetsNameWhatIsMissingAndWhatIsUnexpected() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: personal data without DPA and no MFA
                    set:
                      spec.data.personalData: contact
                      spec.assurance.dpaSigned: false
                      spec.access.sso: false
                      spec.access.mfa: false
                    expect:
                      status: PASS
                      approvals: [marketing-owner, privacy-officer, security]
                      violations: []
                      obligations: [SAAS-PII-03]
                """);
        CaseResult r = result.results().get(0);
        assertEquals(List.of("status expected PASS, got FAIL (violations: SAAS-MFA-01)",
                "approvals missing [security], unexpected [legal]",
                "violations unexpected [SAAS-MFA-01]",
                "obligations unexpected [SAAS-EXIT-01]"), r.differences().stream().map(Difference::text).toList());
        assertEquals(List.of("status", "approvals", "violations", "obligations"),
                r.differences().stream().map(Difference::expectation).toList(), "each names the expectation it breaks");
    }

    @Test
    void setCreatesListItemsAndMappingsAndNullRemovesAKey() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: a core-system write in a new list
                    set:
                      spec.integrations[0].system: SAP
                      spec.integrations[0].direction: write
                      spec.integrations[0].coreSystem: true
                      itPartner: {name: Ian, team: IT}
                    expect: {tier: HIGH, path: FULL_REVIEW, fired: [SAAS-INT-01]}
                  - name: removing an optional key keeps the proposal valid
                    set: {spec.access.scim: null, spec.contract.termMonths: 24, spec.contract.autoRenew: true}
                    expect: {approvals: [marketing-owner, procurement], fired: [SAAS-RENEW-01]}
                """);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(), result.results().get(0).differences());
        assertEquals(List.of(), result.results().get(1).differences());
    }

    @Test
    void expectedWordsMayBeWrittenInAnyCaseAndWithDashes() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: written loosely
                    expect: {tier: low, path: ' fast-track ', status: Pass, fired: [' FT-SAAS ']}
                """);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(), result.results().get(0).differences());
    }

    @Test
    void aListItemASetCreatesIsTheCaseFilesToComplete() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: half an integration
                    set:
                      spec.integrations[0].system: SAP
                    expect: {tier: LOW}
                """);
        assertEquals(List.of("cases.yaml:5:7: error: spec.integrations[0].direction: required key 'direction' is"
                + " missing in spec.integrations[0] (expected one of read, write, bidirectional)"), errors(result));
    }

    @Test
    void inlineProposalsAreReportedAtTheirLinesInTheCaseFile() throws IOException {
        VerifyResult result = verify("""
                cases:
                  - name: inline
                    proposal:
                      apiVersion: govcheck/v1
                      kind: SaasOnboarding
                      id: MT-TEST-7
                      title: Inline
                      requester: {name: Ann, team: Brand, email: ann@example.com}
                      businessCase: {objective: Test, annualCost: 10}
                      spec:
                        vendor: {name: V}
                        category: other
                        users: eight
                        data: {classification: internal, personalData: none}
                        access: {sso: true, mfa: true}
                        assurance: {soc2Type2: true, iso27001: true, dpaSigned: true}
                    expect: {tier: LOW}
                """);
        assertEquals(List.of("cases.yaml:13:16: error: spec.users: expected an integer, got 'eight'"), errors(result));
        assertTrue(result.results().get(0).error());
        assertEquals("0 passed, 0 failed\n", text(result));
    }

    @Test
    void aBadSetValueIsTheCaseFilesErrorAndABrokenBaseIsTheBaseFiles() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: bad value
                    set: {spec.data.classification: secret}
                    expect: {tier: LOW}
                  - name: removes a required key
                    set: {spec.vendor: null}
                    expect: {tier: LOW}
                """);
        assertEquals(List.of(
                "base.yaml:9:1: error: spec.vendor: required key 'vendor' is missing in spec (expected a mapping of"
                        + " keys) (with the set: of case 'removes a required key' in cases.yaml)",
                "cases.yaml:4:37: error: spec.data.classification: expected one of public, internal, confidential,"
                        + " restricted, got 'secret'"), errors(result));
    }

    @Test
    void mistakesInTheCaseFileAreLocatedAndTheOtherCasesStillRun() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: typo in a key
                    expcet: {tier: LOW}
                  - name: unknown rule and role
                    expect: {fired: [SAAS-USER-01], approvals: [securty], tier: low}
                  - name: bad tier
                    expect: {tier: SEVERE}
                  - name: bad tier
                    expect: {tier: LOW}
                  - name: missing base
                    proposal: nowhere.yaml
                    expect: {tier: LOW}
                  - name: bad path
                    set:
                      spec.integrations[3].system: SAP
                    expect: {tier: LOW}
                  - name: fine
                    expect: {tier: LOW, path: FAST_TRACK}
                """);
        assertEquals(List.of(
                "cases.yaml:3:5: error: cases[0].expect: required key 'expect' is missing in cases[0] (expected a"
                        + " mapping with at least one of status, tier, path, approvals, violations, obligations,"
                        + " blockers, fired, notFired)",
                "cases.yaml:4:5: error: cases[0].expcet: unknown key 'expcet' in cases[0] (did you mean 'expect'?)",
                "cases.yaml:6:22: error: cases[1].expect.fired[0]: unknown rule id 'SAAS-USER-01': the rule set has"
                        + " no rule with that id (did you mean 'SAAS-USERS-01'?)",
                "cases.yaml:6:49: error: cases[1].expect.approvals[0]: unknown role 'securty': policy.yaml declares"
                        + " no such role (did you mean 'security'?)",
                "cases.yaml:8:20: error: cases[2].expect.tier: expected one of LOW, MEDIUM, HIGH, CRITICAL, got"
                        + " 'SEVERE'",
                "cases.yaml:9:11: error: cases[3].name: another case in this file is already called 'bad tier'"
                        + " (line 7): names must be unique",
                "cases.yaml:12:15: error: cases[4].proposal: proposal file nowhere.yaml not found (looked for"
                        + " nowhere.yaml)",
                "cases.yaml:16:7: error: set.spec.integrations[3].system: spec.integrations has no items: use index"
                        + " 0 to add one"), errors(result));
        assertEquals(List.of("fine"), result.results().stream().filter(CaseResult::passed)
                .map(r -> r.testCase().name()).toList());
        assertTrue(result.hasErrors());
    }

    @Test
    void yamlSyntaxErrorsAndFilesWithoutCasesAreReportedWithTheirPlace() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "cases:\n  - name: x\n    expect: {tier: LOW\n");
        Path noCases = dir.resolve("empty.yaml");
        Files.writeString(noCases, "base: base.yaml\n");
        Files.writeString(dir.resolve("base.yaml"), BASE);
        VerifyResult result = new Verifier(TestRules.ruleSet(), YamlLimits.DEFAULT)
                .verify(List.of(dir.resolve("base.yaml"), broken, noCases));
        List<String> errors = errors(result);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("broken.yaml:4:1: error: not valid YAML"), errors.get(0));
        assertEquals("empty.yaml:1:1: error: cases: required key 'cases' is missing (expected a list of test cases)",
                errors.get(1));
        assertTrue(result.results().isEmpty(), "base.yaml is a proposal, not a case file: skipped");
    }

    @Test
    void coverageCountsTheCasesThatFireEachRuleAndThoseThatShowItNotFiring() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: users at the limit
                    set: {spec.users: 250}
                    expect: {fired: [SAAS-USERS-01]}
                  - name: users below the limit
                    set: {spec.users: 249}
                    expect: {notFired: [SAAS-USERS-01]}
                """);
        Coverage coverage = new Verifier(TestRules.ruleSet(), YamlLimits.DEFAULT).coverage(result);
        Coverage.RuleCoverage users = coverage.rules().stream().filter(r -> r.id().equals("SAAS-USERS-01"))
                .findFirst().orElseThrow();
        assertEquals(1, users.firedBy());
        assertEquals(1, users.notFiredChecks());
        Coverage.RuleCoverage owner = coverage.rules().stream().filter(r -> r.id().equals("APP-OWNER"))
                .findFirst().orElseThrow();
        assertEquals(2, owner.firedBy());
        assertFalse(coverage.rules().stream().filter(r -> r.id().equals("SAAS-DATA-02")).findFirst().orElseThrow()
                .covered());
        assertEquals(3, coverage.covered(), "APP-OWNER, FT-SAAS, SAAS-USERS-01");
        assertFalse(coverage.atLeast(100));
        assertTrue(coverage.atLeast(0));
    }

    @Test
    void aCaseThatCouldNotBeBuiltHasNoDecision() throws IOException {
        VerifyResult result = verify("""
                cases:
                  - name: no proposal at all
                    expect: {tier: LOW}
                """);
        CaseResult r = result.results().get(0);
        assertNull(r.decision());
        assertEquals(List.of("cases.yaml:2:5: error: cases[0].proposal: the case has no proposal: give 'proposal'"
                + " (a file path or an inline proposal), or a 'base' at the top of the file"), errors(result));
        assertEquals(List.of(InputError.class), result.errors().stream().map(Object::getClass).distinct().toList());
    }

    @Test
    void theTextReportNeverEndsWithAnythingButTheSummary() throws IOException {
        VerifyResult result = verify("""
                base: base.yaml
                cases:
                  - name: baseline
                    expect: {tier: LOW}
                """);
        StringWriter out = new StringWriter();
        new VerifyTextReporter(true).write(new VerifyOutcome(result, new Verifier(TestRules.ruleSet(),
                YamlLimits.DEFAULT).coverage(result), null, TestRules.ruleSet()), out);
        String[] lines = out.toString().split("\n");
        assertEquals("1 passed, 0 failed", lines[lines.length - 1]);
        assertFalse(out.toString().contains("PASS baseline"), "quiet leaves out passing cases");
        assertTrue(out.toString().contains("Not fired by any case: "), out.toString());
    }
}
