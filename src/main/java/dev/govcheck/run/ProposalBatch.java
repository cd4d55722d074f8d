package dev.govcheck.run;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.engine.EngineException;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.Proposal;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Many files through reading and evaluation, on all cores, with exactly one result per file whatever goes wrong:
 * a file that cannot be read is INVALID, a proposal id used by several files is INVALID in each, and a proposal
 * the rules fail on is ERROR; the rest are decided. The result order does not depend on scheduling.
 *
 * <p>Reading needs no rule set, so a run reads while its rule set is still loading ({@link #read}, then
 * {@link #evaluate}). {@link #check} does both file by file, keeping of each file only its result: what a check
 * of many files needs to stay within a small heap.
 */
final class ProposalBatch {
    private final List<Read> reads;

    private ProposalBatch(List<Read> reads) {
        this.reads = reads;
    }

    /** A file read, or the reason it could not be; {@code skipped} when it is not a proposal at all (a case file). */
    private record Read(String file, ProposalFile proposal, List<InputError> errors, boolean skipped) {
        Read(String file, ProposalFile proposal, List<InputError> errors) {
            this(file, proposal, errors, false);
        }
    }

    /**
     * Reads and validates {@code files} in parallel. A file that is not a valid proposal but a rule test case file
     * (a folder being checked may hold a rule set's tests) is skipped, not reported as invalid.
     */
    static ProposalBatch read(ProposalReader reader, List<Path> files, YamlLimits limits) {
        return new ProposalBatch(files.parallelStream().map(path -> {
            Read read = read(reader, path);
            return read.proposal() == null && NotProposals.isCaseFile(path, limits)
                    ? new Read(read.file(), null, List.of(), true) : read;
        }).toList());
    }

    /** Every proposal read, by its file as results name it (the files that could not be read are not there). */
    Map<String, Proposal> proposalsByFile() {
        Map<String, Proposal> proposals = new HashMap<>();
        reads.stream().filter(read -> read.proposal() != null)
                .forEach(read -> proposals.put(read.file(), read.proposal().proposal()));
        return proposals;
    }

    /** The files skipped as rule test case files, in the order given. */
    List<String> skippedCaseFiles() {
        return reads.stream().filter(Read::skipped).map(Read::file).toList();
    }

    /**
     * Evaluates every proposal read; {@code postProcess} turns each decision into the run's verdict on it
     * (waivers, --fail-on).
     */
    List<FileResult> evaluate(Evaluator evaluator, UnaryOperator<Decision> postProcess) {
        return evaluate(evaluator, postProcess, Map.of());
    }

    /**
     * {@link #evaluate(Evaluator, UnaryOperator)} where {@code otherIds} are the proposal ids of files not in this
     * batch (id to files): a proposal whose id one of them uses too is invalid, as if both were in the batch.
     */
    List<FileResult> evaluate(Evaluator evaluator, UnaryOperator<Decision> postProcess,
                              Map<String, List<String>> otherIds) {
        Map<String, List<String>> filesById = new LinkedHashMap<>();
        for (Read read : reads) {
            if (read.proposal() != null) {
                filesById.computeIfAbsent(read.proposal().proposal().id(), id -> new ArrayList<>()).add(read.file());
            }
        }
        otherIds.forEach((id, files) -> {
            if (filesById.containsKey(id)) {
                filesById.get(id).addAll(files);
            }
        });
        return reads.parallelStream().filter(read -> !read.skipped()).map(read -> {
            if (read.proposal() == null) {
                return (FileResult) new InvalidFile(read.file(), read.errors());
            }
            List<String> sameId = filesById.get(read.proposal().proposal().id());
            if (sameId.size() > 1) {
                return new InvalidFile(read.file(), List.of(duplicateId(read.file(), read.proposal().proposal().id(),
                        read.proposal().sourceMap().locate("id"), sameId)));
            }
            return evaluate(evaluator, read.proposal(), postProcess);
        }).toList();
    }

    /** How a check judges one proposal read: its rule set, waivers and --fail-on, once the rule set has loaded. */
    interface Judge {
        /** The judging, when the rule set has loaded (without waiting); empty while it loads or when it failed. */
        Optional<Function<ProposalFile, FileResult>> ifReady();

        /** Waits for the rule set; what loading it threw is thrown here. */
        Function<ProposalFile, FileResult> await() throws RuleSetException;
    }

    /** What {@link #check} gives back: a result per file (case files left out), and the case files skipped. */
    record Checked(List<FileResult> results, List<String> skippedCaseFiles) {
    }

    /**
     * One file through reading and judging, then the next, on all cores: of each file only its result and its
     * proposal id (with the id's place) are kept, not the proposal, so the memory a run needs grows with the
     * results, not with the files read. The files read while the rule set is still loading are judged once it has
     * loaded. Proposals are judged as soon as they are read, before every id is known: one whose id another file
     * (or {@code otherIds}, as in {@link #evaluate}) uses too is made INVALID afterwards, as in {@link #evaluate}.
     */
    static Checked check(ProposalReader reader, List<Path> files, YamlLimits limits, Judge judge,
                         Map<String, List<String>> otherIds) throws RuleSetException {
        List<Step> steps = files.parallelStream().map(path -> {
            Read read = read(reader, path);
            if (read.proposal() == null) {
                return NotProposals.isCaseFile(path, limits) ? Step.skipped(read.file())
                        : Step.done(read.file(), null, null, new InvalidFile(read.file(), read.errors()));
            }
            ProposalFile proposal = read.proposal();
            String id = proposal.proposal().id();
            Position idAt = proposal.sourceMap().locate("id");
            return judge.ifReady().map(j -> Step.done(read.file(), id, idAt, j.apply(proposal)))
                    .orElseGet(() -> new Step(read.file(), id, idAt, proposal, null, false));
        }).toList();
        Function<ProposalFile, FileResult> judging = judge.await();
        List<Step> judged = steps.parallelStream()
                .map(step -> step.pending() == null ? step
                        : Step.done(step.file(), step.id(), step.idAt(), judging.apply(step.pending())))
                .toList();
        Map<String, List<String>> filesById = new LinkedHashMap<>();
        for (Step step : judged) {
            if (step.id() != null) {
                filesById.computeIfAbsent(step.id(), id -> new ArrayList<>()).add(step.file());
            }
        }
        otherIds.forEach((id, others) -> {
            if (filesById.containsKey(id)) {
                filesById.get(id).addAll(others);
            }
        });
        List<FileResult> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Step step : judged) {
            if (step.skipped()) {
                skipped.add(step.file());
            } else if (step.id() != null && filesById.get(step.id()).size() > 1) {
                results.add(new InvalidFile(step.file(), List.of(duplicateId(step.file(), step.id(), step.idAt(),
                        filesById.get(step.id())))));
            } else {
                results.add(step.result());
            }
        }
        return new Checked(results, skipped);
    }

    /** A file on its way through {@link #check}: read and waiting for the rule set ({@code pending}), or judged. */
    private record Step(String file, String id, Position idAt, ProposalFile pending, FileResult result,
                        boolean skipped) {
        static Step done(String file, String id, Position idAt, FileResult result) {
            return new Step(file, id, idAt, null, result, false);
        }

        static Step skipped(String file) {
            return new Step(file, null, null, null, null, true);
        }
    }

    /** One proposal's result: its decision as the run judges it, or ERROR when the rules fail on it. */
    static FileResult evaluate(Evaluator evaluator, ProposalFile proposal, UnaryOperator<Decision> postProcess) {
        try {
            return postProcess.apply(evaluator.evaluate(proposal));
        } catch (EngineException e) {
            return new FailedEvaluation(proposal.file(), proposal.proposal().id(), e.rule(), e.getMessage(),
                    e.getCause());
        }
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

    private static InputError duplicateId(String file, String id, Position idAt, List<String> sameId) {
        List<String> others = sameId.stream().filter(f -> !f.equals(file)).sorted().toList();
        return new InputError(file, idAt, "id",
                "proposal id '" + id + "' is also used by " + String.join(", ", others) + ": ids must be unique");
    }
}
