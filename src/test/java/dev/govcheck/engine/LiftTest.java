package dev.govcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.govcheck.drl.Crossing;
import org.junit.jupiter.api.Test;

/** The value that lifts a threshold rule, for each comparison, on integer and real-valued fields. */
class LiftTest {
    private static Crossing crossing(String name, String operator, double actual, double limit) {
        return new Crossing(name, operator, actual, limit, "");
    }

    @Test
    void aboveALimitIsLiftedByTheLimitItself() {
        Crossing cost = crossing("fastTrackMaxAnnualCost", ">", 12000, 10000);
        assertEquals(new Lift("set businessCase.annualCost to at most 10000", "businessCase.annualCost=10000"),
                Lift.of(cost, "businessCase.annualCost", false));
        assertEquals("spec.users=10", Lift.of(crossing("x", ">", 12, 10.5), "spec.users", true).setting());
    }

    @Test
    void atOrAboveALimitIsLiftedByTheWholeNumberBelowItOrOnlyInWords() {
        Crossing users = crossing("largeUserCount", ">=", 300, 250);
        assertEquals(new Lift("set spec.users to at most 249", "spec.users=249"), Lift.of(users, "spec.users", true));
        assertEquals(new Lift("set businessCase.annualCost below 25000", ""),
                Lift.of(crossing("procurementAnnualCost", ">=", 30000, 25000), "businessCase.annualCost", false));
    }

    @Test
    void belowALimitIsLiftedFromBelow() {
        assertEquals(new Lift("set spec.participants to at least 3", "spec.participants=3"),
                Lift.of(crossing("minimum", "<", 1, 3), "spec.participants", true));
        assertEquals(new Lift("set spec.participants to at least 4", "spec.participants=4"),
                Lift.of(crossing("minimum", "<=", 3, 3), "spec.participants", true));
        assertEquals(new Lift("set spec.cost above 3", ""),
                Lift.of(crossing("minimum", "<=", 3, 3), "spec.cost", false));
    }

    @Test
    void anOtherComparisonIsDescribedWithoutAValue() {
        assertEquals(new Lift("set spec.users so that it is no longer == 7", ""),
                Lift.of(crossing("exact", "==", 7, 7), "spec.users", true));
    }
}
