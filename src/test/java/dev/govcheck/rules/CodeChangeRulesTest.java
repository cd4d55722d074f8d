package dev.govcheck.rules;

import static dev.govcheck.rules.DecisionFacts.assertFired;
import static dev.govcheck.rules.DecisionFacts.assertNotFired;
import static dev.govcheck.rules.DecisionFacts.blockerRules;
import static dev.govcheck.rules.DecisionFacts.findings;
import static dev.govcheck.rules.DecisionFacts.itPartner;
import static dev.govcheck.rules.DecisionFacts.message;
import static dev.govcheck.rules.DecisionFacts.obligationRules;
import static dev.govcheck.rules.DecisionFacts.roles;
import static dev.govcheck.rules.DecisionFacts.rolesAskedBy;
import static dev.govcheck.rules.DecisionFacts.script;
import static dev.govcheck.rules.DecisionFacts.thresholds;
import static dev.govcheck.rules.DecisionFacts.violationRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.testing.Fixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CHG-* rules and FT-CHANGE of the default policy (rules/README.md). Each test starts from the baseline code
 * change (a small content change on the brand site: fast track, LOW) and changes only what the rule is about.
 * Proposals that reach HIGH name an IT partner so that ACC-03 stays out of the picture.
 */
class CodeChangeRulesTest {
    private static Fixture change() {
        return Fixture.codeChange();
    }

    @Test
    void baselineIsAFastTrackContentChange() {
        Decision d = change().evaluate();
        assertEquals(List.of("APP-OWNER", "FT-CHANGE"), d.fired());
        assertEquals(ProcessPath.FAST_TRACK, d.path());
        assertEquals(RiskTier.LOW, d.tier());
        assertEquals(Status.PASS, d.status());
    }

