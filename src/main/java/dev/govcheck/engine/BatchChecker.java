package dev.govcheck.engine;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunResult;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks many files in one run: reads and evaluates them in parallel on all cores, keeps going past bad files,
 * and rejects proposal ids used by more than one file. The result order does not depend on scheduling.
 */
public final class BatchChecker {
    private final RuleSet ruleSet;
    private final ProposalReader reader;
    private final Function<Decision, Decision> postProcess;

    public BatchChecker(RuleSet ruleSet, ProposalReader reader) {
        this(ruleSet, reader, Function.identity());
    }

    /** {@code postProcess} is applied to each decision (waivers, for instance). */
    public BatchChecker(RuleSet ruleSet, ProposalReader reader, Function<Decision, Decision> postProcess) {
        this.ruleSet = ruleSet;
        this.reader = reader;
        this.postProcess = postProcess;
    }

    /** A file read, or the reason it could not be. */
    private record Read(String file, ProposalFile proposal, List<InputError> errors) {
    }

    /**
     * Files read and validated, not yet evaluated. Reading needs no rule set, so a run can read while its rule set
     * is still loading ({@link #read}, then {@link #check(ReadFiles)}).
     */
    public static final class ReadFiles {
        private final List<Read> reads;

        private ReadFiles(List<Read> reads) {
            this.reads = reads;
        }
    }

    /** Reads and validates {@code files} in parallel. */
    public static ReadFiles read(ProposalReader reader, List<Path> files) {
        return new ReadFiles(files.parallelStream().map(path -> read(reader, path)).toList());
    }

    public RunResult check(List<Path> files) {
        return check(read(reader, files));
    }

    public RunResult check(ReadFiles files) {
        List<Read> reads = files.reads;
        Map<String, List<String>> filesById = new LinkedHashMap<>();
        for (Read read : reads) {
            if (read.proposal() != null) {
                filesById.computeIfAbsent(read.proposal().proposal().id(), id -> new ArrayList<>()).add(read.file());
            }
        }
        List<FileResult> results = reads.parallelStream().map(read -> {
            if (read.proposal() == null) {
                return (FileResult) new InvalidFile(read.file(), read.errors());
            }
            List<String> sameId = filesById.get(read.proposal().proposal().id());
            if (sameId.size() > 1) {
                return new InvalidFile(read.file(), List.of(duplicateId(read, sameId)));
            }
            return postProcess.apply(ruleSet.evaluate(read.proposal()));
        }).toList();
        return new RunResult(results, List.of());
    }

    private static Read read(ProposalReader reader, Path path) {
        String shown = DisplayPath.of(path);
        try {
            return new Read(shown, reader.read(path, shown), List.of());
        } catch (InvalidInputException e) {
            return new Read(shown, null, e.errors());
        } catch (RuntimeException | StackOverflowError e) {
            // The reader turns every problem of a file into input errors; should one still slip through (a bug),
            // it is reported against that file and the rest of the run goes on.
            return new Read(shown, null, List.of(new InputError(shown, Position.START, "",
                    "could not be read: internal error " + e.getClass().getSimpleName()
                            + " (please report this file as a govcheck bug)")));
        }
    }

    private static InputError duplicateId(Read read, List<String> sameId) {
        String id = read.proposal().proposal().id();
        List<String> others = sameId.stream().filter(f -> !f.equals(read.file())).sorted().toList();
        return new InputError(read.file(), read.proposal().sourceMap().locate("id"), "id",
                "proposal id '" + id + "' is also used by " + String.join(", ", others) + ": ids must be unique");
    }
}
