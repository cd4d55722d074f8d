package dev.govcheck.decision;

import dev.govcheck.proposal.NumberText;

/**
 * A policy threshold a rule compared a proposal field with, and what would lift the rule: the rule fired because
 * {@code field actual operator limit} held, e.g. {@code businessCase.annualCost 12000 > 10000
 * (fastTrackMaxAnnualCost)}. {@code remedy} says it in words ("set businessCase.annualCost to at most 10000");
 * {@code setting} is the same as an {@code explain --set} argument ({@code businessCase.annualCost=10000}), or
 * empty when no single value is exact (a real-valued field that must stay below a limit).
 */
public record ThresholdCrossed(String field, String name, String operator, double actual, double limit,
                               String remedy, String setting) {
    /** {@code businessCase.annualCost 12000 > 10000 (fastTrackMaxAnnualCost)}. */
    public String comparison() {
        return field + " " + inequality();
    }

    /** The comparison without the field: {@code 12000 > 10000 (fastTrackMaxAnnualCost)}. */
    public String inequality() {
        return number(actual) + " " + operator + " " + number(limit) + " (" + name + ")";
    }

    private static String number(double value) {
        return NumberText.format(value);
    }
}
