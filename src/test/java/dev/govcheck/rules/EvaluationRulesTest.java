package dev.govcheck.rules;

import static dev.govcheck.rules.DecisionFacts.assertFired;
import static dev.govcheck.rules.DecisionFacts.assertNotFired;
import static dev.govcheck.rules.DecisionFacts.blockerRules;
import static dev.govcheck.rules.DecisionFacts.findings;
import static dev.govcheck.rules.DecisionFacts.itPartner;
import static dev.govcheck.rules.DecisionFacts.message;
import static dev.govcheck.rules.DecisionFacts.roles;
import static dev.govcheck.rules.DecisionFacts.rolesAskedBy;
import static dev.govcheck.rules.DecisionFacts.thresholds;
import static dev.govcheck.rules.DecisionFacts.violationRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
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
 * The EVAL-* rules, FT-EVAL and ACC-01 for evaluations (the default policy, rules/README.md). Each test starts from
 * the baseline evaluation (two weeks of desk research, no data, no cost: fast track, LOW) and changes only what the
 * rule is about; thresholds are tested at exactly the limit and one past it.
 */
class EvaluationRulesTest {
    private static Fixture evaluation() {
        return Fixture.evaluation();
    }

    private static Fixture withKpi(Fixture f) {
        return f.set("businessCase.kpis", List.of(Fixture.map("name", "Time saved per campaign", "target", "4 hours",
                "measureBy", "Team survey")));
    }

    @Test
    void baselineIsFastTrackDeskResearch() {
        Decision d = evaluation().evaluate();
        assertEquals(List.of("APP-OWNER", "FT-EVAL"), d.fired());
        assertEquals(ProcessPath.FAST_TRACK, d.path());
        assertEquals(RiskTier.LOW, d.tier());
        assertEquals(Status.PASS, d.status());
    }

    // ---- FT-EVAL / EVAL-PILOT-01 -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"desk-research", "trial", "proof-of-concept"})
    void ftEvalGrantsTheFastTrackToLightEvaluations(String approach) {
        Decision d = evaluation().set("spec.approach", approach).evaluate();
        assertFired(d, "FT-EVAL");
        assertEquals(ProcessPath.FAST_TRACK, d.path());
        assertTrue(message(d, "FT-EVAL").contains("a " + approach + " evaluation (spec.approach: " + approach + ")"));
    }

    @Test
    void ftEvalDoesNotCoverPilots() {
        Decision d = evaluation().set("spec.approach", "pilot").evaluate();
        assertNotFired(d, "FT-EVAL");
        assertFalse(d.fastTrackEligible());
        assertEquals(List.of(), d.fastTrackBlockers());
    }

