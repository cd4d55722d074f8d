package dev.govcheck.rules;

import static dev.govcheck.testing.Fixture.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.testing.Fixture;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every SaaS onboarding rule (and the rules every kind shares) through the public engine API: each fires on a
 * minimal proposal that carries its risk, and stays silent on the nearest proposal that does not (boundary
 * values at and next to each threshold of the default policy.yaml).
 */
class SaasRulesTest {

    // ---- shared rules ------------------------------------------------------------------------------------

    @Test
    void appOwnerAndFastTrackFireOnEverySaasOnboarding() {
        Decision d = Fixture.saas().evaluate();
        assertFired(d, "APP-OWNER", "FT-SAAS");
        assertEquals(ProcessPath.FAST_TRACK, d.path());
        assertEquals("martech-express", d.queue().name());
        assertEquals(2, d.queue().slaBusinessDays());
        assertEquals(Set.of("marketing-owner"), roles(d));
    }

    @Test
    void acc01RequiresAKpiTargetAboveTheKpiThreshold() {
        Decision over = Fixture.saas().set("businessCase.annualCost", 5001).evaluate();
        assertFired(over, "ACC-01");
        assertEquals(Status.FAIL, over.status());
        assertEquals("businessCase.kpis", violation(over, "ACC-01").field());

        assertNotFired(Fixture.saas().set("businessCase.annualCost", 5000).evaluate(), "ACC-01");
        Decision withKpi = Fixture.saas().set("businessCase.annualCost", 5001)
                .set("businessCase.kpis", List.of(map("name", "Leads", "target", 200, "measureBy", "CRM")))
                .evaluate();
        assertNotFired(withKpi, "ACC-01");
        assertEquals(Status.PASS, withKpi.status());
    }

    @Test
    void acc02RequiresAnExpectedReturnFromTheProcurementThreshold() {
        Fixture atThreshold = Fixture.saas().set("businessCase.annualCost", 25000)
                .set("businessCase.kpis", List.of(map("name", "Leads", "target", 200, "measureBy", "CRM")));
        assertFired(atThreshold.evaluate(), "ACC-02");
        assertNotFired(atThreshold.set("businessCase.expectedAnnualValue", 90000).evaluate(), "ACC-02");
        assertNotFired(Fixture.saas().set("businessCase.annualCost", 24999)
                .set("businessCase.kpis", List.of(map("name", "Leads", "target", 200, "measureBy", "CRM")))
                .evaluate(), "ACC-02");
    }

    @Test
    void acc03RequiresAnItPartnerOnHighRisk() {
        Decision high = Fixture.saas().set("spec.data.classification", "confidential").evaluate();
        assertFired(high, "ACC-03");
        assertEquals(Status.FAIL, high.status());
        assertNotFired(Fixture.saas().set("spec.data.classification", "confidential")
                .set("itPartner", map("name", "Tom", "team", "IT")).evaluate(), "ACC-03");
        assertNotFired(Fixture.saas().set("spec.data.personalData", "behavioral").evaluate(), "ACC-03");
    }

    // ---- data ---------------------------------------------------------------------------------------------

    @Test
    void saasData01ConfidentialIsHighWithSecurity() {
        Decision d = withPartner().set("spec.data.classification", "confidential").evaluate();
        assertFired(d, "SAAS-DATA-01");
        assertEquals(RiskTier.HIGH, d.tier());
        assertTrue(roles(d).contains("security"));
        assertEquals(ProcessPath.STANDARD, d.path());
        assertNotFired(Fixture.saas().set("spec.data.classification", "internal").evaluate(), "SAAS-DATA-01");
    }

    @Test
    void saasData02RestrictedIsCriticalWithFullReview() {
        Decision d = withPartner().set("spec.data.classification", "restricted").evaluate();
        assertFired(d, "SAAS-DATA-02");
        assertNotFired(d, "SAAS-DATA-01");
        assertEquals(RiskTier.CRITICAL, d.tier());
        assertEquals(ProcessPath.FULL_REVIEW, d.path());
        assertTrue(roles(d).containsAll(Set.of("security", "enterprise-architect")));
        assertNotFired(withPartner().set("spec.data.classification", "confidential").evaluate(), "SAAS-DATA-02");
    }

