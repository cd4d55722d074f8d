package dev.govcheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which proposal fields a rule's conditions read, from Drools' descriptors of its DRL (explain shows their values). */
class RuleDescriberTest {
    private static List<String> fieldsRead(String conditions) {
        String drl = """
                package govcheck.rules;
                import dev.govcheck.proposal.*;
                import dev.govcheck.drl.*;
                global Policy policy;
                rule "R"
                when
                """ + conditions + """
                then
                end
                """;
        DrlAnalysis analysis = DrlAnalysis.of(List.of(new RuleCompiler.DrlSource("r.drl", "r.drl", drl)),
                RuleDescriberTest.class.getClassLoader());
        assertEquals(List.of(), analysis.errors());
        return analysis.outline().rules().get(0).conditionFields();
    }

    private static RuleOutline.RulePlace place(String conditions, String consequence) {
        String drl = """
                package govcheck.rules;
                import dev.govcheck.proposal.*;
                import dev.govcheck.drl.*;
                import dev.govcheck.decision.ProcessPath;
                global Policy policy;
                rule "R"
                when
                """ + conditions + "then\n" + consequence + "\nend\n";
        DrlAnalysis analysis = DrlAnalysis.of(List.of(new RuleCompiler.DrlSource("r.drl", "r.drl", drl)),
                RuleDescriberTest.class.getClassLoader());
        assertEquals(List.of(), analysis.errors());
        return analysis.outline().rules().get(0);
    }

    @Test
    void aRuleThatVotesForTheFastTrackGrantsItToTheProposalTypesItsPatternsMatch() {
        RuleOutline.RulePlace grant = place("CodeChange( spec.changeType == ChangeType.CONTENT )\n",
                "Outcome.of(kcontext).because(\"spec.changeType\", \"a content change\").vote(ProcessPath.FAST_TRACK);");
        assertTrue(grant.grantsFastTrack());
        assertEquals(List.of("CodeChange"), grant.proposalTypes());
        assertEquals(List.of("spec.changeType"), grant.conditionFields());
        RuleOutline.RulePlace heavier = place("$p : SaasOnboarding()\n$i : Integration() from $p.spec.integrations\n",
                "Outcome.of(kcontext).because(\"spec\", \"FAST_TRACK in a message\").vote(ProcessPath.STANDARD);");
        assertFalse(heavier.grantsFastTrack(), "only a FAST_TRACK vote grants it, not the word in a text");
        assertEquals(List.of("SaasOnboarding"), heavier.proposalTypes(), "a list item is no proposal type");
    }

    @Test
    void theDefaultSetsGrantsNameTheFieldsThatMakeAKindEligible() {
        RuleSet rules = TestRules.ruleSet();
        assertEquals(List.of(new FastTrackGrant("FT-CHANGE", "Content, tag and template changes are pre-approved"
                + " standard changes", List.of("CodeChange"), List.of("spec.changeType"))),
                rules.fastTrackGrants(dev.govcheck.proposal.Kind.CODE_CHANGE));
        assertEquals(List.of("spec.approach"),
                rules.fastTrackGrants(dev.govcheck.proposal.Kind.EVALUATION).get(0).fields());
        assertEquals(List.of("FT-SAAS"), rules.fastTrackGrants(dev.govcheck.proposal.Kind.SAAS_ONBOARDING).stream()
                .map(FastTrackGrant::rule).toList());
    }

    @Test
    void pathsInsideProposalPatternsAreFoundAndMethodCallsBindingsConstantsStringsAndCommentsAreNot() {
        String when = """
                    // spec.commented.out is not read
                    $p : SaasOnboarding( $users : spec.users > policy.threshold("spec.in.a.string"),
                                         spec.access.sso == false, spec.data.personalData in (PersonalData.CONTACT) )
                    $t : ApprovedTool( category == $p.spec.category )   /* spec.in.block.comment */
                    eval( !Catalog.isReplaced($p, $t) && $p.spec().users() > 0 )
                """;
        assertEquals(List.of("spec.users", "spec.access.sso", "spec.data.personalData"), fieldsRead(when));
    }

    @Test
    void listSourcesThresholdComparisonsAndBareTopLevelKeysAreFound() {
        assertEquals(List.of("spec.integrations"), fieldsRead(
                "$p : SaasOnboarding()\n$i : Integration( coreSystem ) from $p.spec.integrations\n"));
        assertEquals(List.of("itPartner"), fieldsRead("Proposal( itPartner == null )\n"));
        assertEquals(List.of("kind", "cost"), fieldsRead(
                "Proposal( kind != Kind.CODE_CHANGE, $cost : cost > 0, this != null )\n"));
        assertEquals(List.of("spec.access.sso", "spec.users"), fieldsRead(
                "$p : SaasOnboarding( spec.access.sso == false )\n"
                        + "$many : Crossing() from policy.above($p, \"spec.users\", \"ssoRequiredAboveUsers\")\n"));
    }

    @Test
    void theDefaultRulesExposeTheFieldsTheirConditionsRead() {
        RuleSet rules = TestRules.ruleSet();
        assertEquals(List.of("spec.contract.autoRenew", "spec.contract.termMonths"),
                rules.conditionFields("SAAS-RENEW-01"));
        assertEquals(List.of(), rules.conditionFields("NO-SUCH-RULE"));
        assertEquals(List.of(), rules.warnings());
    }
}
