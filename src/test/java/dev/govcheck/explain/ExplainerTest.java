package dev.govcheck.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FieldFix;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.ThresholdCrossed;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the explanation says about thresholds and facts, rule by rule. */
class ExplainerTest {
    @Test
    void aThresholdOnAnotherFieldThanTheFindingIsLiftedThroughThatField() {
        Explanation e = explain(Fixture.saas().set("spec.users", 40).set("spec.access.sso", false));
        ThresholdCrossed sso = crossed(e, "SAAS-SSO-01");
        assertEquals("spec.users", sso.field(), "SAAS-SSO-01 points at spec.access.sso but compares spec.users");
        assertEquals("spec.users 40 > 10 (ssoRequiredAboveUsers)", sso.comparison());
        assertEquals("set spec.users to at most 10", sso.remedy());
        assertEquals("spec.users=10", sso.setting());
        Blocker blocker = e.blockers().stream().filter(b -> b.finding().rule().equals("SAAS-SSO-01")).findFirst()
                .orElseThrow();
        assertEquals("spec.access.sso", blocker.finding().field());
        assertEquals(sso, blocker.crossed());
        assertEquals(List.of("spec.users = 40 (file)", "spec.access.sso = false (file)"), facts(e, "SAAS-SSO-01"));
    }

    @Test
    void aFixTheRuleOffersComesBeforeItsThreshold() {
        Explanation e = explain(Fixture.saas().set("spec.users", 40).set("spec.access.sso", false));
        Blocker blocker = e.blockers().stream().filter(b -> b.finding().rule().equals("SAAS-SSO-01")).findFirst()
                .orElseThrow();
        assertEquals(List.of(new FieldFix("spec.access.sso", "true")), blocker.fixes());
        assertEquals(List.of("spec.access.sso=true"), e.suggestedSettings(), "connect SSO, rather than fewer users");
        FiredRule.Effect vote = e.decision().trace().stream().filter(r -> r.rule().equals("SAAS-SSO-01"))
                .flatMap(r -> r.effects().stream()).filter(x -> x.kind().equals("path")).findFirst().orElseThrow();
        assertEquals("set spec.access.sso to true, or set spec.users to at most 10", vote.remedy());
        ProposalFile lifted = TestRules.read(Fixture.saas().set("spec.users", 40).set("spec.access.sso", true).yaml());
        assertEquals(ProcessPath.FAST_TRACK, TestRules.defaults().evaluate(lifted).path());
    }

    @Test
    void aFixAndAThresholdOnOtherFieldsAreBothSuggested() {
        Explanation e = explain(Fixture.saas().set("spec.users", 300).set("spec.access.sso", false));
        assertEquals(List.of("spec.users=249", "spec.access.sso=true"), e.suggestedSettings(),
                "SSO lifts SAAS-SSO-01, fewer users the broad roll-out");
        ProposalFile lifted = TestRules.read(Fixture.saas().set("spec.users", 249).set("spec.access.sso", true).yaml());
        assertEquals(ProcessPath.FAST_TRACK, TestRules.defaults().evaluate(lifted).path());
    }

    @Test
    void twoThresholdsOnOneFieldSuggestTheStricterValue() {
        Explanation e = explain(Fixture.saas());
        Finding finding = new Finding("R", "m", "spec.users", 1, 1, null);
        ThresholdCrossed broad = new ThresholdCrossed("spec.users", "largeUserCount", ">=", 300, 250,
                "set spec.users to at most 249", "spec.users=249");
        ThresholdCrossed sso = new ThresholdCrossed("spec.users", "ssoRequiredAboveUsers", ">", 300, 10,
                "set spec.users to at most 10", "spec.users=10");
        Explanation two = new Explanation(e.decision(), List.of(), List.of(new Blocker(finding, broad, List.of()),
                new Blocker(finding, sso, List.of())), null);
        assertEquals(List.of("spec.users=10"), two.suggestedSettings(), "at most 10 lifts both users >= 250 and > 10");
    }

    @Test
    void accountabilityThresholdsNameTheCostField() {
        Explanation e = explain(Fixture.saas().set("businessCase.annualCost", 6000));
        ThresholdCrossed acc = crossed(e, "ACC-01");
        assertEquals("businessCase.annualCost", acc.field());
        assertEquals("businessCase.annualCost=5000", acc.setting());
        assertEquals(List.of("kind = SaasOnboarding (file)", "businessCase.kpis = [] (default)",
                "businessCase.annualCost = 6000 (file)"), facts(e, "ACC-01"));
    }

    @Test
    void aBlockerThatIsNoThresholdHasNoRemedyAndFactsNotInTheFileAreDefaults() {
        Explanation e = explain(Fixture.saas().set("spec.data.personalData", "contact"));
        Blocker pii = e.blockers().get(0);
        assertEquals("SAAS-PII-01", pii.finding().rule());
        assertNull(pii.crossed());
        assertEquals(List.of(), e.suggestedSettings());
        assertEquals(List.of("spec.exitPlan.dataExport = false (default)", "spec.data.personalData = contact (file)"),
                facts(e, "SAAS-EXIT-01"), "by line: an absent field is located at its nearest stated ancestor, spec");
    }

    @Test
    void firedRulesAreExplainedInFiringOrderWithTheirDrlLocation() {
        Explanation e = explain(Fixture.saas());
        Decision d = e.decision();
        assertEquals(d.trace().stream().map(FiredRule::rule).toList(),
                e.rules().stream().map(RuleExplanation::rule).toList());
        RuleExplanation owner = e.rules().stream().filter(r -> r.rule().equals("APP-OWNER")).findFirst().orElseThrow();
        assertEquals("rules/approvals.drl", owner.ruleFile());
        assertNull(e.whatIf());
    }

    private static Explanation explain(Fixture fixture) {
        ProposalFile file = TestRules.read(fixture.yaml());
        return new Explainer(TestRules.ruleSet()).explain(file, TestRules.defaults().evaluate(file));
    }

    private static RuleExplanation rule(Explanation e, String id) {
        return e.rules().stream().filter(r -> r.rule().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " did not fire"));
    }

    private static ThresholdCrossed crossed(Explanation e, String id) {
        return rule(e, id).effects().stream().map(FiredRule.Effect::crossed).filter(c -> c != null).findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no threshold"));
    }

    private static List<String> facts(Explanation e, String id) {
        return rule(e, id).facts().stream().map(f -> f.field() + " = " + f.value() + " (" + f.origin() + ")").toList();
    }
}
