package dev.govcheck.proposal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar date written exactly as YYYY-MM-DD: four-digit year, two-digit month and day, nothing around it,
 * as RFC 3339's full-date (what JSON Schema's {@code format: date} means) defines it. java.time alone also
 * reads {@code +999999999-12-31}, a year no waiver or deadline can mean, so every date govcheck reads (proposal
 * fields, waivers, rule test cases, {@code --today}, {@code explain --set}) comes through here.
 */
public final class IsoDate {
    private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private IsoDate() {
    }

    /** The date {@code text} names, or empty when it is not exactly YYYY-MM-DD or no such day exists. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.length() != 10 || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // 2026-02-30
        }
    }
}
