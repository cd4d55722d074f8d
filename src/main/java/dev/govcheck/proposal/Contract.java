package dev.govcheck.proposal;

import java.time.LocalDate;

/**
 * Contract terms; {@code termMonths} is 0 when not stated. {@code startDate} (policy v2, optional) is the day the
 * contract starts, null when not stated: the portfolio shows when the contract renews from it.
 */
public record Contract(int termMonths, boolean autoRenew, LocalDate startDate) {
}
