package dev.govcheck.waiver;

import static dev.govcheck.testing.Fixture.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.Status;
import dev.govcheck.decision.Waiver;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.run.CheckRequest;
import dev.govcheck.run.CheckRunner;
import dev.govcheck.run.FailOn;
import dev.govcheck.run.WaiverRequest;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying waivers to decisions of the default rules, as of a fixed day, and reviewing the waivers file. */
class WaiversTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    /** A SaaS onboarding whose accounts have neither SSO nor MFA: FAIL on SAAS-MFA-01 only. */
    private static Decision passwordOnly() {
        return Fixture.saas().set("spec.access", map("sso", false, "mfa", false)).evaluate();
    }

    private static Waivers waivers(Waiver... waivers) {
        List<WaiverEntry> entries = new ArrayList<>();
        for (int i = 0; i < waivers.length; i++) {
            entries.add(new WaiverEntry(waivers[i], new Position(2 + 5 * i, 5)));
        }
        return new Waivers(new WaiverFile("waivers.yaml", entries), TODAY);
    }

    private static Waiver waiver(String rule, String proposal, LocalDate expires) {
        return new Waiver(rule, proposal, "compensating control in place", "security (J. Novak)", expires);
    }

    @Test
    void anAppliedWaiverTurnsFailIntoPassAndIsListed() {
        Decision before = passwordOnly();
        assertEquals(Status.FAIL, before.status());
        Waiver mfa = waiver("SAAS-MFA-01", "MT-TEST-1", LocalDate.of(2027, 1, 31));
        Waivers waivers = waivers(mfa);

        Decision after = waivers.apply(before);

        assertEquals(Status.PASS, after.status());
        assertEquals(List.of(), after.violations());
        assertEquals(List.of(mfa), after.waived());
        assertEquals(List.of(), waivers.review(List.of(after)), "applied, far from its end: nothing to say");
    }

    @Test
    void aWaiverNeverLowersTheTierOrThePathNorRemovesApprovals() {
        // restricted, sensitive data and no IT partner: CRITICAL, FULL_REVIEW, and ACC-03 fails it
        Decision before = TestRules.evaluate(Path.of("samples/saas/patient-stories-cms.yaml"));
        assertEquals(Status.FAIL, before.status());
        assertEquals(List.of("ACC-03"), before.violations().stream().map(Finding::rule).toList());

        Decision after = waivers(waiver("ACC-03", "MT-2026-025", LocalDate.of(2027, 1, 31))).apply(before);

        assertEquals(Status.PASS, after.status());
        assertEquals(RiskTier.CRITICAL, after.tier());
        assertEquals(ProcessPath.FULL_REVIEW, after.path());
        assertEquals(before.queue(), after.queue());
        assertEquals(before.approvals(), after.approvals());
        assertEquals(before.obligations(), after.obligations());
        assertEquals(before.fastTrackEligible(), after.fastTrackEligible());
        assertEquals(before.fastTrackBlockers(), after.fastTrackBlockers());
        assertEquals(before.fired(), after.fired());
        assertEquals(before.trace(), after.trace());
    }

    @Test
    void onlyThatRuleOnThatProposalIsExcused() {
        // no SSO or MFA, and 6000 a year without a KPI: SAAS-MFA-01 and ACC-01
        Decision both = Fixture.saas().set("spec.access", map("sso", false, "mfa", false))
                .set("businessCase.annualCost", 6000).evaluate();
        Waiver mfa = waiver("SAAS-MFA-01", "MT-TEST-1", LocalDate.of(2027, 1, 31));

        Decision after = waivers(mfa, waiver("ACC-01", "MT-OTHER-1", LocalDate.of(2027, 1, 31))).apply(both);

        assertEquals(Status.FAIL, after.status(), "ACC-01 still fails it");
        assertEquals(List.of("ACC-01"), after.violations().stream().map(Finding::rule).toList());
        assertEquals(List.of(mfa), after.waived());
    }

    @Test
    void anExpiredWaiverIsNotAppliedAndIsAWarning() {
        Waiver expired = waiver("SAAS-MFA-01", "MT-TEST-1", LocalDate.of(2026, 11, 1));
        Waivers waivers = waivers(expired);
        Decision before = passwordOnly();

        Decision after = waivers.apply(before);

        assertSame(before, after);
        assertEquals(Status.FAIL, after.status());
        assertEquals(List.of(new RunNote(RunNote.Level.WARNING, "waivers.yaml", new Position(2, 5),
                "waiver for SAAS-MFA-01 on MT-TEST-1 expired on 2026-11-01: not applied (renew it or fix the"
                        + " proposal)")), waivers.review(List.of(after)));
    }

    @Test
    void aWaiverStillAppliesOnItsExpiryDayWithANotice() {
        Waivers waivers = waivers(waiver("SAAS-MFA-01", "MT-TEST-1", TODAY));
        Decision after = waivers.apply(passwordOnly());
        assertEquals(Status.PASS, after.status());
        assertEquals(List.of("waivers.yaml:2:5: notice: waiver for SAAS-MFA-01 on MT-TEST-1 expires on 2026-11-02,"
                + " today is its last day: renew it or fix the proposal"),
                waivers.review(List.of(after)).stream().map(RunNote::format).toList());
    }

    @Test
    void aWaiverEndingWithinFourteenDaysIsANotice() {
        Waivers inFourteen = waivers(waiver("SAAS-MFA-01", "MT-TEST-1", TODAY.plusDays(14)));
        Decision applied = inFourteen.apply(passwordOnly());
        assertEquals(List.of("waivers.yaml:2:5: notice: waiver for SAAS-MFA-01 on MT-TEST-1 expires on 2026-11-16,"
                + " in 14 days: renew it or fix the proposal"),
                inFourteen.review(List.of(applied)).stream().map(RunNote::format).toList());

        Waivers inFifteen = waivers(waiver("SAAS-MFA-01", "MT-TEST-1", TODAY.plusDays(15)));
        assertEquals(List.of(), inFifteen.review(List.of(inFifteen.apply(passwordOnly()))));
    }

    @Test
    void aWaiverThatMatchesNothingIsAWarning() {
        Waivers waivers = waivers(
                waiver("ACC-01", "MT-TEST-1", LocalDate.of(2027, 1, 31)),        // no ACC-01 violation
                waiver("SAAS-MFA-01", "MT-2099-001", LocalDate.of(2027, 1, 31))); // not in this run
        Decision before = passwordOnly();
        Decision after = waivers.apply(before);
        assertSame(before, after);
        assertEquals(List.of(
                "waivers.yaml:2:5: warning: waiver for ACC-01 on MT-TEST-1 matches nothing: MT-TEST-1 has no error"
                        + " violation of ACC-01 (remove the waiver)",
                "waivers.yaml:7:5: warning: waiver for SAAS-MFA-01 on MT-2099-001 matches nothing: no proposal"
                        + " MT-2099-001 was checked in this run"),
                waivers.review(List.of(after)).stream().map(RunNote::format).toList());
    }

    @Test
    void warningSeverityViolationsAreNotWaivedAndDoNotFail() {
        Decision base = passwordOnly();
        Finding advice = new Finding("SAAS-MFA-01", "advice", "spec.access", 12, 3, Severity.WARNING);
        Finding error = base.violations().get(0);
        Decision mixed = new Decision(base.file(), base.id(), base.kind(), base.title(), base.tier(),
                base.path(), base.queue(), base.approvals(), List.of(error, advice), base.obligations(),
                base.fastTrackEligible(), base.fastTrackBlockers(), base.notEligibleBecause(), List.of(), base.fired(),
                base.trace());

        Decision after = waivers(waiver("SAAS-MFA-01", "MT-TEST-1", LocalDate.of(2027, 1, 31))).apply(mixed);

        assertEquals(List.of(advice), after.violations());
        assertEquals(Status.PASS, after.status());
    }

    @Test
    void theRunLayerAppliesAWaiversFileToABatch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mfa.yaml"), Fixture.saas().set("spec.access", map("sso", false, "mfa", false))
                .yaml());
        Files.writeString(dir.resolve("other.yaml"), Fixture.codeChange().yaml());
        Path file = dir.resolve("waivers.txt");
        Files.writeString(file, """
                waivers:
                  - {rule: SAAS-MFA-01, proposal: MT-TEST-1, reason: r, approvedBy: security, expires: 2026-11-10}
                """);
        CheckRequest request = new CheckRequest(List.of(dir.resolve("mfa.yaml"), dir.resolve("other.yaml")),
                Path.of("rules"), RuleBaseCache.disabled(), YamlLimits.DEFAULT, new WaiverRequest(file, TODAY),
                FailOn.VIOLATION, Evaluator.DEFAULT_TIME_LIMIT);

        RunResult run = new CheckRunner().run(request).run();

        Decision mfa = (Decision) run.results().get(0);
        assertEquals(Status.PASS, mfa.status());
        assertEquals(List.of("SAAS-MFA-01"), mfa.waived().stream().map(Waiver::rule).toList());
        assertEquals(List.of(), ((Decision) run.results().get(1)).waived());
        List<RunNote> notes = run.notes();
        assertEquals(1, notes.size());
        assertEquals(RunNote.Level.NOTICE, notes.get(0).level());
        assertEquals(new Position(2, 5), notes.get(0).position());
    }
}