    @Test
    void evalPilot01MakesPilotsMediumStandard() {
        Decision d = evaluation().set("spec.approach", "pilot").evaluate();
        assertFired(d, "EVAL-PILOT-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals("spec.approach", findings(d, "EVAL-PILOT-01").get(0).field());
        assertTrue(message(d, "EVAL-PILOT-01").startsWith("a pilot (spec.approach: pilot)"));
    }

    @Test
    void evalPilot01DoesNotFireOnAProofOfConcept() {
        Decision d = evaluation().set("spec.approach", "proof-of-concept").evaluate();
        assertNotFired(d, "EVAL-PILOT-01");
        assertEquals(RiskTier.LOW, d.tier());
    }

    // ---- Data used ---------------------------------------------------------------------------------------

    @Test
    void evalData01AsksThePrivacyOfficerAboutAnonymisedData() {
        Decision d = evaluation().set("spec.dataUsed", "anonymised").evaluate();
        assertFired(d, "EVAL-DATA-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.FAST_TRACK, d.path(), "anonymised data raises the tier, not the path");
        assertEquals(Set.of("marketing-owner", "privacy-officer"), roles(d));
        assertTrue(message(d, "EVAL-DATA-01").contains("anonymised data (spec.dataUsed: anonymised)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "synthetic"})
    void evalData01DoesNotFireOnSyntheticOrNoData(String data) {
        Decision d = evaluation().set("spec.dataUsed", data).evaluate();
        assertNotFired(d, "EVAL-DATA-01");
        assertEquals(Set.of("marketing-owner"), roles(d));
    }

    @Test
    void evalData02MakesAProductionSampleHighStandard() {
        Decision d = evaluation().set("spec.dataUsed", "production-sample").set("itPartner", itPartner())
                .set("spec.vendorAssurance", Fixture.map("soc2Type2", true, "dpaSigned", true)).evaluate();
        assertFired(d, "EVAL-DATA-02");
        assertEquals(RiskTier.HIGH, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("privacy-officer"), rolesAskedBy(d, "EVAL-DATA-02"));
        assertEquals(List.of("EVAL-DATA-02", "TIER-PATH-01"), blockerRules(d));
        assertTrue(message(d, "EVAL-DATA-02").contains("(spec.dataUsed: production-sample)"));
    }

    @Test
    void evalData02DoesNotFireOnAnonymisedData() {
        assertNotFired(evaluation().set("spec.dataUsed", "anonymised").evaluate(), "EVAL-DATA-02");
    }

    @Test
    void evalData03MakesProductionDataCriticalWithAFullReview() {
        Decision d = evaluation().set("spec.dataUsed", "production").set("itPartner", itPartner())
                .set("spec.vendorAssurance", Fixture.map("iso27001", true, "dpaSigned", true)).evaluate();
        assertFired(d, "EVAL-DATA-03");
        assertEquals(RiskTier.CRITICAL, d.tier());
        assertEquals(ProcessPath.FULL_REVIEW, d.path());
        assertEquals(Set.of("privacy-officer", "security"), rolesAskedBy(d, "EVAL-DATA-03"));
        assertEquals(Set.of("enterprise-architect", "marketing-owner", "privacy-officer", "security"), roles(d));
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void evalData03DoesNotFireOnAProductionSample() {
        Decision d = evaluation().set("spec.dataUsed", "production-sample").set("itPartner", itPartner()).evaluate();
        assertNotFired(d, "EVAL-DATA-03");
        assertEquals(RiskTier.HIGH, d.tier());
    }

    // ---- Duration and participants -----------------------------------------------------------------------

    @Test
    void evalDur01VotesStandardOneDayPastTheTimeBox() {
        Decision d = evaluation().set("spec.durationDays", 31).evaluate();
        assertFired(d, "EVAL-DUR-01");
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(List.of("EVAL-DUR-01"), blockerRules(d));
        assertEquals(Set.of("31 > 30 (evaluationMaxDays)"), thresholds(d, "EVAL-DUR-01"));
        assertTrue(message(d, "EVAL-DUR-01").startsWith("the evaluation runs for 31 days (spec.durationDays), longer than the 30-day time-box"));
    }

    @Test
    void evalDur01AcceptsExactlyTheTimeBox() {
        Decision d = evaluation().set("spec.durationDays", 30).evaluate();
        assertNotFired(d, "EVAL-DUR-01");
        assertEquals(ProcessPath.FAST_TRACK, d.path());
    }

    @Test
    void evalDur02FailsOneDayPastTheHardLimit() {
        Decision d = evaluation().set("spec.durationDays", 91).evaluate();
        assertEquals(Status.FAIL, d.status());
        assertEquals(List.of("EVAL-DUR-02"), violationRules(d));
        assertEquals(Set.of("91 > 90 (evaluationHardLimitDays)"), thresholds(d, "EVAL-DUR-02"));
        assertTrue(d.violations().get(0).message().contains("longer than the hard limit of 90 days"));
    }

    @Test
    void evalDur02AcceptsExactlyTheHardLimit() {
        Decision d = evaluation().set("spec.durationDays", 90).evaluate();
        assertNotFired(d, "EVAL-DUR-02");
        assertFired(d, "EVAL-DUR-01");
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void evalPart01VotesStandardOneParticipantPastTheLimit() {
        Decision d = evaluation().set("spec.participants", 11).evaluate();
        assertFired(d, "EVAL-PART-01");
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(RiskTier.LOW, d.tier());
        assertEquals(Set.of("11 > 10 (evaluationMaxParticipants)"), thresholds(d, "EVAL-PART-01"));
        assertTrue(message(d, "EVAL-PART-01").startsWith("11 participants (spec.participants)"));
    }

    @Test
    void evalPart01AcceptsExactlyTheLimit() {
        Decision d = evaluation().set("spec.participants", 10).evaluate();
        assertNotFired(d, "EVAL-PART-01");
        assertEquals(ProcessPath.FAST_TRACK, d.path());
    }

    // ---- Cost and success criteria -----------------------------------------------------------------------

    @Test
    void evalCost01AsksProcurementOneEuroPastTheFastTrackLimit() {
        Decision d = withKpi(evaluation()).set("spec.cost", 10_001).evaluate();
        assertFired(d, "EVAL-COST-01");
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("procurement"), rolesAskedBy(d, "EVAL-COST-01"));
        assertEquals(Set.of("10001 > 10000 (fastTrackMaxAnnualCost)"), thresholds(d, "EVAL-COST-01"));
        assertEquals("spec.cost", findings(d, "EVAL-COST-01").get(0).field());
        assertTrue(message(d, "EVAL-COST-01").startsWith("the evaluation costs 10001 EUR (spec.cost)"));
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void evalCost01AcceptsExactlyTheFastTrackLimit() {
        Decision d = withKpi(evaluation()).set("spec.cost", 10_000).evaluate();
        assertNotFired(d, "EVAL-COST-01");
        assertEquals(ProcessPath.FAST_TRACK, d.path());
    }

    @Test
    void evalCrit01FailsAnEvaluationWithoutSuccessCriteria() {
        Decision d = evaluation().set("spec.successCriteria", List.of()).evaluate();
        assertEquals(Status.FAIL, d.status());
        assertEquals(List.of("EVAL-CRIT-01"), violationRules(d));
        assertEquals("spec.successCriteria", d.violations().get(0).field());
        assertTrue(d.violations().get(0).message().contains("no success criteria"));
    }

    @Test
    void evalCrit01TreatsAnAbsentListLikeAnEmptyOne() {
        Decision d = evaluation().set("spec.successCriteria", null).evaluate();
        assertEquals(List.of("EVAL-CRIT-01"), violationRules(d));
    }

    @Test
    void evalCrit01AcceptsASingleCriterion() {
        Decision d = evaluation().set("spec.successCriteria", List.of("Covers our five markets")).evaluate();
        assertNotFired(d, "EVAL-CRIT-01");
        assertEquals(Status.PASS, d.status());
    }

    // ---- ACC-01 for evaluations --------------------------------------------------------------------------

    @Test
    void acc01FailsAnEvaluationCostingOneEuroMoreThanTheKpiThresholdWithoutATarget() {
        Decision d = evaluation().set("spec.cost", 5_001).evaluate();
        assertEquals(List.of("ACC-01"), violationRules(d));
        assertEquals("businessCase.kpis", d.violations().get(0).field());
        assertEquals(Set.of("5001 > 5000 (kpiRequiredAboveAnnualCost)"), thresholds(d, "ACC-01"));
        assertTrue(d.violations().get(0).message().startsWith("the proposal costs 5001 EUR (spec.cost)"));
    }

    @Test
    void acc01AcceptsAnEvaluationCostingExactlyTheKpiThreshold() {
        Decision d = evaluation().set("spec.cost", 5_000).evaluate();
        assertNotFired(d, "ACC-01");
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void acc01IsSatisfiedByAKpiWithATarget() {
        Decision d = withKpi(evaluation()).set("spec.cost", 5_001).evaluate();
        assertNotFired(d, "ACC-01");
    }

    @Test
    void acc01WeighsAnEvaluationsSpecCostNotAnAnnualCost() {
        Decision d = evaluation().set("businessCase.annualCost", 9_000).set("spec.cost", 0).evaluate();
        assertNotFired(d, "ACC-01");
    }
}
