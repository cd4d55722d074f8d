package dev.govcheck.cli;

import dev.govcheck.proposal.IsoDate;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses dates written YYYY-MM-DD ({@link IsoDate}) for options such as --today; anything else is a usage error. */
public final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        return IsoDate.parse(value)
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD"));
    }
}
