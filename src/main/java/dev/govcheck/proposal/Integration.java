package dev.govcheck.proposal;

/** A connection between a SaaS tool and another system. */
public record Integration(String system, Direction direction, boolean coreSystem) {
}
