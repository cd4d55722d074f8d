package dev.govcheck.proposal;

/** The web property a code change is made to; {@code monthlyVisitors} is 0 when not stated. */
public record WebProperty(String name, PropertyType type, long monthlyVisitors) {
}
