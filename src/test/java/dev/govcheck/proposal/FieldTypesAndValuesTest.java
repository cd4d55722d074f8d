package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.FieldPath.FieldPathException;
import dev.govcheck.proposal.FieldType.ScalarKind;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a field holds, read from the proposal schema, and values as the rules see them. */
class FieldTypesAndValuesTest {
    private static final ProposalSchema SCHEMA = ProposalSchema.get();

    @Test
    void fieldTypesFollowTheSchema() {
        assertEquals(ScalarKind.INTEGER, scalar(Kind.SAAS_ONBOARDING, "spec.users"));
        assertEquals(ScalarKind.NUMBER, scalar(Kind.SAAS_ONBOARDING, "businessCase.annualCost"));
        assertEquals(ScalarKind.BOOLEAN, scalar(Kind.SAAS_ONBOARDING, "spec.access.sso"));
        assertEquals(ScalarKind.CHOICE, scalar(Kind.SAAS_ONBOARDING, "spec.integrations[3].direction"));
        assertEquals(ScalarKind.TEXT, scalar(Kind.SAAS_ONBOARDING, "spec.replaces[0]"));
        assertEquals(ScalarKind.TEXT, scalar(Kind.SAAS_ONBOARDING, "businessCase.kpis[0].target"));
        assertEquals(ScalarKind.DATE, scalar(Kind.EVALUATION, "spec.decisionBy"));
        assertEquals(ScalarKind.FIXED, scalar(Kind.CODE_CHANGE, "kind"));
        assertEquals(ScalarKind.FIXED, scalar(Kind.CODE_CHANGE, "apiVersion"));
        assertEquals(List.of("read", "write", "bidirectional"), ((FieldType.Scalar) SCHEMA.fieldType(
                Kind.SAAS_ONBOARDING, "spec.integrations[0].direction")).choices());
        assertInstanceOf(FieldType.ListOf.class, SCHEMA.fieldType(Kind.SAAS_ONBOARDING, "spec.integrations"));
        assertEquals(new FieldType.Group(List.of("plan", "featureFlag")),
                SCHEMA.fieldType(Kind.CODE_CHANGE, "spec.rollback"));
        assertEquals(new FieldType.Group(List.of("objective", "kpis", "annualCost", "expectedAnnualValue")),
                SCHEMA.fieldType(Kind.SAAS_ONBOARDING, "businessCase"), "the kind's branch adds no key twice");
    }

    @Test
    void aPathOutsideTheSchemaSaysWhatWasMeant() {
        FieldPathException typo = assertThrows(FieldPathException.class,
                () -> SCHEMA.fieldType(Kind.SAAS_ONBOARDING, "spec.data.clasification"));
        assertEquals("spec.data.clasification is not a field of SaasOnboarding proposals (did you mean"
                + " spec.data.classification?)", typo.getMessage());
        FieldPathException otherKind = assertThrows(FieldPathException.class,
                () -> SCHEMA.fieldType(Kind.CODE_CHANGE, "spec.users"));
        assertTrue(otherKind.getMessage().startsWith("spec.users is not a field of CodeChange proposals (keys of"
                + " spec: property, changeType, size"), otherKind.getMessage());
        assertEquals("spec.users is a single value, it has no field 'x'", assertThrows(FieldPathException.class,
                () -> SCHEMA.fieldType(Kind.SAAS_ONBOARDING, "spec.users.x")).getMessage());
        assertEquals("spec.users is not a list, so it has no item [0]", assertThrows(FieldPathException.class,
                () -> SCHEMA.fieldType(Kind.SAAS_ONBOARDING, "spec.users[0]")).getMessage());
        assertEquals("spec.replaces is a list: name an item first, e.g. spec.replaces[0].name",
                assertThrows(FieldPathException.class,
                        () -> SCHEMA.fieldType(Kind.SAAS_ONBOARDING, "spec.replaces.name")).getMessage());
        assertThrows(FieldPathException.class, () -> SCHEMA.fieldType(Kind.SAAS_ONBOARDING, "spec..users"));
        assertThrows(FieldPathException.class, () -> SCHEMA.fieldType(Kind.SAAS_ONBOARDING, "spec.users[x]"));
    }

    @Test
    void valuesAreWhatTheRulesSawIncludingDefaults() {
        Proposal p = TestRules.read(Fixture.saas().set("spec.integrations[0]",
                Fixture.map("system", "SAP", "direction", "write", "coreSystem", true)).yaml()).proposal();
        assertEquals("5", text(p, "spec.users"));
        assertEquals("1200", text(p, "businessCase.annualCost"));
        assertEquals("internal", text(p, "spec.data.classification"));
        assertEquals("SaasOnboarding", text(p, "kind"));
        assertEquals("govcheck/v1", text(p, "apiVersion"));
        assertEquals("false", text(p, "spec.exitPlan.dataExport"), "an absent boolean is false");
        assertEquals("[]", text(p, "businessCase.kpis"), "an absent list is empty");
        assertEquals("null", text(p, "itPartner"));
        assertEquals("null", text(p, "itPartner.name"));
        assertEquals("{system: SAP, direction: write, coreSystem: true}", text(p, "spec.integrations[0]"));
        assertEquals("{sso: true, mfa: true, scim: false}", text(p, "spec.access"));
        assertEquals(List.of("classification", "personalData", "records", "crossBorderTransfer", "profiling",
                "aiProcessing", "vendorTrainsOnData", "combinesDatasets", "vulnerableSubjects", "dpiaOnFile"),
                List.copyOf(TreeBinder.STANDARD.toTree(((SaasOnboarding) p).spec().data()).properties().stream()
                        .map(java.util.Map.Entry::getKey).toList()), "fields only, no derived answer (isPersonal)");
        assertEquals(Optional.empty(), ProposalValues.text(p, "spec.integrations[1]"));
        assertEquals(Optional.empty(), ProposalValues.text(p, "spec.changeType"));
        assertEquals(Optional.empty(), ProposalValues.text(p, "cost"), "a derived value is not a field");
    }

    @Test
    void longValuesAreShortenedToOneLine() {
        Proposal p = TestRules.read(Fixture.saas().set("title", "x".repeat(200)).yaml()).proposal();
        String title = text(p, "title");
        assertEquals(80, title.length());
        assertTrue(title.endsWith("..."));
    }

    private static ScalarKind scalar(Kind kind, String path) {
        return ((FieldType.Scalar) SCHEMA.fieldType(kind, path)).kind();
    }

    private static String text(Proposal proposal, String path) {
        return ProposalValues.text(proposal, path).orElseThrow();
    }
}
