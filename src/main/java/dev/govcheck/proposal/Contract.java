package dev.govcheck.proposal;

/** Contract terms; {@code termMonths} is 0 when not stated. */
public record Contract(int termMonths, boolean autoRenew) {
}