    // ---- FT-CHANGE ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"content", "tag", "template"})
    void ftChangeGrantsTheFastTrackToStandardChanges(String type) {
        Decision d = change().set("spec.changeType", type).evaluate();
        assertFired(d, "FT-CHANGE");
        assertTrue(d.fastTrackEligible());
        assertEquals(ProcessPath.FAST_TRACK, d.path());
        assertTrue(message(d, "FT-CHANGE").contains("this " + type + " change (spec.changeType: " + type + ")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "feature", "infrastructure"})
    void ftChangeDoesNotCoverOtherChanges(String type) {
        Decision d = change().set("spec.changeType", type).set("itPartner", itPartner()).evaluate();
        assertNotFired(d, "FT-CHANGE");
        assertFalse(d.fastTrackEligible());
        assertEquals(List.of(), d.fastTrackBlockers());
        assertEquals(ProcessPath.STANDARD, d.path());
    }

    // ---- CHG-TYPE-01 / 02 --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"integration", "feature"})
    void chgType01MakesIntegrationsAndFeaturesMediumStandard(String type) {
        Decision d = change().set("spec.changeType", type).evaluate();
        assertFired(d, "CHG-TYPE-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("marketing-owner"), roles(d));
        assertEquals("spec.changeType", findings(d, "CHG-TYPE-01").get(0).field());
        assertTrue(message(d, "CHG-TYPE-01").contains("this " + type + " change (spec.changeType: " + type + ")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"template", "infrastructure"})
    void chgType01DoesNotFireOnNeighbouringTypes(String type) {
        assertNotFired(change().set("spec.changeType", type).set("itPartner", itPartner()).evaluate(), "CHG-TYPE-01");
    }

    @Test
    void chgType02MakesInfrastructureHighWithPlatformOwnerAndSecurity() {
        Decision d = change().set("spec.changeType", "infrastructure").set("itPartner", itPartner()).evaluate();
        assertFired(d, "CHG-TYPE-02");
        assertEquals(RiskTier.HIGH, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("security", "web-platform-owner"), rolesAskedBy(d, "CHG-TYPE-02"));
        assertEquals(Set.of("marketing-owner", "security", "web-platform-owner"), roles(d));
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void chgType02DoesNotFireOnAFeature() {
        Decision d = change().set("spec.changeType", "feature").evaluate();
        assertNotFired(d, "CHG-TYPE-02");
        assertEquals(RiskTier.MEDIUM, d.tier());
    }

    // ---- CHG-PROP-01 / CHG-TRAFFIC-01 --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"transactional", "customer-portal"})
    void chgProp01MakesCustomerFacingPropertiesHigh(String type) {
        Decision d = change().set("spec.property.type", type).set("itPartner", itPartner()).evaluate();
        assertFired(d, "CHG-PROP-01");
        assertEquals(RiskTier.HIGH, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("web-platform-owner"), rolesAskedBy(d, "CHG-PROP-01"));
        assertEquals(List.of("CHG-PROP-01", "TIER-PATH-01"), blockerRules(d));
        assertTrue(message(d, "CHG-PROP-01").contains("www.example.com, a " + type + " property (spec.property.type: " + type + ")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"brand-site", "campaign-microsite", "internal"})
    void chgProp01LeavesOtherPropertiesAlone(String type) {
        Decision d = change().set("spec.property.type", type).evaluate();
        assertNotFired(d, "CHG-PROP-01");
        assertEquals(ProcessPath.FAST_TRACK, d.path());
    }

    @Test
    void chgTraffic01FiresAtExactlyTheHighTrafficThreshold() {
        Decision d = change().set("spec.property.monthlyVisitors", 1_000_000).evaluate();
        assertFired(d, "CHG-TRAFFIC-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.FAST_TRACK, d.path(), "traffic raises the tier, not the path");
        assertEquals(Set.of("1000000 >= 1000000 (highTrafficMonthlyVisitors)"), thresholds(d, "CHG-TRAFFIC-01"));
        assertTrue(message(d, "CHG-TRAFFIC-01").startsWith("www.example.com has 1000000 monthly visitors (spec.property.monthlyVisitors)"));
    }

    @Test
    void chgTraffic01DoesNotFireOneVisitorBelowTheThreshold() {
        Decision d = change().set("spec.property.monthlyVisitors", 999_999).evaluate();
        assertNotFired(d, "CHG-TRAFFIC-01");
        assertEquals(RiskTier.LOW, d.tier());
    }

    // ---- Third-party scripts -----------------------------------------------------------------------------

    @Test
    void chgScript01AsksSecurityForAnyThirdPartyScript() {
        Decision d = change().set("spec.changeType", "tag")
                .set("spec.thirdPartyScripts", List.of(script("cdn.consent.example", "necessary", false)))
                .evaluate();
        assertFired(d, "CHG-SCRIPT-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("security"), rolesAskedBy(d, "CHG-SCRIPT-01"));
        assertEquals(List.of("CHG-SCRIPT-01"), blockerRules(d));
        Finding f = findings(d, "CHG-SCRIPT-01").get(0);
        assertEquals("spec.thirdPartyScripts[0]", f.field());
        assertTrue(f.message().startsWith("third-party script cdn.consent.example (ExampleTags, necessary) would run on www.example.com"));
    }

    @Test
    void chgScript01GivesOneReasonPerScript() {
        Decision d = change().set("spec.changeType", "tag")
                .set("spec.thirdPartyScripts", List.of(script("a.example", "necessary", false),
                        script("b.example", "analytics", true)))
                .evaluate();
        assertEquals(List.of("spec.thirdPartyScripts[0]", "spec.thirdPartyScripts[1]"),
                findings(d, "CHG-SCRIPT-01").stream().map(Finding::field).distinct().sorted().toList());
    }

    @Test
    void chgScript01DoesNotFireWithoutScripts() {
        Decision d = change().set("spec.changeType", "tag").set("spec.thirdPartyScripts", List.of()).evaluate();
        assertNotFired(d, "CHG-SCRIPT-01");
        assertEquals(ProcessPath.FAST_TRACK, d.path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"analytics", "marketing"})
    void chgScript02FailsTrackingScriptsThatIgnoreConsent(String category) {
        Decision d = change().set("spec.changeType", "tag")
                .set("spec.thirdPartyScripts", List.of(script("static.example-tags.com", category, false)))
                .evaluate();
        assertEquals(Status.FAIL, d.status());
        assertEquals(List.of("CHG-SCRIPT-02"), violationRules(d));
        Finding f = d.violations().get(0);
        assertEquals("spec.thirdPartyScripts[0].consentGated", f.field());
        assertTrue(f.message().startsWith("third-party script static.example-tags.com (" + category + ") is not gated by consent"),
                f.message());
    }

    @Test
    void chgScript02AcceptsAGatedMarketingScript() {
        Decision d = change().set("spec.changeType", "tag")
                .set("spec.thirdPartyScripts", List.of(script("static.example-tags.com", "marketing", true)))
                .evaluate();
        assertNotFired(d, "CHG-SCRIPT-02");
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void chgScript02AcceptsAnUngatedNecessaryScript() {
        Decision d = change().set("spec.changeType", "tag")
                .set("spec.thirdPartyScripts", List.of(script("cdn.consent.example", "necessary", false)))
                .evaluate();
        assertNotFired(d, "CHG-SCRIPT-02");
    }

    @Test
    void chgScript03MakesAScriptOnATransactionalPropertyCritical() {
        Decision d = change().set("spec.changeType", "tag").set("itPartner", itPartner())
                .set("spec.property.type", "transactional")
                .set("spec.thirdPartyScripts", List.of(script("js.examplepay.com", "necessary", false)))
                .evaluate();
        assertFired(d, "CHG-SCRIPT-03");
        assertEquals(RiskTier.CRITICAL, d.tier());
        assertEquals(ProcessPath.FULL_REVIEW, d.path());
        assertTrue(message(d, "CHG-SCRIPT-03").contains(
                "js.examplepay.com (ExampleTags) would run on transactional property www.example.com (spec.property.type: transactional)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout", "payment"})
    void chgScript03MakesAScriptOnPaymentPagesCritical(String area) {
        Decision d = change().set("spec.changeType", "tag").set("itPartner", itPartner())
                .set("spec.touches", List.of(area))
                .set("spec.thirdPartyScripts", List.of(script("js.examplepay.com", "necessary", false)))
                .evaluate();
        assertFired(d, "CHG-SCRIPT-03");
        assertEquals(RiskTier.CRITICAL, d.tier());
        assertTrue(message(d, "CHG-SCRIPT-03").contains("pages this change touches for " + area + " (spec.touches)"));
    }

    @Test
    void chgScript03NeedsAScript() {
        Decision d = change().set("spec.changeType", "tag").set("itPartner", itPartner())
                .set("spec.property.type", "transactional").evaluate();
        assertNotFired(d, "CHG-SCRIPT-03");
        assertEquals(RiskTier.HIGH, d.tier());
    }

    @Test
    void chgScript03LeavesScriptsOnACustomerPortalWithoutPaymentAlone() {
        Decision d = change().set("spec.changeType", "tag").set("itPartner", itPartner())
                .set("spec.property.type", "customer-portal").set("spec.touches", List.of("authentication"))
                .set("spec.thirdPartyScripts", List.of(script("cdn.consent.example", "necessary", false)))
                .evaluate();
        assertNotFired(d, "CHG-SCRIPT-03");
    }

    // ---- Sensitive areas ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"forms", "personal-data-capture"})
    void chgTouch01AsksThePrivacyOfficerAboutForms(String area) {
        Decision d = change().set("spec.touches", List.of(area)).evaluate();
        assertFired(d, "CHG-TOUCH-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("privacy-officer"), rolesAskedBy(d, "CHG-TOUCH-01"));
        Finding f = findings(d, "CHG-TOUCH-01").get(0);
        assertEquals("spec.touches[0]", f.field());
        assertTrue(f.message().startsWith("the change touches " + area + " (spec.touches: " + area + ")"));
    }

    @Test
    void chgTouch01DoesNotFireOnTracking() {
        Decision d = change().set("spec.touches", List.of("tracking")).evaluate();
        assertNotFired(d, "CHG-TOUCH-01");
        assertEquals(List.of("APP-OWNER", "FT-CHANGE"), d.fired());
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout", "payment", "authentication"})
    void chgTouch02MakesCriticalJourneysCritical(String area) {
        Decision d = change().set("spec.touches", List.of(area)).set("itPartner", itPartner()).evaluate();
        assertFired(d, "CHG-TOUCH-02");
        assertEquals(RiskTier.CRITICAL, d.tier());
        assertEquals(ProcessPath.FULL_REVIEW, d.path());
        assertEquals(Set.of("change-advisory-board", "security"), rolesAskedBy(d, "CHG-TOUCH-02"));
        assertEquals(Set.of("change-advisory-board", "enterprise-architect", "marketing-owner", "security"), roles(d));
    }

    @Test
    void chgTouch02DoesNotFireOnTheConsentBanner() {
        Decision d = change().set("spec.touches", List.of("consent-banner")).set("itPartner", itPartner()).evaluate();
        assertNotFired(d, "CHG-TOUCH-02");
        assertEquals(RiskTier.HIGH, d.tier());
    }

    @Test
    void chgTouch03AsksPrivacyAndLegalAboutTheConsentBanner() {
        Decision d = change().set("spec.touches", List.of("consent-banner")).set("itPartner", itPartner()).evaluate();
        assertFired(d, "CHG-TOUCH-03");
        assertEquals(RiskTier.HIGH, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("legal", "privacy-officer"), rolesAskedBy(d, "CHG-TOUCH-03"));
        assertTrue(message(d, "CHG-TOUCH-03").contains("consent banner (spec.touches: consent-banner)"));
    }

    @Test
    void chgTouch03DoesNotFireOnTracking() {
        assertNotFired(change().set("spec.touches", List.of("tracking")).evaluate(), "CHG-TOUCH-03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dns", "email-sending"})
    void chgTouch04AsksSecurityAndThePlatformOwnerAboutDomains(String area) {
        Decision d = change().set("spec.touches", List.of(area)).evaluate();
        assertFired(d, "CHG-TOUCH-04");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("security", "web-platform-owner"), rolesAskedBy(d, "CHG-TOUCH-04"));
        assertTrue(message(d, "CHG-TOUCH-04").startsWith("the change touches " + area + " (spec.touches: " + area + ")"));
    }

    @Test
    void chgTouch04DoesNotFireOnTracking() {
        assertNotFired(change().set("spec.touches", List.of("tracking")).evaluate(), "CHG-TOUCH-04");
    }

    @Test
    void eachTouchedAreaGivesItsOwnReasonAtItsOwnLine() {
        Decision d = change().set("spec.touches", List.of("forms", "personal-data-capture")).evaluate();
        List<Finding> reasons = d.approvals().stream().filter(a -> a.role().equals("privacy-officer"))
                .findFirst().orElseThrow().reasons();
        assertEquals(List.of("spec.touches[0]", "spec.touches[1]"), reasons.stream().map(Finding::field).toList());
    }

    // ---- Rollback, testing, freeze, size -----------------------------------------------------------------

    @Test
    void chgRollback01FailsATagChangeWithoutARollbackPlan() {
        Decision d = change().set("spec.changeType", "tag").set("spec.rollback.plan", false).evaluate();
        assertEquals(Status.FAIL, d.status());
        assertEquals(List.of("CHG-ROLLBACK-01"), violationRules(d));
        assertEquals("spec.rollback.plan", d.violations().get(0).field());
        assertTrue(d.violations().get(0).message().startsWith("this tag change (spec.changeType: tag) has no rollback plan (spec.rollback.plan: false)"));
    }

    @Test
    void chgRollback01CountsAnAbsentRollbackAsNoPlan() {
        Decision d = change().set("spec.changeType", "template").set("spec.rollback", null).evaluate();
        assertEquals(List.of("CHG-ROLLBACK-01"), violationRules(d));
    }

    @Test
    void chgRollback01DoesNotAskAContentChangeForARollbackPlan() {
        Decision d = change().set("spec.rollback", null).evaluate();
        assertNotFired(d, "CHG-ROLLBACK-01");
        assertEquals(Status.PASS, d.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "feature", "infrastructure"})
    void chgTest01FailsBackEndChangesThatItDoesNotTest(String type) {
        Decision d = change().set("spec.changeType", type).set("itPartner", itPartner())
                .set("spec.testing.backend", "none").evaluate();
        assertEquals(List.of("CHG-TEST-01"), violationRules(d));
        assertEquals("spec.testing.backend", d.violations().get(0).field());
        assertTrue(d.violations().get(0).message().contains("no back-end test by IT (spec.testing.backend: none)"));
    }

    @Test
    void chgTest01PassesWhenItTestsTheBackEnd() {
        Decision d = change().set("spec.changeType", "integration").set("spec.testing.backend", "it").evaluate();
        assertNotFired(d, "CHG-TEST-01");
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void chgTest01DoesNotAskATemplateChangeForABackEndTest() {
        assertNotFired(change().set("spec.changeType", "template").set("spec.testing.backend", "none").evaluate(),
                "CHG-TEST-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"template", "feature"})
    void chgTest02ObligesAUsabilityTestByMarketing(String type) {
        Decision d = change().set("spec.changeType", type).set("spec.testing.usability", "none").evaluate();
        assertEquals(List.of("CHG-TEST-02"), obligationRules(d));
        assertEquals("spec.testing.usability", d.obligations().get(0).field());
        assertTrue(d.obligations().get(0).message().endsWith("usability test by marketing before release"));
        assertEquals(Status.PASS, d.status(), "an obligation is not a violation");
    }

    @Test
    void chgTest02IsSatisfiedByMarketingTesting() {
        assertNotFired(change().set("spec.changeType", "template").set("spec.testing.usability", "marketing").evaluate(),
                "CHG-TEST-02");
    }

    @Test
    void chgTest02DoesNotAskATagChangeForAUsabilityTest() {
        assertNotFired(change().set("spec.changeType", "tag").set("spec.testing.usability", "none").evaluate(),
                "CHG-TEST-02");
    }

    @Test
    void chgFreeze01AsksTheChangeAdvisoryBoardForAnExceptionWithoutChangingThePath() {
        Decision d = change().set("spec.changeType", "tag").set("spec.duringFreeze", true)
                .set("spec.freezeJustification", "The regulator requires it before the sale").evaluate();
        assertFired(d, "CHG-FREEZE-01");
        assertEquals(ProcessPath.FAST_TRACK, d.path(), "the board decides when, not how deeply to review");
        assertEquals(RiskTier.LOW, d.tier(), "a freeze changes neither the path nor the risk");
        assertEquals(Set.of("change-advisory-board"), rolesAskedBy(d, "CHG-FREEZE-01"));
        assertEquals(List.of(), blockerRules(d));
        assertEquals(Status.PASS, d.status());
        assertNotFired(change().set("spec.duringFreeze", true).evaluate(), "CHG-FREEZE-01");
    }

    @Test
    void chgFreeze02AsksWhyAChangeCannotWaitUntilTheFreezeEnds() {
        Decision none = change().set("spec.changeType", "tag").set("spec.duringFreeze", true).evaluate();
        assertEquals(List.of("CHG-FREEZE-02"), violationRules(none));
        Finding missing = none.violations().get(0);
        assertEquals("spec.duringFreeze", missing.field(), "nothing to point at but the freeze");
        assertEquals("this tag change would go live during a change freeze (spec.duringFreeze: true) without saying"
                + " why (spec.freezeJustification: not given): say why it cannot wait until the freeze ends",
                missing.message());
        Decision blank = change().set("spec.changeType", "tag").set("spec.duringFreeze", true)
                .set("spec.freezeJustification", "   ").evaluate();
        assertEquals("spec.freezeJustification", blank.violations().get(0).field());
        assertTrue(blank.violations().get(0).message().contains("(spec.freezeJustification: blank)"));
        assertNotFired(change().set("spec.changeType", "tag").set("spec.duringFreeze", true)
                .set("spec.emergency", Fixture.map("incidentRef", "INC-1")).evaluate(), "CHG-FREEZE-02");
    }

    @Test
    void chgFreeze01DoesNotFireOutsideAFreeze() {
        assertNotFired(change().set("spec.duringFreeze", false).evaluate(), "CHG-FREEZE-01");
    }

    @Test
    void chgSize01MakesLargeChangesMediumStandard() {
        Decision d = change().set("spec.size", "large").evaluate();
        assertFired(d, "CHG-SIZE-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertTrue(message(d, "CHG-SIZE-01").contains("(spec.size: large)"));
    }

    @Test
    void chgSize01DoesNotFireOnAMediumChange() {
        Decision d = change().set("spec.size", "medium").evaluate();
        assertNotFired(d, "CHG-SIZE-01");
        assertEquals(ProcessPath.FAST_TRACK, d.path());
    }

    // ---- Accountability on code changes ------------------------------------------------------------------

    @Test
    void acc01DoesNotApplyToCodeChanges() {
        Decision d = change().set("businessCase.annualCost", 50_000).set("businessCase.expectedAnnualValue", 80_000)
                .evaluate();
        assertNotFired(d, "ACC-01");
    }

    @Test
    void acc02AppliesToACodeChangeThatStatesAnAnnualCostAtTheProcurementThreshold() {
        Decision d = change().set("businessCase.annualCost", 25_000).evaluate();
        assertEquals(List.of("ACC-02"), violationRules(d));
        assertEquals(Set.of("25000 >= 25000 (procurementAnnualCost)"), thresholds(d, "ACC-02"));
    }

    @Test
    void acc02DoesNotFireOneBelowTheProcurementThreshold() {
        assertNotFired(change().set("businessCase.annualCost", 24_999).evaluate(), "ACC-02");
    }
}
