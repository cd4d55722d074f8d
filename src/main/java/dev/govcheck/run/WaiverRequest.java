package dev.govcheck.run;

import dev.govcheck.decision.InvalidFile;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.waiver.WaiverReader;
import dev.govcheck.waiver.Waivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which waivers file to apply ({@code file} null: none) and the day that decides expiry. */
public record WaiverRequest(Path file, LocalDate today) {
    /**
     * The waivers to apply, and the waivers file as an invalid input when it is not valid. An invalid file
     * applies no waiver at all (applying some of a broken file would give a result nobody asked for), but the
     * proposals are still checked and reported, so no work is lost; the run exits 2 because of the invalid input.
     */
    public record Loaded(Waivers waivers, Optional<InvalidFile> invalid) {
    }

    /** {@link #load(RuleSet, YamlLimits)} with the default size limits. */
    public Loaded load(RuleSet ruleSet) {
        return load(ruleSet, YamlLimits.DEFAULT);
    }

    /**
     * Reads the waivers file against the ids of {@code ruleSet}. A file that cannot be read (none there, a folder)
     * is an invalid input like any other (exit 2): the proposals are still checked and reported.
     */
    public Loaded load(RuleSet ruleSet, YamlLimits limits) {
        return load(ruleSet.rules().stream().map(RuleInfo::id).collect(Collectors.toSet()), limits);
    }

    /**
     * Reads the waivers file against {@code ruleIds} (a run with two rule sets accepts a waiver for a rule of
     * either); a file that does not exist is a usage error.
     */
    public Loaded load(Set<String> ruleIds, YamlLimits limits) {
        if (file == null) {
            return new Loaded(Waivers.none(), Optional.empty());
        }
        if (!Files.exists(file)) {
            return unreadable("cannot read the waivers file (--waivers): no such file");
        }
        if (Files.isDirectory(file)) {
            return unreadable("cannot read the waivers file (--waivers): it is a folder, expected a waivers file");
        }
        try {
            return new Loaded(new Waivers(new WaiverReader(limits).read(file, ruleIds), today), Optional.empty());
        } catch (InvalidInputException e) {
            return new Loaded(Waivers.none(), Optional.of(new InvalidFile(DisplayPath.of(file), e.errors())));
        }
    }

    private Loaded unreadable(String message) {
        String shown = DisplayPath.of(file);
        return new Loaded(Waivers.none(), Optional.of(new InvalidFile(shown, List.of(new InputError(shown,
                Position.START, "", message)))));
    }

    /** Whether {@code candidate} is the waivers file itself (a folder being checked may hold it). */
    public boolean isWaiverFile(Path candidate) {
        if (file == null) {
            return false;
        }
        try {
            return Files.isSameFile(file, candidate);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
