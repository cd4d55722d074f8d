package dev.govcheck.rules;

import static dev.govcheck.rules.DecisionFacts.assertFired;
import static dev.govcheck.rules.DecisionFacts.assertNotFired;
import static dev.govcheck.rules.DecisionFacts.itPartner;
import static dev.govcheck.rules.DecisionFacts.message;
import static dev.govcheck.rules.DecisionFacts.obligationRules;
import static dev.govcheck.rules.DecisionFacts.roles;
import static dev.govcheck.rules.DecisionFacts.rolesAskedBy;
import static dev.govcheck.rules.DecisionFacts.violationRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Ineligibility;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.testing.Fixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The emergency route (CHG-EMERG-01/02: the heaviest path, its own queue, no fast-track blockers), the field that
 * keeps an ineligible proposal off the fast track, and what an evaluation's vendor must have before real data
 * reaches it (EVAL-VENDOR-01/02, EVAL-AI-01, EVAL-DEL-01).
 */
class EmergencyAndVendorRulesTest {
    @Test
    void anEmergencyOutweighsEveryOtherPathAndBlocksNothing() {
        Decision d = Fixture.codeChange().set("spec.changeType", "tag").set("spec.touches", List.of("payment"))
                .set("spec.emergency", Fixture.map("incidentRef", " INC-7 ")).set("itPartner", itPartner()).evaluate();
        assertEquals(ProcessPath.EMERGENCY, d.path());
        assertEquals(new Queue("emergency-change", 1), d.queue());
        assertEquals(RiskTier.CRITICAL, d.tier(), "the route is the emergency's; the risk is still the change's");
        assertTrue(d.fastTrackEligible());
        assertEquals(List.of(), d.fastTrackBlockers(), "an emergency is not kept from the fast track");
        assertEquals(Set.of("change-advisory-board", "security"), rolesAskedBy(d, "CHG-EMERG-01"));
        assertEquals(List.of("CHG-EMERG-01"), obligationRules(d));
        assertEquals("this is an emergency change for incident INC-7 (spec.emergency.incidentRef): it takes the"
                + " emergency route (emergency-change, SLA 1 business day), the change advisory board and security"
                + " approve it now; hold a post-implementation review within 5 business days",
                message(d, "CHG-EMERG-01"));
    }

    @Test
    void anEmergencyWithoutAnIncidentIsAnErrorOnTheNormalPath() {
        Decision none = Fixture.codeChange().set("spec.emergency", Fixture.map()).evaluate();
        assertEquals(List.of("CHG-EMERG-02"), violationRules(none));
        assertEquals("spec.emergency", none.violations().get(0).field());
        assertEquals(ProcessPath.FAST_TRACK, none.path());
        assertNotFired(none, "CHG-EMERG-01");
        Decision blank = Fixture.codeChange().set("spec.emergency", Fixture.map("incidentRef", "")).evaluate();
        assertEquals("the change is marked as an emergency (spec.emergency) but names no incident"
                + " (spec.emergency.incidentRef: blank): name the incident it answers, or remove spec.emergency and"
                + " take the normal path", blank.violations().get(0).message());
        assertEquals(Status.FAIL, blank.status());
    }

    @Test
    void anIneligibleProposalNamesTheFieldThatKeepsItOffTheFastTrack() {
        Decision feature = Fixture.codeChange().set("spec.changeType", "feature").evaluate();
        assertFalse(feature.fastTrackEligible());
        assertEquals(List.of(), feature.fastTrackBlockers());
        Ineligibility why = feature.notEligibleBecause().get(0);
        assertEquals(List.of("spec.changeType: feature"),
                feature.notEligibleBecause().stream().map(Ineligibility::fieldValue).toList());
        assertEquals("FT-CHANGE", why.rule());
        assertEquals("Content, tag and template changes are pre-approved standard changes", why.title());
        Decision pilot = Fixture.evaluation().set("spec.approach", "pilot").evaluate();
        assertEquals(List.of("spec.approach: pilot"),
                pilot.notEligibleBecause().stream().map(Ineligibility::fieldValue).toList());
        assertEquals(List.of(), Fixture.saas().evaluate().notEligibleBecause(), "an eligible proposal names nothing");
    }

    @Test
    void vendor01AssumesRealDataHoldsPeopleUntilTheProposalSaysNot() {
        Decision unstated = Fixture.evaluation().set("spec.dataUsed", "production-sample").set("itPartner", itPartner())
                .set("spec.vendorAssurance", Fixture.map("soc2Type2", true)).evaluate();
        assertEquals(List.of("EVAL-VENDOR-01"), violationRules(unstated));
        assertEquals(Set.of("legal"), rolesAskedBy(unstated, "EVAL-VENDOR-01"));
        assertEquals("the evaluation would give ListenWell Inc real data (spec.dataUsed: production-sample) assumed to"
                + " hold personal data (spec.personalData is not stated) and no DPA is signed"
                + " (spec.vendorAssurance.dpaSigned: false): sign a DPA before real data reaches the vendor",
                message(unstated, "EVAL-VENDOR-01"));
        assertEquals(List.of("EVAL-DEL-01"), obligationRules(unstated));
        Decision none = Fixture.evaluation().set("spec.dataUsed", "production-sample").set("spec.personalData", "none")
                .set("spec.vendorAssurance", Fixture.map("soc2Type2", true)).set("itPartner", itPartner()).evaluate();
        assertEquals(List.of(), violationRules(none));
        assertEquals(List.of(), obligationRules(none));
    }

    @Test
    void vendor02AsksSecurityToReviewAnUnauditedVendorOfRealData() {
        Decision d = Fixture.evaluation().set("spec.dataUsed", "production").set("spec.personalData", "none")
                .set("itPartner", itPartner()).evaluate();
        assertFired(d, "EVAL-VENDOR-02");
        assertEquals(Set.of("security"), rolesAskedBy(d, "EVAL-VENDOR-02"));
        assertTrue(roles(d).contains("security"));
        assertNotFired(Fixture.evaluation().set("spec.dataUsed", "anonymised").evaluate(), "EVAL-VENDOR-02");
    }

    @Test
    void evalAi01FailsAVendorTrainingOnTheEvaluationsPersonalData() {
        Decision d = Fixture.evaluation().set("spec.dataUsed", "production-sample").set("spec.personalData", "contact")
                .set("spec.vendorAssurance", Fixture.map("iso27001", true, "dpaSigned", true))
                .set("spec.vendorTrainsOnData", true).set("itPartner", itPartner()).evaluate();
        assertEquals(List.of("EVAL-AI-01"), violationRules(d));
        assertEquals(RiskTier.HIGH, d.tier());
        assertEquals(Set.of("legal", "privacy-officer"), rolesAskedBy(d, "EVAL-AI-01"));
        assertEquals("ListenWell Inc would train its models on the evaluation's data (spec.vendorTrainsOnData: true),"
                + " real data (spec.dataUsed: production-sample) holding contact personal data (spec.personalData:"
                + " contact): opt out of training in the contract, or have the privacy officer grant a waiver that"
                + " records the lawful basis", message(d, "EVAL-AI-01"));
    }
}
