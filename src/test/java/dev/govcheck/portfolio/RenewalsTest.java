package dev.govcheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.govcheck.proposal.Contract;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenewalsTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);

    private static Optional<Renewals.Renewal> due(int months, boolean autoRenew, String start) {
        return Renewals.due(new Contract(months, autoRenew, start == null ? null : LocalDate.parse(start)), TODAY);
    }

    @Test
    void anAutoRenewingContractIsDueAtItsNextRenewalNotItsFirst() {
        assertEquals(Optional.of(new Renewals.Renewal(LocalDate.of(2027, 2, 15), 35, Renewals.Event.RENEWS)),
                due(12, true, "2024-02-15"), "the third renewal of a contract from 2024");
        assertEquals(Optional.of(new Renewals.Renewal(TODAY, 0, Renewals.Event.RENEWS)), due(1, true, "2026-08-11"),
                "renews today");
        assertEquals(Optional.empty(), due(36, true, "2027-03-01"), "renews in 2030");
        assertEquals(Optional.of(new Renewals.Renewal(LocalDate.of(2027, 2, 28), 48, Renewals.Event.RENEWS)),
                due(12, true, "2024-02-29"), "yearly from a leap day: renews on February 28th");
    }

    @Test
    void aContractThatDoesNotRenewIsDueWithin120DaysOfItsEndEitherWay() {
        assertEquals(Optional.of(new Renewals.Renewal(LocalDate.of(2027, 4, 1), 80, Renewals.Event.ENDS)),
                due(12, false, "2026-04-01"));
        assertEquals(Optional.of(new Renewals.Renewal(LocalDate.of(2026, 12, 1), -41, Renewals.Event.ENDED)),
                due(12, false, "2025-12-01"), "ended 41 days ago: still in use without a contract?");
        assertEquals(Optional.of(new Renewals.Renewal(LocalDate.of(2027, 5, 11), 120, Renewals.Event.ENDS)),
                due(12, false, "2026-05-11"), "120 days is within the window");
        assertEquals(Optional.empty(), due(12, false, "2026-05-12"), "121 days is not");
        assertEquals(Optional.empty(), due(12, false, "2025-06-01"), "ended long ago");
    }

    @Test
    void withoutAStartDateOrATermThereIsNoRenewalDate() {
        assertEquals(Optional.empty(), due(12, true, null));
        assertEquals(Optional.empty(), due(0, true, "2026-02-01"));
        assertEquals(Optional.empty(), due(Integer.MAX_VALUE, true, "2026-02-01"), "a term beyond any window");
        assertEquals(Optional.empty(), due(Integer.MAX_VALUE, false, "+999999999-01-01"), "past the calendar's end");
    }
}
