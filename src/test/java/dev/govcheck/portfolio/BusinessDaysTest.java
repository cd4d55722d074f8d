package dev.govcheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The arithmetic agrees with walking the calendar day by day, from every day of the week, near and far. */
class BusinessDaysTest {
    private static LocalDate walkPlus(LocalDate from, int n) {
        LocalDate day = from;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (BusinessDays.isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    private static long walkBetween(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += BusinessDays.isBusinessDay(day) ? 1 : 0;
        }
        return count;
    }

    @Test
    void plusIsTheNthBusinessDayAfterTheStart() {
        LocalDate monday = LocalDate.of(2027, 1, 4);
        for (int start = 0; start < 14; start++) {
            LocalDate from = monday.plusDays(start);
            for (int n = 0; n <= 60; n++) {
                assertEquals(walkPlus(from, n), BusinessDays.plus(from, n), from + " + " + n);
            }
        }
        assertEquals(LocalDate.of(2027, 1, 6), BusinessDays.plus(monday, 2), "Monday + 2 is Wednesday");
        assertEquals(LocalDate.of(2027, 1, 11), BusinessDays.plus(LocalDate.of(2027, 1, 9), 1),
                "Saturday + 1 is Monday: the count starts on the next business day");
        assertEquals(LocalDate.of(2027, 1, 18), BusinessDays.plus(monday, 10), "two weeks");
    }

    @Test
    void betweenCountsTheBusinessDaysAfterTheStartUpToTheEnd() {
        LocalDate monday = LocalDate.of(2027, 1, 4);
        for (int start = 0; start < 14; start++) {
            for (int length = -3; length <= 80; length++) {
                LocalDate from = monday.plusDays(start);
                LocalDate to = from.plusDays(length);
                assertEquals(walkBetween(from, to), BusinessDays.between(from, to), from + " to " + to);
            }
        }
        assertEquals(1, BusinessDays.between(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 11)), "Friday to Monday");
        assertEquals(0, BusinessDays.between(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 10)), "over a weekend");
        assertEquals(walkBetween(LocalDate.of(1990, 3, 7), LocalDate.of(2027, 1, 11)),
                BusinessDays.between(LocalDate.of(1990, 3, 7), LocalDate.of(2027, 1, 11)), "decades");
    }
}
