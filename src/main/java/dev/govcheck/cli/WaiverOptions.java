package dev.govcheck.cli;

import dev.govcheck.run.WaiverRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --waivers FILE} and {@code --today DATE}, for every command that reports decisions. A command adds
 * {@code @Mixin WaiverOptions waivers;} and hands {@link #request()} to its logic.
 */
public final class WaiverOptions {
    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers to apply: exceptions for one rule on one proposal, each with an owner and an end"
                    + " date (see the README).")
    Path file;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day that decides which waivers have expired (default: today's date).")
    LocalDate today;

    /** The options as plain values; the system date when --today was not given. */
    public WaiverRequest request() {
        return new WaiverRequest(file, today != null ? today : LocalDate.now());
    }
}
