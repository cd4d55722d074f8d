package dev.govcheck.run;

import dev.govcheck.baseline.Baseline;
import dev.govcheck.baseline.BaselineReader;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code --baseline FILE} (the baseline to compare with, or null) and {@code --write-baseline FILE} (where to record
 * this run's error findings, or null).
 */
public record BaselineRequest(Path file, Path writeTo) {
    public static final BaselineRequest NONE = new BaselineRequest(null, null);

    /**
     * The baseline to apply, and the baseline file as an invalid input when it is not valid. An invalid baseline
     * applies no entry at all (so every finding counts as new), but the proposals are still checked and reported;
     * the run exits 2 because of the invalid input.
     */
    public record Loaded(Baseline baseline, Optional<InvalidFile> invalid) {
    }

    Loaded load() {
        if (file == null) {
            return new Loaded(Baseline.none(), Optional.empty());
        }
        if (!Files.exists(file)) {
            return unreadable("cannot read the baseline file (--baseline): no such file (write one with"
                    + " --write-baseline)");
        }
        if (Files.isDirectory(file)) {
            return unreadable("cannot read the baseline file (--baseline): it is a folder, expected a baseline file");
        }
        try {
            return new Loaded(new Baseline(new BaselineReader().read(file)), Optional.empty());
        } catch (InvalidInputException e) {
            return new Loaded(Baseline.none(), Optional.of(new InvalidFile(DisplayPath.of(file), e.errors())));
        }
    }

    private Loaded unreadable(String message) {
        String shown = DisplayPath.of(file);
        return new Loaded(Baseline.none(), Optional.of(new InvalidFile(shown, List.of(new InputError(shown,
                Position.START, "", message)))));
    }

    /** Whether {@code candidate} is the baseline read or the one written (a folder being checked may hold them). */
    boolean isBaselineFile(Path candidate) {
        return same(file, candidate) || same(writeTo, candidate);
    }

    private static boolean same(Path file, Path candidate) {
        if (file == null) {
            return false;
        }
        try {
            return Files.exists(file) ? Files.isSameFile(file, candidate)
                    : file.toAbsolutePath().normalize().equals(candidate.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
