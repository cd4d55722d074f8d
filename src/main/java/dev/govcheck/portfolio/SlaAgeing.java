package dev.govcheck.portfolio;

import dev.govcheck.decision.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How long each proposal has waited in its queue against its path's SLA, in business days.
 *
 * <p>A proposal submitted on day S on a path whose SLA is N business days is due on the Nth business day after S
 * (S itself does not count). Its age on {@code today} is the number of business days after S up to and including
 * {@code today}; it is overdue by {@code age - N} business days when that is more than 0, that is once a whole
 * business day has passed after the due date. So a proposal due on a Friday is one business day overdue on the
 * Monday after, and not yet overdue on the weekend between: no review time passes on a weekend.
 */
public final class SlaAgeing {
    /** The ageing chart's bars: within the SLA, then bands of business days overdue, the last one open. */
    public static final List<Band> BANDS = List.of(new Band("within SLA", Long.MIN_VALUE, 0),
            new Band("1-5 days over", 1, 5), new Band("6-10 days over", 6, 10), new Band("11-20 days over", 11, 20),
            new Band("over 20 days", 21, Long.MAX_VALUE));

    /** A band of business days overdue, both ends included. */
    public record Band(String label, long from, long to) {
        boolean holds(long overdue) {
            return overdue >= from && overdue <= to;
        }
    }

    /** One proposal's place against its SLA: when it is due, and by how many business days it is overdue (0: not). */
    public record Age(LocalDate submitted, LocalDate due, long businessDaysWaiting, long businessDaysOverdue) {
        public boolean overdue() {
            return businessDaysOverdue > 0;
        }
    }

    private SlaAgeing() {
    }

    /** The age of {@code decision}'s proposal, submitted on {@code submitted}, on {@code today}. */
    public static Age of(Decision decision, LocalDate submitted, LocalDate today) {
        int sla = decision.queue().slaBusinessDays();
        long waiting = BusinessDays.between(submitted, today);
        return new Age(submitted, BusinessDays.plus(submitted, sla), waiting, Math.max(0, waiting - sla));
    }

    /** How many of {@code ages} fall in each band, in the order of {@link #BANDS}. */
    public static List<Long> count(List<Age> ages) {
        List<Long> counts = new ArrayList<>();
        for (Band band : BANDS) {
            counts.add(ages.stream().filter(a -> band.holds(a.businessDaysOverdue())).count());
        }
        return counts;
    }
}
