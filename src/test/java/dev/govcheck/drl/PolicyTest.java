package dev.govcheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.govcheck.proposal.Proposal;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The threshold comparisons rules make in their conditions: the crossing, or nothing. */
class PolicyTest {
    private static final Policy POLICY = new Policy("EUR", Map.of("limit", 250.0), Map.of(), Map.of());

    private static Proposal users(int users) {
        return TestRules.read(Fixture.saas().set("spec.users", users).yaml()).proposal();
    }

    @Test
    void eachComparisonReturnsTheCrossingOrNothing() {
        assertEquals(new Crossing("limit", ">", 251, 250, "spec.users"), POLICY.above(users(251), "spec.users", "limit"));
        assertNull(POLICY.above(users(250), "spec.users", "limit"));
        assertEquals(new Crossing("limit", ">=", 250, 250, "spec.users"),
                POLICY.atLeast(users(250), "spec.users", "limit"));
        assertNull(POLICY.atLeast(users(249), "spec.users", "limit"));
        assertEquals(new Crossing("limit", "<", 249, 250, "spec.users"), POLICY.below(users(249), "spec.users", "limit"));
        assertNull(POLICY.below(users(250), "spec.users", "limit"));
        assertEquals(new Crossing("limit", "<=", 250, 250, "spec.users"),
                POLICY.atMost(users(250), "spec.users", "limit"));
        assertNull(POLICY.atMost(users(251), "spec.users", "limit"));
    }

    @Test
    void aFieldWithoutAValueCrossesNothing() {
        Proposal proposal = users(5); // no businessCase.expectedAnnualValue
        assertNull(POLICY.atLeast(proposal, "businessCase.expectedAnnualValue", "limit"));
    }

    @Test
    void anUnknownThresholdAFieldThatIsNoNumberAndAnUnknownFieldAreMistakesInTheRule() {
        Proposal proposal = users(5);
        assertThrows(Policy.UnknownThresholdException.class, () -> POLICY.above(proposal, "spec.users", "nope"));
        assertEquals("spec.access.sso of SaasOnboarding is not a number, so it cannot be compared with a threshold",
                assertThrows(IllegalArgumentException.class,
                        () -> POLICY.above(proposal, "spec.access.sso", "limit")).getMessage());
        assertEquals("'usres' in spec.usres is not a field of SaasSpec", assertThrows(IllegalArgumentException.class,
                () -> POLICY.above(proposal, "spec.usres", "limit")).getMessage());
    }

    @Test
    void aCrossingReadsAsTheComparison() {
        assertEquals("12000 > 10000 (fastTrackMaxAnnualCost)",
                new Crossing("fastTrackMaxAnnualCost", ">", 12000, 10000, "businessCase.annualCost").toString());
    }
}
