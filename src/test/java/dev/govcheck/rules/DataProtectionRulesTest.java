package dev.govcheck.rules;

import static dev.govcheck.rules.DecisionFacts.assertFired;
import static dev.govcheck.rules.DecisionFacts.assertNotFired;
import static dev.govcheck.rules.DecisionFacts.itPartner;
import static dev.govcheck.rules.DecisionFacts.message;
import static dev.govcheck.rules.DecisionFacts.obligationRules;
import static dev.govcheck.rules.DecisionFacts.rolesAskedBy;
import static dev.govcheck.rules.DecisionFacts.violationRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FieldFix;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.testing.Fixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The personal-data rules of a SaaS onboarding as policy v2 words them: pseudonymous data is personal data, a
 * processing that meets dpiaMinCriteria of the WP248 criteria needs a DPIA (or the one on file confirmed), a vendor
 * training its models on personal data is an error, and a transfer needs a named mechanism.
 */
class DataProtectionRulesTest {
    private static Fixture personal(String kind) {
        return Fixture.saas().set("spec.data.personalData", kind).set("spec.exitPlan.dataExport", true)
                .set("itPartner", itPartner());
    }

    @Test
    void pseudonymousDataIsPersonalDataForEveryRuleButThePrivacyOfficersOwn() {
        Decision d = personal("pseudonymous").set("spec.data.records", 100000).set("spec.data.crossBorderTransfer", true)
                .set("spec.assurance.dpaSigned", false).set("spec.exitPlan.dataExport", false).evaluate();
        assertFired(d, "SAAS-PII-03");
        assertFired(d, "SAAS-PII-04");
        assertFired(d, "SAAS-XFER-01");
        assertFired(d, "SAAS-EXIT-01");
        assertNotFired(d, "SAAS-PII-01");
        assertEquals("the tool will process pseudonymous personal data (spec.data.personalData: pseudonymous) and no"
                + " DPA is signed (spec.assurance.dpaSigned: false): sign a DPA before go-live", message(d, "SAAS-PII-03"));
    }

    @Test
    void aTransferNamesTheMechanismsThatMakeItLawful() {
        Decision d = personal("contact").set("spec.data.crossBorderTransfer", true).evaluate();
        assertEquals("the tool transfers contact personal data across borders (spec.data.crossBorderTransfer: true):"
                + " put a transfer mechanism in place before go-live: an adequacy decision (the EU-US Data Privacy"
                + " Framework for a certified US recipient) or SCCs with a transfer impact assessment",
                message(d, "SAAS-XFER-01"));
        assertEquals(List.of("SAAS-XFER-01"), obligationRules(d));
    }

    @Test
    void dpia01FiresAtDpiaMinCriteriaAndNamesEachCriterionOnce() {
        Decision two = personal("behavioral").set("spec.data.profiling", true).evaluate();
        assertFired(two, "SAAS-DPIA-01");
        assertEquals(RiskTier.HIGH, two.tier());
        assertEquals(Set.of("privacy-officer"), rolesAskedBy(two, "SAAS-DPIA-01"));
        assertEquals(List.of("SAAS-DPIA-01"), obligationRules(two));
        assertEquals("the processing meets 2 criteria of a high-risk processing (from 2 a DPIA is needed): evaluation"
                + " or scoring (spec.data.profiling: true), systematic monitoring (spec.data.personalData: behavioral);"
                + " no DPIA covers it (spec.data.dpiaOnFile: false): carry out a data protection impact assessment"
                + " before go-live", message(two, "SAAS-DPIA-01"));
        assertNotFired(personal("behavioral").evaluate(), "SAAS-DPIA-01");
        assertNotFired(personal("contact").set("spec.data.profiling", true).evaluate(), "SAAS-DPIA-01");
    }

    @Test
    void dpia01CountsEveryOneOfTheSevenCriteria() {
        Decision all = personal("sensitive").set("spec.data.profiling", true).set("spec.data.records", 100000)
                .set("spec.data.combinesDatasets", true).set("spec.data.aiProcessing", true)
                .set("spec.data.vulnerableSubjects", true).evaluate();
        String text = message(all, "SAAS-DPIA-01");
        assertTrue(text.startsWith("the processing meets 6 criteria"), text);
        for (String criterion : List.of("evaluation or scoring (spec.data.profiling: true)",
                "sensitive data (spec.data.personalData: sensitive)",
                "large scale (spec.data.records: 100000, at least 100000)",
                "matching or combining datasets (spec.data.combinesDatasets: true)",
                "innovative technology (spec.data.aiProcessing: true)",
                "vulnerable data subjects (spec.data.vulnerableSubjects: true)")) {
            assertTrue(text.contains(criterion), criterion + " in " + text);
        }
        assertNotFired(personal("contact").set("spec.data.records", 99999).set("spec.data.combinesDatasets", true)
                .evaluate(), "SAAS-DPIA-01");
    }

    @Test
    void dpia02ConfirmsTheDpiaOnFileWithoutATierVote() {
        Decision d = personal("behavioral").set("spec.data.profiling", true).set("spec.data.dpiaOnFile", true)
                .evaluate();
        assertFired(d, "SAAS-DPIA-02");
        assertNotFired(d, "SAAS-DPIA-01");
        assertEquals(RiskTier.MEDIUM, d.tier(), "an assessed processing is reviewed, not assessed again");
        assertEquals(List.of("SAAS-DPIA-02"), obligationRules(d));
        assertTrue(message(d, "SAAS-DPIA-02").endsWith("a DPIA is on file (spec.data.dpiaOnFile: true): confirm that"
                + " the DPIA on file still covers the processing"), message(d, "SAAS-DPIA-02"));
        assertNotFired(personal("behavioral").set("spec.data.dpiaOnFile", true).evaluate(), "SAAS-DPIA-02");
    }

    @Test
    void ai01FailsAVendorThatTrainsOnPersonalDataAndOffersTheOptOut() {
        Decision d = personal("pseudonymous").set("spec.data.vendorTrainsOnData", true).evaluate();
        assertEquals(List.of("SAAS-AI-01"), violationRules(d));
        assertEquals(Status.FAIL, d.status());
        assertEquals(RiskTier.HIGH, d.tier());
        assertEquals(Set.of("legal", "privacy-officer"), rolesAskedBy(d, "SAAS-AI-01"));
        assertEquals("the vendor would train its models on pseudonymous personal data (spec.data.vendorTrainsOnData:"
                + " true): opt out of training in the contract, or have the privacy officer grant a waiver that records"
                + " the lawful basis", message(d, "SAAS-AI-01"));
        FiredRule.Effect error = d.trace().stream().filter(r -> r.rule().equals("SAAS-AI-01"))
                .flatMap(r -> r.effects().stream()).filter(e -> e.kind().equals("violation")).findFirst().orElseThrow();
        assertEquals(List.of(new FieldFix("spec.data.vendorTrainsOnData", "false")), error.fixes());
        assertNotFired(Fixture.saas().set("spec.data.vendorTrainsOnData", true).evaluate(), "SAAS-AI-01");
    }
}
