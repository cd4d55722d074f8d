package dev.govcheck.proposal;

/** A key performance indicator of the business case; {@code target} is null when none was stated. */
public record Kpi(String name, String baseline, String target, String unit, String measureBy) {
}
