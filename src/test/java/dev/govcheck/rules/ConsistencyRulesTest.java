package dev.govcheck.rules;

import static dev.govcheck.rules.DecisionFacts.assertFired;
import static dev.govcheck.rules.DecisionFacts.assertNotFired;
import static dev.govcheck.rules.DecisionFacts.blockerRules;
import static dev.govcheck.rules.DecisionFacts.findings;
import static dev.govcheck.rules.DecisionFacts.itPartner;
import static dev.govcheck.rules.DecisionFacts.message;
import static dev.govcheck.rules.DecisionFacts.rolesAskedBy;
import static dev.govcheck.rules.DecisionFacts.violationRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.Govcheck;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The rules that read other rules' votes (TIER-PATH-01/02, ACC-03): they see the final tier, and the decision
 * does not depend on the order in which the agenda fires the rules.
 */
class ConsistencyRulesTest {
    /** A transactional property (CHG-PROP-01: HIGH) whose checkout is changed (CHG-TOUCH-02: CRITICAL). */
    private static Fixture highThenCritical() {
        return Fixture.codeChange().set("spec.property.type", "transactional")
                .set("spec.touches", List.of("checkout"));
    }

    // ---- TIER-PATH-01 ------------------------------------------------------------------------------------

    @Test
    void tierPath01VotesStandardWhenTheTierIsExactlyHigh() {
        Decision d = Fixture.evaluation().set("spec.dataUsed", "production-sample").set("itPartner", itPartner())
                .evaluate();
        assertFired(d, "TIER-PATH-01");
        assertEquals(RiskTier.HIGH, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path());
        assertTrue(blockerRules(d).contains("TIER-PATH-01"));
        assertEquals("spec.dataUsed", findings(d, "TIER-PATH-01").get(0).field());
        assertEquals("the proposal is rated HIGH risk by EVAL-DATA-02 (spec.dataUsed): high-risk proposals take at "
                + "least the standard path", message(d, "TIER-PATH-01"));
    }

    @Test
    void tierPath01GivesOneVoteNamingEveryRuleThatRaisedTheTier() {
        Decision d = Fixture.codeChange().set("itPartner", itPartner()).set("spec.property.type", "transactional")
                .set("spec.touches", List.of("consent-banner")).evaluate();
        assertEquals(1, findings(d, "TIER-PATH-01").size());
        assertEquals("the proposal is rated HIGH risk by CHG-PROP-01 (spec.property.type) and CHG-TOUCH-03 "
                + "(spec.touches[0]): high-risk proposals take at least the standard path", message(d, "TIER-PATH-01"));
    }

    @Test
    void tierPath01DoesNotFireAtMedium() {
        Decision d = Fixture.codeChange().set("spec.changeType", "feature").evaluate();
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertNotFired(d, "TIER-PATH-01");
    }

    @Test
    void tierPath01IsWithdrawnWhenAnotherRuleMakesTheTierCritical() {
        Decision d = highThenCritical().set("itPartner", itPartner()).evaluate();
        assertEquals(RiskTier.CRITICAL, d.tier());
        assertFired(d, "CHG-PROP-01");
        assertNotFired(d, "TIER-PATH-01");
        assertFalse(blockerRules(d).contains("TIER-PATH-01"));
        assertFalse(d.trace().stream().anyMatch(r -> r.rule().equals("TIER-PATH-01")));
    }

    // ---- TIER-PATH-02 ------------------------------------------------------------------------------------

    @Test
    void tierPath02SendsCriticalProposalsToTheEnterpriseArchitect() {
        Decision d = Fixture.evaluation().set("spec.dataUsed", "production").set("itPartner", itPartner()).evaluate();
        assertFired(d, "TIER-PATH-02");
        assertEquals(ProcessPath.FULL_REVIEW, d.path());
        assertEquals(Set.of("enterprise-architect"), rolesAskedBy(d, "TIER-PATH-02"));
        assertEquals("the proposal is rated CRITICAL risk by EVAL-DATA-03 (spec.dataUsed): critical proposals get a "
                + "full review by the enterprise architect", message(d, "TIER-PATH-02"));
    }

    @Test
    void tierPath02DoesNotFireAtHigh() {
        Decision d = Fixture.evaluation().set("spec.dataUsed", "production-sample").set("itPartner", itPartner())
                .evaluate();
        assertNotFired(d, "TIER-PATH-02");
        assertEquals(Set.of(), rolesAskedBy(d, "TIER-PATH-02"));
    }

