package dev.govcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When two decisions on one proposal count as a change, and which way it goes: each kind of move on its own
 * (tier, path, approvals, status), both ways, and combinations that pull in opposite directions.
 */
class DecisionChangeTest {
    private static final String FILE = "proposals/survey.yaml";

    /** A decision with these four facts; {@code fails} adds an error violation, {@code fired} the rules. */
    private static Decision decision(RiskTier tier, ProcessPath path, List<String> roles, boolean fails,
                                     List<String> fired) {
        Finding reason = new Finding("T-RULE", "a reason", "spec.users", 3, 5, null);
        List<Approval> approvals = roles.stream().map(role -> new Approval(role, List.of(reason))).toList();
        List<Finding> violations = fails
                ? List.of(new Finding("T-FAIL", "not acceptable", "spec.users", 3, 5, Severity.ERROR))
                : List.of(new Finding("T-WARN", "a warning only", "spec.users", 3, 5, Severity.WARNING));
        return new Decision(FILE, "MT-1", "SaasOnboarding", "Survey tool", tier, path, new Queue("q", 2), approvals,
                violations, List.of(), true, List.of(), List.of(), List.of(), fired, List.of());
    }

    private static Decision decision(RiskTier tier, ProcessPath path, List<String> roles, boolean fails) {
        return decision(tier, path, roles, fails, List.of("T-RULE"));
    }

    private static final Decision BASE = decision(RiskTier.MEDIUM, ProcessPath.STANDARD, List.of("marketing-owner"),
            false);

    private static DecisionChange change(FileResult before, FileResult after) {
        Optional<DecisionChange> change = DecisionChange.between(before, after);
        assertTrue(change.isPresent(), "a change");
        return change.get();
    }

    @Test
    void theSameDecisionIsNoChangeEvenWhenOtherRulesFired() {
        Decision otherRules = decision(RiskTier.MEDIUM, ProcessPath.STANDARD, List.of("marketing-owner"), false,
                List.of("T-RULE", "T-OTHER"));
        assertEquals(Optional.empty(), DecisionChange.between(BASE, BASE));
        assertEquals(Optional.empty(), DecisionChange.between(BASE, otherRules));
    }

    @Test
    void aHeavierTierIsStricterALighterOneLooser() {
        Decision high = decision(RiskTier.HIGH, ProcessPath.STANDARD, List.of("marketing-owner"), false);
        assertEquals(ChangeDirection.STRICTER, change(BASE, high).direction());
        assertEquals(ChangeDirection.LOOSER, change(high, BASE).direction());
    }

    @Test
    void aHeavierPathIsStricterALighterOneLooser() {
        Decision fullReview = decision(RiskTier.MEDIUM, ProcessPath.FULL_REVIEW, List.of("marketing-owner"), false);
        Decision fastTrack = decision(RiskTier.MEDIUM, ProcessPath.FAST_TRACK, List.of("marketing-owner"), false);
        assertEquals(ChangeDirection.STRICTER, change(BASE, fullReview).direction());
        assertEquals(ChangeDirection.LOOSER, change(BASE, fastTrack).direction());
    }

    @Test
    void aNewApprovalIsStricterADroppedOneLooserAndBothMixed() {
        Decision withSecurity = decision(RiskTier.MEDIUM, ProcessPath.STANDARD,
                List.of("marketing-owner", "security"), false);
        DecisionChange added = change(BASE, withSecurity);
        assertEquals(ChangeDirection.STRICTER, added.direction());
        assertEquals(List.of("security"), added.approvalsAdded());
        assertEquals(List.of(), added.approvalsRemoved());

        DecisionChange removed = change(withSecurity, BASE);
        assertEquals(ChangeDirection.LOOSER, removed.direction());
        assertEquals(List.of("security"), removed.approvalsRemoved());

        Decision legalInstead = decision(RiskTier.MEDIUM, ProcessPath.STANDARD, List.of("legal", "marketing-owner"),
                false);
        DecisionChange swapped = change(withSecurity, legalInstead);
        assertEquals(ChangeDirection.MIXED, swapped.direction());
        assertEquals(List.of("legal"), swapped.approvalsAdded());
        assertEquals(List.of("security"), swapped.approvalsRemoved());
    }

    @Test
    void passToFailIsStricterFailToPassLooser() {
        Decision failing = decision(RiskTier.MEDIUM, ProcessPath.STANDARD, List.of("marketing-owner"), true);
        DecisionChange toFail = change(BASE, failing);
        assertEquals(Status.PASS, toFail.before().status());
        assertEquals(Status.FAIL, toFail.after().status());
        assertEquals(ChangeDirection.STRICTER, toFail.direction());
        assertEquals(ChangeDirection.LOOSER, change(failing, BASE).direction());
    }

    @Test
    void movesInOppositeDirectionsAreMixed() {
        Decision lowerTierMoreApprovals = decision(RiskTier.LOW, ProcessPath.STANDARD,
                List.of("marketing-owner", "security"), false);
        assertEquals(ChangeDirection.MIXED, change(BASE, lowerTierMoreApprovals).direction());
        Decision heavierPathButPasses = decision(RiskTier.MEDIUM, ProcessPath.FULL_REVIEW,
                List.of("marketing-owner"), false);
        Decision failingOnStandard = decision(RiskTier.MEDIUM, ProcessPath.STANDARD, List.of("marketing-owner"),
                true);
        assertEquals(ChangeDirection.MIXED, change(failingOnStandard, heavierPathButPasses).direction());
    }

    @Test
    void movesInOneDirectionStayThatDirectionHoweverMany() {
        Decision heavier = decision(RiskTier.CRITICAL, ProcessPath.FULL_REVIEW,
                List.of("enterprise-architect", "marketing-owner"), true, List.of("T-RULE", "T-CRITICAL"));
        DecisionChange change = change(BASE, heavier);
        assertEquals(ChangeDirection.STRICTER, change.direction());
        assertEquals(List.of("T-CRITICAL"), change.rulesAdded());
        assertEquals(List.of(), change.rulesRemoved());
        DecisionChange back = change(heavier, BASE);
        assertEquals(ChangeDirection.LOOSER, back.direction());
        assertEquals(List.of("T-CRITICAL"), back.rulesRemoved());
    }

    @Test
    void aProposalTheRulesFailOnIsAnErrorChangeWithItsMessage() {
        FailedEvaluation failed = new FailedEvaluation(FILE, "MT-1", "T-BOOM", "rule T-BOOM failed: boom", null);
        DecisionChange change = change(BASE, failed);
        assertEquals(ChangeDirection.ERROR, change.direction());
        assertEquals("MT-1", change.id());
        assertEquals("Survey tool", change.title());
        assertEquals(Status.ERROR, change.after().status());
        assertEquals(null, change.after().tier());
        assertEquals("rule T-BOOM failed: boom", change.after().failure());
        assertEquals(List.of(), change.approvalsRemoved(), "nothing is known of the failed side");
        assertEquals(ChangeDirection.ERROR, change(failed, failed).direction(),
                "failing under both rule sets is not 'unchanged': nothing is known");
    }
}
