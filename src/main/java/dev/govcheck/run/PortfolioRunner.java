package dev.govcheck.run;

import dev.govcheck.baseline.Baseline;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.portfolio.Portfolio;
import dev.govcheck.portfolio.PortfolioEntry;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.Proposal;
import dev.govcheck.proposal.ProposalReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code portfolio}: the run {@code check} does (collect the files, load the rule set, read and evaluate every
 * file, apply the waivers, verdicts as {@code --fail-on violation} gives them), then the portfolio's figures over
 * the results and the proposals they decide, on the request's day. Returns what was found; never prints.
 */
public final class PortfolioRunner {
    /** Runs the portfolio; a rule set that does not load is a {@link RuleSetException} (nothing is evaluated then). */
    public PortfolioResult run(PortfolioRequest request) throws RuleSetException {
        RuleSetInBackground loading = RuleSetInBackground.start(request.rules(), request.cache());
        FileCollector.Collected collected = new FileCollector(RuleSetLocator.folder(request.rules()))
                .collect(request.paths());
        List<Path> files = collected.files().stream().filter(f -> !request.waivers().isWaiverFile(f)).toList();
        ProposalBatch batch = ProposalBatch.read(new ProposalReader(request.limits()), files, request.limits());
        RuleSet ruleSet = loading.get();
        WaiverRequest.Loaded waivers = request.waivers().load(ruleSet, request.limits());
        List<FileResult> checked = batch.evaluate(new Evaluator(ruleSet, request.ruleTimeLimit()),
                decision -> Verdicts.judge(decision, waivers.waivers(), FailOn.VIOLATION, Baseline.none()));
        List<FileResult> results = new ArrayList<>(checked);
        collected.errors().forEach(error -> results.add(new InvalidFile(error.file(), List.of(error))));
        boolean everyProposalChecked = request.paths().stream().allMatch(Files::isDirectory);
        List<RunNote> notes = new ArrayList<>(waivers.waivers().review(checked, everyProposalChecked));
        batch.skippedCaseFiles().forEach(file -> notes.add(new RunNote(RunNote.Level.NOTICE, file, Position.START,
                "skipped: a rule test case file (a top-level 'cases:' list), not a proposal")));
        List<String> warnings = new ArrayList<>();
        if (results.isEmpty()) {
            warnings.add("no proposal files (*.yaml, *.yml) found in " + String.join(", ",
                    request.paths().stream().map(Path::toString).toList()));
        }
        waivers.invalid().ifPresent(results::add);
        RunResult run = new RunResult(results, warnings, notes);

        Map<String, Proposal> proposals = batch.proposalsByFile();
        List<PortfolioEntry> entries = run.results().stream()
                .map(result -> new PortfolioEntry(result, proposals.get(result.file()))).toList();
        Portfolio portfolio = Portfolio.of(entries, ruleSet.policy().currency(), ruleSet.policy().roles().keySet(),
                ruleSet.catalog(), request.waivers().today());
        return new PortfolioResult(portfolio, run, ruleSet, loading.millis());
    }
}
