package dev.govcheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void pathsInsideProposalPatternsAreFoundAndMethodCallsBindingsConstantsStringsAndCommentsAreNot() {
        String when = """
                    // spec.commented.out is not read
                    $p : SaasOnboarding( $users : spec.users > policy.threshold("spec.in.a.string"),
                                         spec.access.sso == false, spec.data.personalData in (PersonalData.CONTACT) )
                    $t : ApprovedTool( category == $p.spec.category )   /* spec.in.block.comment */
                    eval( !$p.spec().replacesTool($t.name()) )
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