    @Test
    void theTierPathRulesSetThePathWhenTheRuleRaisingTheTierVotesNone(@TempDir Path dir) throws Exception {
        // A governance team's own rule that only raises the tier: the path must still follow it.
        Path rules = copyOfDefaultRules(dir, Map.of());
        Files.writeString(rules.resolve("team-extra.drl"), """
                package govcheck.rules;
                // no imports: common.drl's apply to every file of the package

                rule "TEAM-VENDOR-01"
                    @id("TEAM-VENDOR-01")
                    @title("Vendors under investigation are high risk")
                    @rationale("Test rule.")
                when
                    Evaluation( $vendor : spec.product.vendor, spec.product.vendor matches ".*Watchlist.*" )
                then
                    Outcome.of(kcontext).because("spec.product.vendor", "vendor " + $vendor + " is on the watchlist")
                        .tier($vendor.contains("Critical") ? RiskTier.CRITICAL : RiskTier.HIGH);
                end
                """, StandardCharsets.UTF_8);
        Govcheck ruleSet = Govcheck.load(rules);

        Fixture high = Fixture.evaluation().set("itPartner", itPartner()).set("spec.product.vendor", "Watchlist Ltd");
        Decision h = ruleSet.evaluate(TestRules.read(high.yaml()));
        assertEquals(RiskTier.HIGH, h.tier());
        assertEquals(ProcessPath.STANDARD, h.path());
        assertEquals(List.of("TIER-PATH-01"), blockerRules(h));

        Fixture critical = Fixture.evaluation().set("itPartner", itPartner())
                .set("spec.product.vendor", "Critical Watchlist Ltd");
        Decision c = ruleSet.evaluate(TestRules.read(critical.yaml()));
        assertEquals(RiskTier.CRITICAL, c.tier());
        assertEquals(ProcessPath.FULL_REVIEW, c.path());
        assertEquals(List.of("TIER-PATH-02"), blockerRules(c));
    }

    // ---- ACC-03 across kinds -----------------------------------------------------------------------------

    @Test
    void acc03FailsAHighSaasOnboardingWithoutAnItPartner() {
        Decision d = Fixture.saas().set("spec.data.classification", "confidential").evaluate();
        assertEquals(Status.FAIL, d.status());
        assertEquals(List.of("ACC-03"), violationRules(d));
        assertEquals("itPartner", d.violations().get(0).field());
        assertEquals("the proposal is rated HIGH risk by SAAS-DATA-01 (spec.data.classification) but names no IT "
                + "partner (itPartner): add the IT contact who is involved from the start", d.violations().get(0).message());
    }

    @Test
    void acc03FailsAHighCodeChangeWithoutAnItPartner() {
        Decision d = Fixture.codeChange().set("spec.changeType", "infrastructure").evaluate();
        assertEquals(List.of("ACC-03"), violationRules(d));
    }

    @Test
    void acc03FailsACriticalEvaluationWithoutAnItPartner() {
        Decision d = Fixture.evaluation().set("spec.dataUsed", "production").set("spec.personalData", "none")
                .evaluate();
        assertEquals(List.of("ACC-03"), violationRules(d));
        assertTrue(d.violations().get(0).message().startsWith("the proposal is rated CRITICAL risk by EVAL-DATA-03"));
    }

