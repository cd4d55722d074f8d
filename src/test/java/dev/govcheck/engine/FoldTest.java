package dev.govcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FieldFix;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.Status;
import dev.govcheck.drl.ApprovalRequirement;
import dev.govcheck.drl.Fix;
import dev.govcheck.drl.Obligation;
import dev.govcheck.drl.PathVote;
import dev.govcheck.drl.Policy;
import dev.govcheck.drl.RuleOutput;
import dev.govcheck.drl.TierVote;
import dev.govcheck.drl.Violation;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fold (README, "The decision"), in pure Java: result facts in, decision out, whatever order the facts come in. */
class FoldTest {
    private static final Policy POLICY = new Policy("EUR", Map.of(),
            Map.of(ProcessPath.FAST_TRACK, new Queue("express", 2), ProcessPath.STANDARD, new Queue("standard", 10),
                    ProcessPath.FULL_REVIEW, new Queue("review", 20)),
            Map.of());
    private static final ProposalFile FILE = TestRules.read(Fixture.saas().yaml());
    private final Fold fold = new Fold(POLICY, id -> null);

    @Test
    void noVotesMeansLowAndStandard() {
        Decision d = fold.decide(FILE, List.of(), List.of());
        assertEquals(RiskTier.LOW, d.tier());
        assertEquals(ProcessPath.STANDARD, d.path(), "without an eligibility vote there is no fast track");
        assertEquals(new Queue("standard", 10), d.queue());
        assertFalse(d.fastTrackEligible());
        assertEquals(Status.PASS, d.status());
    }

    @Test
    void theHighestTierWins() {
        Decision d = fold.decide(FILE, List.of(tier("A", RiskTier.MEDIUM), tier("B", RiskTier.CRITICAL),
                tier("C", RiskTier.HIGH)), List.of());
        assertEquals(RiskTier.CRITICAL, d.tier());
    }

    @Test
    void onlyAnEligibilityVoteGivesTheFastTrackAndAnyHeavierVoteOverridesIt() {
        assertEquals(ProcessPath.FAST_TRACK, fold.decide(FILE, List.of(path("FT", ProcessPath.FAST_TRACK)),
                List.of()).path());
        Decision d = fold.decide(FILE, List.of(path("FT", ProcessPath.FAST_TRACK), path("X", ProcessPath.STANDARD),
                path("Y", ProcessPath.FULL_REVIEW)), List.of());
        assertEquals(ProcessPath.FULL_REVIEW, d.path());
        assertEquals(new Queue("review", 20), d.queue());
        assertTrue(d.fastTrackEligible());
        assertEquals(List.of("X", "Y"), d.fastTrackBlockers().stream().map(Finding::rule).sorted().toList());
    }

    @Test
    void blockersAreListedOnlyWhenTheKindIsEligible() {
        Decision d = fold.decide(FILE, List.of(path("X", ProcessPath.STANDARD)), List.of());
        assertFalse(d.fastTrackEligible());
        assertEquals(List.of(), d.fastTrackBlockers());
    }

    @Test
    void approvalsAreUnionedByRoleWithEveryReason() {
        Decision d = fold.decide(FILE, List.of(approve("B", "security"), approve("A", "security"),
                approve("C", "legal"), approve("A", "security")), List.of());
        assertEquals(List.of("legal", "security"), d.approvals().stream().map(Approval::role).toList());
        Approval security = d.approvals().get(1);
        assertEquals(List.of("A", "B"), security.reasons().stream().map(Finding::rule).sorted().toList(),
                "the same reason twice is one reason");
    }

    @Test
    void onlyErrorViolationsFail() {
        assertEquals(Status.PASS, fold.decide(FILE, List.of(new Violation("W", Severity.WARNING, "spec", "w", null),
                new Obligation("O", "spec", "o", null)), List.of()).status());
        assertEquals(Status.FAIL, fold.decide(FILE, List.of(new Violation("E", Severity.ERROR, "spec", "e", null)),
                List.of()).status());
    }

    @Test
    void findingsAreLocatedThroughTheSourceMap() {
        Decision d = fold.decide(FILE, List.of(approve("A", "security")), List.of());
        Finding reason = d.approvals().get(0).reasons().get(0);
        assertEquals("spec.users", reason.field());
        assertEquals(FILE.sourceMap().locate("spec.users").line(), reason.line());
        assertTrue(reason.line() > 1);
    }

