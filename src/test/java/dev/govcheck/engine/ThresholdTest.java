package dev.govcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The value that lifts a threshold rule, for each comparison, on integer and real-valued fields. */
class ThresholdTest {
    @Test
    void aboveALimitIsLiftedByTheLimitItself() {
        Threshold cost = new Threshold("fastTrackMaxAnnualCost", ">", 12000, 10000);
        assertEquals(new Threshold.Lift("set businessCase.annualCost to at most 10000", "businessCase.annualCost=10000"),
                cost.lift("businessCase.annualCost", false));
        assertEquals("spec.users=10", new Threshold("x", ">", 12, 10.5).lift("spec.users", true).setting());
    }

    @Test
    void atOrAboveALimitIsLiftedByTheWholeNumberBelowItOrOnlyInWords() {
        Threshold users = new Threshold("largeUserCount", ">=", 300, 250);
        assertEquals(new Threshold.Lift("set spec.users to at most 249", "spec.users=249"), users.lift("spec.users", true));
        assertEquals(new Threshold.Lift("set businessCase.annualCost below 25000", ""),
                new Threshold("procurementAnnualCost", ">=", 30000, 25000).lift("businessCase.annualCost", false));
    }

    @Test
    void belowALimitIsLiftedFromBelow() {
        assertEquals(new Threshold.Lift("set spec.participants to at least 3", "spec.participants=3"),
                new Threshold("minimum", "<", 1, 3).lift("spec.participants", true));
        assertEquals(new Threshold.Lift("set spec.participants to at least 4", "spec.participants=4"),
                new Threshold("minimum", "<=", 3, 3).lift("spec.participants", true));
        assertEquals(new Threshold.Lift("set spec.cost above 3", ""),
                new Threshold("minimum", "<=", 3, 3).lift("spec.cost", false));
    }

    @Test
    void anOtherComparisonIsDescribedWithoutAValue() {
        assertEquals(new Threshold.Lift("set spec.users so that it is no longer == 7", ""),
                new Threshold("exact", "==", 7, 7).lift("spec.users", true));
    }

    @Test
    void theComparedFieldDefaultsToNone() {
        assertEquals("", new Threshold("a", ">", 1, 0).field());
        assertEquals("12000 > 10000 (fastTrackMaxAnnualCost)",
                new Threshold("fastTrackMaxAnnualCost", ">", 12000, 10000).toString());
    }
}