    @Test
    void saasPii01ContactOrBehavioralIsMediumWithPrivacy() {
        for (String kind : List.of("contact", "behavioral")) {
            Decision d = Fixture.saas().set("spec.data.personalData", kind).evaluate();
            assertFired(d, "SAAS-PII-01");
            assertEquals(RiskTier.MEDIUM, d.tier());
            assertEquals(ProcessPath.STANDARD, d.path());
            assertTrue(roles(d).contains("privacy-officer"));
            assertTrue(blocker(d, "SAAS-PII-01").message().contains(kind));
        }
        assertNotFired(Fixture.saas().set("spec.data.personalData", "pseudonymous").evaluate(), "SAAS-PII-01");
        assertNotFired(withPartner().set("spec.data.personalData", "sensitive").evaluate(), "SAAS-PII-01");
    }

    @Test
    void saasPii02SensitiveIsCriticalWithPrivacyAndLegal() {
        Decision d = withPartner().set("spec.data.personalData", "sensitive").evaluate();
        assertFired(d, "SAAS-PII-02");
        assertEquals(RiskTier.CRITICAL, d.tier());
        assertEquals(ProcessPath.FULL_REVIEW, d.path());
        assertTrue(roles(d).containsAll(Set.of("privacy-officer", "legal")));
        assertNotFired(Fixture.saas().set("spec.data.personalData", "behavioral").evaluate(), "SAAS-PII-02");
    }

    @Test
    void saasPii03PersonalDataWithoutDpaIsAnObligationForLegal() {
        Decision d = Fixture.saas().set("spec.data.personalData", "contact")
                .set("spec.assurance.dpaSigned", false).evaluate();
        assertFired(d, "SAAS-PII-03");
        assertTrue(roles(d).contains("legal"));
        assertEquals(1, d.obligations().stream().filter(o -> o.rule().equals("SAAS-PII-03")).count());
        assertEquals(Status.PASS, d.status(), "an obligation does not fail the proposal");
        assertNotFired(Fixture.saas().set("spec.data.personalData", "contact").evaluate(), "SAAS-PII-03");
        assertFired(Fixture.saas().set("spec.data.personalData", "pseudonymous")
                .set("spec.assurance.dpaSigned", false).evaluate(), "SAAS-PII-03");
        assertNotFired(Fixture.saas().set("spec.data.personalData", "none")
                .set("spec.assurance.dpaSigned", false).evaluate(), "SAAS-PII-03");
    }

    @Test
    void saasPii04ManyPersonalRecordsIsHigh() {
        Decision at = withPartner().set("spec.data.personalData", "contact")
                .set("spec.data.records", 100000).evaluate();
        assertFired(at, "SAAS-PII-04");
        assertEquals(RiskTier.HIGH, at.tier());
        assertNotFired(withPartner().set("spec.data.personalData", "contact")
                .set("spec.data.records", 99999).evaluate(), "SAAS-PII-04");
        assertNotFired(withPartner().set("spec.data.personalData", "none")
                .set("spec.data.records", 5000000).evaluate(), "SAAS-PII-04");
    }

    @Test
    void saasXfer01CrossBorderPersonalDataNeedsSafeguards() {
        Decision d = Fixture.saas().set("spec.data.personalData", "behavioral")
                .set("spec.data.crossBorderTransfer", true).evaluate();
        assertFired(d, "SAAS-XFER-01");
        assertTrue(roles(d).containsAll(Set.of("privacy-officer", "legal")));
        assertTrue(d.obligations().stream().anyMatch(o -> o.rule().equals("SAAS-XFER-01")
                && o.message().contains("SCCs")));
        assertNotFired(Fixture.saas().set("spec.data.crossBorderTransfer", true).evaluate(), "SAAS-XFER-01");
    }

    // ---- access and assurance -----------------------------------------------------------------------------