    @Test
    void acc03IsSatisfiedByAnItPartner() {
        Decision d = Fixture.codeChange().set("spec.changeType", "infrastructure").set("itPartner", itPartner())
                .evaluate();
        assertNotFired(d, "ACC-03");
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void acc03DoesNotAskAMediumProposalForAnItPartner() {
        Decision d = Fixture.evaluation().set("spec.approach", "pilot").evaluate();
        assertEquals(RiskTier.MEDIUM, d.tier());
        assertNotFired(d, "ACC-03");
    }

    @Test
    void acc03NamesTheFinalTierOnce() {
        Decision d = highThenCritical().evaluate();
        assertEquals(List.of("ACC-03"), violationRules(d));
        assertTrue(d.violations().get(0).message().startsWith("the proposal is rated CRITICAL risk by CHG-TOUCH-02 "
                + "(spec.touches[0]) but names no IT partner"), d.violations().get(0).message());
    }

    // ---- Order independence ------------------------------------------------------------------------------

    @Test
    void rulesReadingTheTierDecideTheSameWhenTheyFireBeforeTheTierIsFinal(@TempDir Path dir) throws Exception {
        // The consistency rules fire as early as they can; the HIGH rule fires early, the CRITICAL rule last.
        Govcheck early = Govcheck.load(copyOfDefaultRules(dir, Map.of("TIER-PATH-01", 100, "TIER-PATH-02", 100,
                "ACC-03", 100, "CHG-PROP-01", 50, "CHG-TOUCH-02", -50)));
        ProposalFile proposal = TestRules.read(highThenCritical().yaml());

        List<String> order = firingOrder(early.ruleSet(), proposal);
        assertTrue(order.indexOf("TIER-PATH-01") >= 0 && order.indexOf("TIER-PATH-01") < order.indexOf("CHG-TOUCH-02"),
                () -> "TIER-PATH-01 should fire before the tier is raised to CRITICAL; order: " + order);
        assertTrue(order.indexOf("ACC-03") >= 0 && order.indexOf("ACC-03") < order.indexOf("CHG-TOUCH-02"),
                () -> "ACC-03 should first fire at HIGH; order: " + order);

        Decision reordered = early.evaluate(proposal);
        assertEquals(withoutTrace(TestRules.defaults().evaluate(proposal)), withoutTrace(reordered));
        assertNotFired(reordered, "TIER-PATH-01");
        assertTrue(reordered.violations().get(0).message().contains("rated CRITICAL risk"));
    }

    @Test
    void everySampleIsDecidedTheSameWhateverTheOrderOfTheConsistencyRules(@TempDir Path dir) throws Exception {
        Govcheck first = Govcheck.load(copyOfDefaultRules(dir.resolve("first"),
                Map.of("TIER-PATH-01", 100, "TIER-PATH-02", 100, "ACC-03", 100)));
        Govcheck last = Govcheck.load(copyOfDefaultRules(dir.resolve("last"),
                Map.of("TIER-PATH-01", -100, "TIER-PATH-02", -100, "ACC-03", -100)));
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        List<ProposalFile> proposals = new ArrayList<>();
        samples.forEach(f -> proposals.add(read(f)));
        proposals.add(TestRules.read(highThenCritical().yaml()));
        for (ProposalFile proposal : proposals) {
            Decision expected = withoutTrace(TestRules.defaults().evaluate(proposal));
            assertEquals(expected, withoutTrace(first.evaluate(proposal)), proposal.file());
            assertEquals(expected, withoutTrace(last.evaluate(proposal)), proposal.file());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A copy of rules/ in {@code dir} with {@code salience} added to the named rules. */
    private static Path copyOfDefaultRules(Path dir, Map<String, Integer> salience) throws IOException {
        Files.createDirectories(dir);
        int applied = 0;
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Map.Entry<String, Integer> e : salience.entrySet()) {
                    int start = text.indexOf("rule \"" + e.getKey() + "\"");
                    if (start >= 0) {
                        int when = text.indexOf("\nwhen", start);
                        text = text.substring(0, when) + "\n    salience " + e.getValue() + text.substring(when);
                        applied++;
                    }
                }
                Files.writeString(dir.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        assertEquals(salience.size(), applied, "every rule given a salience exists");
        return dir;
    }

    /** The rule ids in the order the agenda fired them (a rule that fires twice appears twice). */
    private static List<String> firingOrder(RuleSet ruleSet, ProposalFile proposal) {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            session.setGlobal("policy", ruleSet.policy());
            List<String> order = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    order.add(String.valueOf(event.getMatch().getRule().getMetaData().get("id")));
                }
            });
            session.insert(proposal.proposal());
            ruleSet.catalog().forEach(session::insert);
            session.fireAllRules();
            return order;
        } finally {
            session.dispose();
        }
    }

    /** The decision without its firing trace, which lists rules in firing order and so differs by design. */
    private static Decision withoutTrace(Decision d) {
        return new Decision(d.file(), d.id(), d.kind(), d.title(), d.tier(), d.path(), d.queue(),
                d.approvals(), d.violations(), d.obligations(), d.fastTrackEligible(), d.fastTrackBlockers(),
                d.notEligibleBecause(), d.waived(), d.fired(), List.of());
    }

    private static ProposalFile read(Path file) {
        try {
            return new ProposalReader().read(file);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(file + " is not a valid proposal: " + e.errors(), e);
        }
    }
}
