package dev.govcheck.decision;

/**
 * Why a proposal is not eligible for the fast track: the value of a field that a fast-track eligibility rule reads
 * and whose condition the proposal does not meet ({@code spec.changeType: feature} for FT-CHANGE, which makes only
 * content, tag and template changes eligible), located in the file. {@code title} is the rule's title.
 */
public record Ineligibility(String rule, String title, String field, String value, int line, int column) {
    /** {@code spec.changeType: feature}, as the file would write it. */
    public String fieldValue() {
        return field + ": " + value;
    }
}
