package dev.govcheck.portfolio;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Business days as the policy's SLAs count them: Monday to Friday. Public holidays are not known to govcheck, so
 * they count as business days. Arithmetic, not a day-by-day walk, so a date far away costs nothing.
 */
public final class BusinessDays {
    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th business day after {@code from} ({@code from} itself does not count); {@code from} for 0. */
    public static LocalDate plus(LocalDate from, int n) {
        if (n <= 0) {
            return from;
        }
        // start from the last business day on or before from: the same count, one week per five days
        LocalDate day = from;
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        day = day.plusWeeks((n - 1) / 5);
        int left = (n - 1) % 5 + 1;
        while (left > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** How many business days lie after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public static long between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        LocalDate day = from.plusDays(days / 7 * 7);
        while (day.isBefore(to)) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }
}
