package dev.govcheck.run;

import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.ProposalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check}: collect the proposal files, load the rule set, read and evaluate every file, apply the waivers
 * and {@code --fail-on}, and review the waivers. Returns what was found; never prints.
 */
public final class CheckRunner {
    /** Runs the check; a rule set that does not load is a {@link RuleSetException} (nothing is evaluated then). */
    public CheckResult run(CheckRequest request) throws RuleSetException {
        // The rule set loads on its own thread while this one collects and reads the files: on a cached run the
        // two take similar time, and both are mostly class loading, which runs in parallel.
        RuleSetInBackground loading = RuleSetInBackground.start(request.rules(), request.cache());
        FileCollector.Collected collected = new FileCollector(RuleSetLocator.folder(request.rules()))
                .collect(request.paths());
        // the waivers file may sit in a folder being checked: it is not a proposal
        List<Path> files = collected.files().stream().filter(f -> !request.waivers().isWaiverFile(f)).toList();
        ProposalBatch batch = ProposalBatch.read(new ProposalReader(request.limits()), files);
        RuleSet ruleSet = loading.get();
        WaiverRequest.Loaded waivers = request.waivers().load(ruleSet, request.limits());
        List<FileResult> checked = batch.evaluate(new Evaluator(ruleSet, request.ruleTimeLimit()),
                decision -> Verdicts.applyFailOn(waivers.waivers().apply(decision), request.failOn()));
        List<FileResult> results = new ArrayList<>(checked);
        collected.errors().forEach(error -> results.add(new InvalidFile(error.file(), List.of(error))));
        List<RunNote> notes = waivers.waivers().review(checked);
        List<String> warnings = new ArrayList<>();
        if (results.isEmpty()) {
            warnings.add("no proposal files (*.yaml, *.yml) found in " + String.join(", ",
                    request.paths().stream().map(Path::toString).toList()));
        }
        waivers.invalid().ifPresent(results::add);
        return new CheckResult(new RunResult(results, warnings, notes), ruleSet, loading.millis(), request.failOn());
    }
}
