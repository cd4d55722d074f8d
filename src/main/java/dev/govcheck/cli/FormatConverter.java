package dev.govcheck.cli;

import dev.govcheck.report.Format;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses --format values, listing the valid ones on a mistake. */
public final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        try {
            return Format.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("unknown format '" + value + "' (expected one of "
                    + Arrays.stream(Format.values()).map(Format::toString).collect(Collectors.joining(", ")) + ")");
        }
    }
}
