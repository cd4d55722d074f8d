package dev.govcheck.proposal;

import java.time.LocalDate;

/** Contract terms; {@code termMonths} is 0 and {@code startDate} null when not stated. */
public record Contract(int termMonths, boolean autoRenew, LocalDate startDate) {
}