    @Test
    void saasSso01MoreThanTheThresholdWithoutSso() {
        Decision d = Fixture.saas().set("spec.users", 11).set("spec.access.sso", false).evaluate();
        assertFired(d, "SAAS-SSO-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertTrue(roles(d).contains("security"));
        assertEquals(ProcessPath.STANDARD, d.path());
        assertNotFired(Fixture.saas().set("spec.users", 10).set("spec.access.sso", false).evaluate(), "SAAS-SSO-01");
        assertNotFired(Fixture.saas().set("spec.users", 11).evaluate(), "SAAS-SSO-01");
    }

    @Test
    void saasMfa01PasswordOnlyAccountsAreAnError() {
        Decision d = Fixture.saas().set("spec.access.sso", false).set("spec.access.mfa", false).evaluate();
        assertFired(d, "SAAS-MFA-01");
        assertEquals(Status.FAIL, d.status());
        assertNotFired(Fixture.saas().set("spec.access.sso", false).set("spec.access.mfa", true).evaluate(),
                "SAAS-MFA-01");
        assertNotFired(Fixture.saas().set("spec.access.sso", true).set("spec.access.mfa", false).evaluate(),
                "SAAS-MFA-01");
    }

    @Test
    void saasAssur01NoIndependentAudit() {
        Decision d = Fixture.saas().set("spec.assurance.soc2Type2", false).set("spec.assurance.iso27001", false)
                .evaluate();
        assertFired(d, "SAAS-ASSUR-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertTrue(roles(d).contains("security"));
        assertNotFired(Fixture.saas().set("spec.assurance.soc2Type2", false).evaluate(), "SAAS-ASSUR-01");
        assertNotFired(Fixture.saas().set("spec.assurance.iso27001", false).evaluate(), "SAAS-ASSUR-01");
    }

    // ---- integrations -------------------------------------------------------------------------------------

    @Test
    void saasInt01WritingToACoreSystemIsAFullReview() {
        for (String direction : List.of("write", "bidirectional")) {
            Decision d = withPartner().set("spec.integrations", List.of(
                    map("system", "Data lake", "direction", "read", "coreSystem", false),
                    map("system", "SAP ERP", "direction", direction, "coreSystem", true))).evaluate();
            assertFired(d, "SAAS-INT-01");
            assertEquals(RiskTier.HIGH, d.tier());
            assertEquals(ProcessPath.FULL_REVIEW, d.path());
            Finding reason = approval(d, "enterprise-architect").reasons().get(0);
            assertEquals("spec.integrations[1]", reason.field(), "points at the core-system integration");
            assertTrue(reason.message().contains("SAP ERP"));
        }
        assertNotFired(withPartner().set("spec.integrations", List.of(
                map("system", "Data lake", "direction", "write", "coreSystem", false))).evaluate(), "SAAS-INT-01");
    }

    @Test
    void saasInt02ReadingFromACoreSystemIsStandard() {
        Decision d = Fixture.saas().set("spec.integrations", List.of(
                map("system", "SAP ERP", "direction", "read", "coreSystem", true))).evaluate();
        assertFired(d, "SAAS-INT-02");
        assertNotFired(d, "SAAS-INT-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertTrue(roles(d).contains("enterprise-architect"));
        assertNotFired(Fixture.saas().set("spec.integrations", List.of(
                map("system", "Data lake", "direction", "read", "coreSystem", false))).evaluate(), "SAAS-INT-02");
    }

    // ---- cost ---------------------------------------------------------------------------------------------

    @Test
    void saasCost01AboveTheFastTrackLimitIsStandard() {
        Decision over = withKpi(10001).evaluate();
        assertFired(over, "SAAS-COST-01");
        assertEquals(ProcessPath.STANDARD, over.path());
        assertEquals(RiskTier.LOW, over.tier(), "cost alone changes the path, not the risk");
        Decision at = withKpi(10000).evaluate();
        assertNotFired(at, "SAAS-COST-01");
        assertEquals(ProcessPath.FAST_TRACK, at.path());
    }

    @Test
    void saasCost02FromTheProcurementThreshold() {
        assertFired(withKpi(25000).set("businessCase.expectedAnnualValue", 1).evaluate(), "SAAS-COST-02");
        assertTrue(roles(withKpi(25000).set("businessCase.expectedAnnualValue", 1).evaluate()).contains("procurement"));
        assertNotFired(withKpi(24999).evaluate(), "SAAS-COST-02");
    }

    @Test
    void saasCost03FromTheExecutiveThreshold() {
        Decision d = withKpi(100000).set("businessCase.expectedAnnualValue", 1)
                .set("itPartner", map("name", "Tom", "team", "IT")).evaluate();
        assertFired(d, "SAAS-COST-03");
        assertEquals(RiskTier.HIGH, d.tier());
        assertEquals(ProcessPath.FULL_REVIEW, d.path());
        assertTrue(roles(d).contains("finance"));
        assertNotFired(withKpi(99999).set("businessCase.expectedAnnualValue", 1).evaluate(), "SAAS-COST-03");
    }

    // ---- reach, overlap, exit, contract -------------------------------------------------------------------

    @Test
    void saasUsers01FromTheLargeUserCount() {
        Decision d = Fixture.saas().set("spec.users", 250).evaluate();
        assertFired(d, "SAAS-USERS-01");
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertNotFired(Fixture.saas().set("spec.users", 249).evaluate(), "SAAS-USERS-01");
    }

    @Test
    void saasCat01ApprovedToolOfTheSameCategory() {
        Decision d = Fixture.saas().set("spec.category", "analytics").evaluate();
        assertFired(d, "SAAS-CAT-01");
        assertTrue(roles(d).contains("enterprise-architect"));
        assertEquals(ProcessPath.STANDARD, d.path());
        assertTrue(blocker(d, "SAAS-CAT-01").message().contains("Google Analytics 4"));
        assertNotFired(Fixture.saas().set("spec.category", "analytics")
                .set("spec.replaces", List.of("google analytics 4")).evaluate(), "SAAS-CAT-01");
        assertNotFired(Fixture.saas().set("spec.category", "other").evaluate(), "SAAS-CAT-01");
    }

    @Test
    void saasExit01PersonalDataWithoutAnExitPlan() {
        Decision d = Fixture.saas().set("spec.data.personalData", "contact").evaluate();
        assertFired(d, "SAAS-EXIT-01");
        assertTrue(d.obligations().stream().anyMatch(o -> o.rule().equals("SAAS-EXIT-01")));
        assertNotFired(Fixture.saas().set("spec.data.personalData", "contact")
                .set("spec.exitPlan.dataExport", true).evaluate(), "SAAS-EXIT-01");
    }

    @Test
    void saasRenew01LongAutoRenewingContracts() {
        Decision d = Fixture.saas().set("spec.contract", map("termMonths", 13, "autoRenew", true)).evaluate();
        assertFired(d, "SAAS-RENEW-01");
        assertTrue(roles(d).contains("procurement"));
        assertEquals(ProcessPath.FAST_TRACK, d.path(), "an approval alone does not leave the fast track");
        assertNotFired(Fixture.saas().set("spec.contract", map("termMonths", 12, "autoRenew", true)).evaluate(),
                "SAAS-RENEW-01");
        assertNotFired(Fixture.saas().set("spec.contract", map("termMonths", 36, "autoRenew", false)).evaluate(),
                "SAAS-RENEW-01");
    }

    @Test
    void theIssueExampleBehavioralDataAnd300UsersIsMediumStandardWithPrivacyAndOwner() {
        Decision d = Fixture.saas().set("spec.data.personalData", "behavioral")
                .set("spec.assurance.dpaSigned", true).set("spec.exitPlan.dataExport", true)
                .set("spec.users", 300).evaluate();
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertEquals(Set.of("marketing-owner", "privacy-officer"), roles(d));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static Fixture withPartner() {
        return Fixture.saas().set("itPartner", map("name", "Tom Keller", "team", "Enterprise Integration"));
    }

    private static Fixture withKpi(double annualCost) {
        return Fixture.saas().set("businessCase.annualCost", annualCost)
                .set("businessCase.kpis", List.of(map("name", "Leads", "target", 200, "measureBy", "CRM")));
    }

    static Set<String> roles(Decision d) {
        return d.approvals().stream().map(Approval::role).collect(Collectors.toSet());
    }

    static Approval approval(Decision d, String role) {
        return d.approvals().stream().filter(a -> a.role().equals(role)).findFirst().orElseThrow();
    }

    static Finding violation(Decision d, String rule) {
        return d.violations().stream().filter(v -> v.rule().equals(rule)).findFirst().orElseThrow();
    }

    static Finding blocker(Decision d, String rule) {
        return d.fastTrackBlockers().stream().filter(v -> v.rule().equals(rule)).findFirst().orElseThrow();
    }

    static void assertFired(Decision d, String... rules) {
        for (String rule : rules) {
            assertTrue(d.fired().contains(rule), rule + " should fire; fired: " + d.fired());
        }
    }

    static void assertNotFired(Decision d, String rule) {
        assertFalse(d.fired().contains(rule), rule + " should not fire; fired: " + d.fired());
    }
}
