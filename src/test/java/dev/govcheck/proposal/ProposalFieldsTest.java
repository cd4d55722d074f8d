package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.ProposalFields.FieldPathException;
import dev.govcheck.proposal.ProposalFields.ScalarKind;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema read from the model records, and values as the rules see them. */
class ProposalFieldsTest {
    @Test
    void fieldTypesFollowTheRecords() {
        assertEquals(ScalarKind.INTEGER, scalar(Kind.SAAS_ONBOARDING, "spec.users"));
        assertEquals(ScalarKind.NUMBER, scalar(Kind.SAAS_ONBOARDING, "businessCase.annualCost"));
        assertEquals(ScalarKind.BOOLEAN, scalar(Kind.SAAS_ONBOARDING, "spec.access.sso"));
        assertEquals(ScalarKind.CHOICE, scalar(Kind.SAAS_ONBOARDING, "spec.integrations[3].direction"));
        assertEquals(ScalarKind.TEXT, scalar(Kind.SAAS_ONBOARDING, "spec.replaces[0]"));
        assertEquals(ScalarKind.DATE, scalar(Kind.EVALUATION, "spec.decisionBy"));
        assertEquals(ScalarKind.FIXED, scalar(Kind.CODE_CHANGE, "kind"));
        assertEquals(List.of("read", "write", "bidirectional"), ((ProposalFields.Scalar) ProposalFields.typeOf(
                Kind.SAAS_ONBOARDING, "spec.integrations[0].direction")).choices());
        assertInstanceOf(ProposalFields.ListOf.class, ProposalFields.typeOf(Kind.SAAS_ONBOARDING, "spec.integrations"));
        assertInstanceOf(ProposalFields.Group.class, ProposalFields.typeOf(Kind.CODE_CHANGE, "spec.rollback"));
    }

    @Test
    void aPathOutsideTheSchemaSaysWhatWasMeant() {
        FieldPathException typo = assertThrows(FieldPathException.class,
                () -> ProposalFields.typeOf(Kind.SAAS_ONBOARDING, "spec.data.clasification"));
        assertEquals("spec.data.clasification is not a field of SaasOnboarding proposals (did you mean"
                + " spec.data.classification?)", typo.getMessage());
        FieldPathException otherKind = assertThrows(FieldPathException.class,
                () -> ProposalFields.typeOf(Kind.CODE_CHANGE, "spec.users"));
        assertTrue(otherKind.getMessage().startsWith("spec.users is not a field of CodeChange proposals (keys of"
                + " spec: property, changeType, size"), otherKind.getMessage());
        assertThrows(FieldPathException.class, () -> ProposalFields.typeOf(Kind.SAAS_ONBOARDING, "spec.users.x"));
        assertThrows(FieldPathException.class, () -> ProposalFields.typeOf(Kind.SAAS_ONBOARDING, "spec.users[0]"));
        assertThrows(FieldPathException.class, () -> ProposalFields.parse("spec..users"));
        assertThrows(FieldPathException.class, () -> ProposalFields.parse("spec.users[x]"));
    }

    @Test
    void valuesAreWhatTheRulesSawIncludingDefaults() {
        Proposal p = TestRules.read(Fixture.saas().set("spec.integrations[0]",
                Fixture.map("system", "SAP", "direction", "write", "coreSystem", true)).yaml()).proposal();
        assertEquals("5", text(p, "spec.users"));
        assertEquals("1200", text(p, "businessCase.annualCost"));
        assertEquals("internal", text(p, "spec.data.classification"));
        assertEquals("SaasOnboarding", text(p, "kind"));
        assertEquals("false", text(p, "spec.exitPlan.dataExport"), "an absent boolean is false");
        assertEquals("[]", text(p, "businessCase.kpis"), "an absent list is empty");
        assertEquals("null", text(p, "itPartner"));
        assertEquals("null", text(p, "itPartner.name"));
        assertEquals("{system: SAP, direction: write, coreSystem: true}", text(p, "spec.integrations[0]"));
        assertEquals(Optional.empty(), ProposalFields.valueOf(p, "spec.integrations[1]"));
        assertEquals(Optional.empty(), ProposalFields.valueOf(p, "spec.changeType"));
        assertEquals(Optional.empty(), ProposalFields.valueOf(p, "cost"), "a derived value is not a field");
    }

    @Test
    void longValuesAreShortenedToOneLine() {
        Proposal p = TestRules.read(Fixture.saas().set("title", "x".repeat(200)).yaml()).proposal();
        String title = text(p, "title");
        assertEquals(80, title.length());
        assertTrue(title.endsWith("..."));
    }

    private static ScalarKind scalar(Kind kind, String path) {
        return ((ProposalFields.Scalar) ProposalFields.typeOf(kind, path)).kind();
    }

    private static String text(Proposal proposal, String path) {
        return ProposalFields.valueOf(proposal, path).orElseThrow().text();
    }
}
