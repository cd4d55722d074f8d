package dev.govcheck.run;

import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code check}: collect the proposal files (with {@code --changed-since}, only those changed), load the rule set,
 * read and evaluate every file, apply the waivers, {@code --fail-on} and the baseline, and review the waivers and
 * the baseline. Returns what was found; never prints.
 */
public final class CheckRunner {
    /** Runs the check; a rule set that does not load is a {@link RuleSetException} (nothing is evaluated then). */
    public CheckResult run(CheckRequest request) throws RuleSetException {
        if (request.changedSince() != null && request.baseline().writeTo() != null) {
            throw new UsageException("--write-baseline records the findings of every proposal, and --changed-since"
                    + " checks only some: run --write-baseline without --changed-since");
        }
        // Git first: a wrong revision or a folder outside a work tree is a usage error before any work is done.
        ChangedFiles.Changes changes = request.changedSince() == null ? null
                : ChangedFiles.since(request.changedSince(), request.paths().get(0));
        // The rule set loads on its own thread while this one collects and reads the files: on a cached run the
        // two take similar time, and both are mostly class loading, which runs in parallel.
        RuleSetInBackground loading = RuleSetInBackground.start(request.rules(), request.cache());
        FileCollector.Collected collected = new FileCollector(RuleSetLocator.folder(request.rules()))
                .collect(request.paths());
        // the waivers and baseline files may sit in a folder being checked: they are not proposals
        List<Path> files = collected.files().stream()
                .filter(f -> !request.waivers().isWaiverFile(f) && !request.baseline().isBaselineFile(f)).toList();
        List<RunNote> notes = new ArrayList<>();
        List<InputError> collectErrors = collected.errors();
        Map<String, List<String>> otherIds = Map.of();
        if (changes != null) {
            Selection selection = Selection.of(files, changes);
            files = selection.changed();
            otherIds = NotProposals.ids(selection.unchanged(), request.limits());
            collectErrors = collectErrors.stream().filter(e -> selection.isChanged(e.file())
                    || request.paths().stream().anyMatch(p -> DisplayPath.of(p).equals(e.file()))).toList();
            notes.addAll(changedFilesNotes(request, changes, selection));
        }
        BaselineRequest.Loaded baseline = request.baseline().load();
        Judging judging = new Judging(request, loading, baseline);
        ProposalBatch.Checked batch = ProposalBatch.check(new ProposalReader(request.limits()), files,
                request.limits(), judging, otherIds);
        RuleSet ruleSet = loading.get();
        WaiverRequest.Loaded waivers = judging.waivers;
        List<FileResult> checked = batch.results();
        List<FileResult> results = new ArrayList<>(checked);
        collectErrors.forEach(error -> results.add(new InvalidFile(error.file(), List.of(error))));
        boolean everyProposalChecked = changes == null && request.paths().stream().allMatch(Files::isDirectory);
        notes.addAll(waivers.waivers().review(checked, everyProposalChecked));
        notes.addAll(baseline.baseline().review(checked, everyProposalChecked));
        batch.skippedCaseFiles().forEach(file -> notes.add(new RunNote(RunNote.Level.NOTICE, file, Position.START,
                "skipped: a rule test case file (a top-level 'cases:' list), not a proposal")));
        List<String> warnings = new ArrayList<>();
        if (results.isEmpty() && changes == null) {
            warnings.add("no proposal files (*.yaml, *.yml) found in " + String.join(", ",
                    request.paths().stream().map(Path::toString).toList()));
        }
        waivers.invalid().ifPresent(results::add);
        baseline.invalid().ifPresent(results::add);
        String baselineName = request.baseline().file() == null ? "" : DisplayPath.of(request.baseline().file());
        return new CheckResult(new RunResult(results, warnings, notes, baselineName), ruleSet, loading.millis(),
                request.failOn());
    }

    /**
     * A check's judging of one proposal (rules, waivers, --fail-on, baseline), made once when the rule set has
     * loaded: the waivers file is read against the rule set's ids.
     */
    private static final class Judging implements ProposalBatch.Judge {
        private final CheckRequest request;
        private final RuleSetInBackground loading;
        private final BaselineRequest.Loaded baseline;
        private volatile Function<ProposalFile, FileResult> judge;
        private volatile WaiverRequest.Loaded waivers;

        Judging(CheckRequest request, RuleSetInBackground loading, BaselineRequest.Loaded baseline) {
            this.request = request;
            this.loading = loading;
            this.baseline = baseline;
        }

        @Override
        public Optional<Function<ProposalFile, FileResult>> ifReady() {
            if (judge == null && !loading.done()) {
                return Optional.empty();
            }
            try {
                return Optional.of(await());
            } catch (RuleSetException | RuntimeException e) {
                return Optional.empty(); // thrown again where the batch awaits the rule set
            }
        }

        @Override
        public synchronized Function<ProposalFile, FileResult> await() throws RuleSetException {
            if (judge == null) {
                RuleSet ruleSet = loading.get();
                WaiverRequest.Loaded loaded = request.waivers().load(ruleSet, request.limits());
                Evaluator evaluator = new Evaluator(ruleSet, request.ruleTimeLimit());
                waivers = loaded;
                judge = file -> ProposalBatch.evaluate(evaluator, file, decision -> Verdicts.judge(decision,
                        loaded.waivers(), request.failOn(), baseline.baseline()));
            }
            return judge;
        }
    }

    /** What a changed-files run checked, and each proposal file deleted since the revision (not checked). */
    private static List<RunNote> changedFilesNotes(CheckRequest request, ChangedFiles.Changes changes,
                                                   Selection selection) {
        List<RunNote> notes = new ArrayList<>();
        String under = String.join(", ", request.paths().stream().map(DisplayPath::of).toList());
        int changed = selection.changed().size();
        int all = changed + selection.unchanged().size();
        notes.add(RunNote.unlocated(RunNote.Level.NOTICE, "--changed-since " + changes.ref() + ": " + changed + " of "
                + all + " proposal " + (all == 1 ? "file" : "files") + " under " + under + " changed; "
                + (changed == 0 ? "nothing to check" : "only " + (changed == 1 ? "it was" : "those were")
                + " checked")));
        for (Path deleted : changes.deleted()) {
            if (FileCollector.isProposalName(deleted) && selection.isUnder(deleted, request.paths())) {
                notes.add(RunNote.unlocated(RunNote.Level.NOTICE, DisplayPath.of(deleted) + " was deleted since "
                        + changes.ref() + ": not checked"));
            }
        }
        return notes;
    }
}
