package dev.govcheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.govcheck.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which proposal fields a rule's conditions read, from its DRL text (explain shows their values). */
class RuleDescriberTest {
    @Test
    void pathsInsideProposalPatternsAreFoundAndMethodCallsBindingsKeywordsStringsAndCommentsAreNot() {
        String when = """
                    // spec.commented.out is not read
                    $p : SaasOnboarding( $users : spec.users > policy.threshold("spec.in.a.string"),
                                         spec.access.sso == false, spec.data.personalData in (PersonalData.CONTACT) )
                    $t : ApprovedTool( category == $p.spec.category )   /* spec.in.block.comment */
                    eval( !$p.spec().replacesTool($t.name()) )
                """;
        assertEquals(List.of("spec.users", "spec.access.sso", "spec.data.personalData", "PersonalData.CONTACT"),
                RuleDescriber.fieldsRead(when));
    }

    @Test
    void listSourcesAndBareTopLevelKeysAreFound() {
        assertEquals(List.of("spec.integrations"), RuleDescriber.fieldsRead(
                "$p : SaasOnboarding()\n$i : Integration( coreSystem ) from $p.spec.integrations\n"));
        assertEquals(List.of("itPartner"), RuleDescriber.fieldsRead("Proposal( itPartner == null )"));
        assertEquals(List.of("kind", "Kind.CODE_CHANGE", "cost"), RuleDescriber.fieldsRead(
                "Proposal( kind != Kind.CODE_CHANGE, $cost : cost > 0, this != null )"));
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
