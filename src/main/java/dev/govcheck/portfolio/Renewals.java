package dev.govcheck.portfolio;

import dev.govcheck.proposal.Contract;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a SaaS contract next renews or ends, and whether that is within {@link #WINDOW_DAYS} days of today.
 *
 * <p>A contract runs from {@code startDate} for {@code termMonths}. One that renews by itself ({@code autoRenew})
 * renews at the end of every term, so what matters is its next renewal: the first {@code startDate + k * termMonths}
 * (k = 1, 2, ...) on or after today; it is due when that is at most 120 days away. One that does not renew by itself
 * ends at {@code startDate + termMonths}; it is due when that day is within 120 days of today either way: a contract
 * that ended in the last 120 days (a negative {@code days}) is listed too, since the tool may still be in use without
 * one. A contract without a start date or a term has no renewal date.
 */
public final class Renewals {
    public static final int WINDOW_DAYS = 120;

    /** What happens on {@code date}, {@code days} from today (negative: in the past). */
    public record Renewal(LocalDate date, long days, Event event) {
    }

    /** What the date is: an automatic renewal (cancel before it), the end of the contract, or an end that passed. */
    public enum Event {
        RENEWS, ENDS, ENDED
    }

    private Renewals() {
    }

    /** The renewal of {@code contract} when it falls within the window of {@code today}. */
    public static Optional<Renewal> due(Contract contract, LocalDate today) {
        if (contract.startDate() == null || contract.termMonths() <= 0) {
            return Optional.empty();
        }
        try {
            LocalDate start = contract.startDate();
            long term = contract.termMonths();
            LocalDate date = start.plusMonths(term);
            if (contract.autoRenew() && date.isBefore(today)) {
                long k = Math.max(1, ChronoUnit.MONTHS.between(start, today) / term);
                while (start.plusMonths(k * term).isBefore(today)) {
                    k++;
                }
                date = start.plusMonths(k * term);
            }
            long days = ChronoUnit.DAYS.between(today, date);
            if (Math.abs(days) > WINDOW_DAYS) {
                return Optional.empty();
            }
            Event event = contract.autoRenew() ? Event.RENEWS : days < 0 ? Event.ENDED : Event.ENDS;
            return Optional.of(new Renewal(date, days, event));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty(); // a term so long that its end is beyond the calendar: never within the window
        }
    }
}