    @Test
    void theOrderOfFactsDoesNotChangeTheDecision() {
        List<RuleOutput> outputs = new ArrayList<>(List.of(tier("A", RiskTier.MEDIUM), tier("B", RiskTier.HIGH),
                path("FT", ProcessPath.FAST_TRACK), path("B", ProcessPath.STANDARD), approve("A", "security"),
                approve("B", "security"), approve("C", "legal"),
                new Violation("E", Severity.ERROR, "spec.users", "e", null), new Obligation("O", "spec", "o", null)));
        Decision first = fold.decide(FILE, outputs, List.of());
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(outputs, random);
            Decision again = fold.decide(FILE, outputs, List.of());
            assertEquals(first.tier(), again.tier());
            assertEquals(first.path(), again.path());
            assertEquals(first.approvals(), again.approvals());
            assertEquals(first.violations(), again.violations());
            assertEquals(first.obligations(), again.obligations());
            assertEquals(first.fastTrackBlockers(), again.fastTrackBlockers());
            assertEquals(first.fired(), again.fired());
        }
    }

    @Test
    void aRoleThePolicyDoesNotDeclareIsARuleSetError() {
        Policy strict = new Policy("EUR", Map.of(), Map.of(ProcessPath.STANDARD, new Queue("standard", 10)),
                Map.of("security", "Security"));
        EngineException e = assertThrows(EngineException.class, () -> new Fold(strict, id -> null)
                .decide(FILE, List.of(approve("A", "securty")), List.of()));
        assertTrue(e.getMessage().contains("'securty'"), e.getMessage());
    }

    @Test
    void anEmergencyVoteWinsOverEveryPathAndLeavesNoBlockers() {
        Policy withEmergency = new Policy("EUR", Map.of(), Map.of(ProcessPath.FAST_TRACK, new Queue("express", 2),
                ProcessPath.STANDARD, new Queue("standard", 10), ProcessPath.FULL_REVIEW, new Queue("review", 20),
                ProcessPath.EMERGENCY, new Queue("emergency", 1)), Map.of());
        Decision d = new Fold(withEmergency, id -> null).decide(FILE, List.of(path("FT", ProcessPath.FAST_TRACK),
                path("E", ProcessPath.EMERGENCY), path("Y", ProcessPath.FULL_REVIEW)), List.of());
        assertEquals(ProcessPath.EMERGENCY, d.path());
        assertEquals(new Queue("emergency", 1), d.queue());
        assertTrue(d.fastTrackEligible());
        assertEquals(List.of(), d.fastTrackBlockers(), "an emergency bypasses the queues: nothing blocks it");
    }

    @Test
    void anEmergencyVoteWithoutAnEmergencyQueueIsARuleSetError() {
        EngineException e = assertThrows(EngineException.class, () -> fold.decide(FILE,
                List.of(path("E", ProcessPath.EMERGENCY)), List.of()));
        assertEquals("rule E votes for the EMERGENCY path, but policy.yaml declares no queue for it (queues:"
                + " EMERGENCY: {queue: ..., slaBusinessDays: ...})", e.getMessage());
    }

    @Test
    void aFixIsCarriedToTheDecisionAndMustBeASettingOfTheKind() {
        Decision d = fold.decide(FILE, List.of(new PathVote("S", ProcessPath.STANDARD, "spec.access.sso", "m", null,
                List.of(new Fix("spec.access.sso", "true")))), List.of());
        assertEquals(List.of(new FieldFix("spec.access.sso", "true")), d.trace().get(0).effects().get(0).fixes());
        assertEquals("set spec.access.sso to true", d.trace().get(0).effects().get(0).remedy());
        EngineException unknown = assertThrows(EngineException.class, () -> fold.decide(FILE, List.of(
                new PathVote("S", ProcessPath.STANDARD, "spec", "m", null, List.of(new Fix("spec.acess.sso", "true")))),
                List.of()));
        assertTrue(unknown.getMessage().startsWith("rule S offers the fix spec.acess.sso=true, but spec.acess is not a"
                + " field of SaasOnboarding proposals"), unknown.getMessage());
        EngineException wrongType = assertThrows(EngineException.class, () -> fold.decide(FILE, List.of(
                new PathVote("S", ProcessPath.STANDARD, "spec", "m", null, List.of(new Fix("spec.access.sso", "yes")))),
                List.of()));
        assertTrue(wrongType.getMessage().endsWith("spec.access.sso is true or false, got 'yes'"), wrongType.getMessage());
    }

    private static TierVote tier(String rule, RiskTier tier) {
        return new TierVote(rule, tier, "spec", "tier " + tier, null);
    }

    private static PathVote path(String rule, ProcessPath path) {
        return new PathVote(rule, path, "spec", "path " + path, null);
    }

    private static ApprovalRequirement approve(String rule, String role) {
        return new ApprovalRequirement(rule, role, "spec.users", "needs " + role, null);
    }
}
