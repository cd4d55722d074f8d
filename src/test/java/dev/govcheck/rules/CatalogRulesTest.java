package dev.govcheck.rules;

import static dev.govcheck.rules.DecisionFacts.assertFired;
import static dev.govcheck.rules.DecisionFacts.assertNotFired;
import static dev.govcheck.rules.DecisionFacts.blockerRules;
import static dev.govcheck.rules.DecisionFacts.message;
import static dev.govcheck.rules.DecisionFacts.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.testing.Fixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules that ask catalog.yaml (SAAS-CAT-01, SAAS-COST-01, CHG-SCRIPT-01, CHG-SCRIPT-04): the proposal's own
 * tool (by spec.product, else by vendor) is no overlap and no new spend, and a script of an approved tool's vendor
 * was assessed with the tool. Names are compared ignoring case and surrounding spaces.
 */
class CatalogRulesTest {
    @Test
    void anOverlapNamesTheApprovedToolAndHowTheProposalNamesItsOwn() {
        Decision byVendor = Fixture.saas().set("spec.category", "survey").set("spec.vendor.name", "Typeform").evaluate();
        assertEquals("the catalog already has an approved survey tool (spec.category: survey), Qualtrics CoreXM by"
                + " Qualtrics, and Typeform (spec.vendor.name) is another tool: reuse Qualtrics CoreXM, or list it in"
                + " spec.replaces if the new tool replaces it", message(byVendor, "SAAS-CAT-01"));
        Decision byProduct = Fixture.saas().set("spec.category", "email").set("spec.vendor.name", "Salesforce")
                .set("spec.product", "Marketing Cloud Account Engagement").evaluate();
        assertEquals("the catalog already has an approved email tool (spec.category: email), Salesforce Marketing"
                + " Cloud by Salesforce, and Marketing Cloud Account Engagement (spec.product) is another tool: reuse"
                + " Salesforce Marketing Cloud, or list it in spec.replaces if the new tool replaces it",
                message(byProduct, "SAAS-CAT-01"));
    }

    @Test
    void aRenewalOfAnApprovedToolIsNeitherAnOverlapNorNewSpend() {
        Decision renewal = Fixture.saas().set("spec.category", "email").set("spec.vendor.name", " SALESFORCE ")
                .set("businessCase.annualCost", 60000).set("businessCase.expectedAnnualValue", 900000)
                .set("businessCase.kpis", List.of(Fixture.map("name", "Revenue", "target", "1.4M", "measureBy", "SFMC")))
                .evaluate();
        assertNotFired(renewal, "SAAS-CAT-01");
        assertNotFired(renewal, "SAAS-COST-01");
        assertFired(renewal, "SAAS-COST-02");
        assertEquals(ProcessPath.FAST_TRACK, renewal.path());
        assertEquals(Set.of("marketing-owner", "procurement"), roles(renewal), "procurement still approves the spend");
    }

    @Test
    void spendOnAToolTheCatalogLacksLeavesTheFastTrack() {
        Decision d = Fixture.saas().set("businessCase.annualCost", 10001)
                .set("businessCase.kpis", List.of(Fixture.map("name", "Leads", "target", 50, "measureBy", "CRM")))
                .evaluate();
        assertEquals(List.of("SAAS-COST-01"), blockerRules(d));
        assertEquals("the annual cost of 10001 EUR (businessCase.annualCost) is above the fast-track limit of 10000"
                + " for a tool the catalog has not approved", message(d, "SAAS-COST-01"));
    }

    @Test
    void scriptsOfApprovedVendorsAreAssessedWithTheirTool() {
        Decision google = Fixture.codeChange().set("spec.changeType", "tag").set("spec.thirdPartyScripts",
                List.of(Fixture.map("vendor", "  google", "domain", "www.googletagmanager.com", "consentCategory",
                        "analytics", "consentGated", true))).evaluate();
        assertNotFired(google, "CHG-SCRIPT-01");
        assertNotFired(google, "CHG-SCRIPT-04");
        assertEquals(ProcessPath.FAST_TRACK, google.path());

        Decision hotjar = Fixture.codeChange().set("spec.changeType", "tag").set("spec.thirdPartyScripts",
                List.of(Fixture.map("vendor", "Hotjar", "domain", "static.hotjar.com", "consentCategory", "analytics",
                        "consentGated", true))).evaluate();
        assertEquals(Set.of("marketing-owner", "privacy-officer", "security"), roles(hotjar));
        assertEquals("the analytics script static.hotjar.com (consentCategory: analytics) sends visitor data to"
                + " Hotjar, a vendor no approved tool has: the privacy officer adds it to the consent tool's vendor"
                + " list and the privacy notice", message(hotjar, "CHG-SCRIPT-04"));
    }
}
