package dev.govcheck.cli;

import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.engine.BatchChecker;
import dev.govcheck.engine.EngineException;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.report.ReportOptions;
import dev.govcheck.report.Reporter;
import dev.govcheck.report.Reporters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code check}: load the rule set, collect and check the files, report, and choose the exit code. */
final class CheckRun {
    private final PrintWriter out;
    private final PrintWriter err;

    CheckRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(CheckOptions options) {
        // The rule set loads on its own thread while this one collects and reads the files: on a cached run the
        // two take similar time, and both are mostly class loading, which runs in parallel.
        RuleSetInBackground loading = RuleSetInBackground.start(options.rules(), options.cache());
        FileCollector.Collected collected = new FileCollector(RuleSetLocator.folder(options.rules()))
                .collect(options.paths());
        YamlLimits limits = YamlLimits.DEFAULT.withMaxFileBytes(options.maxFileBytes());
        ProposalReader reader = new ProposalReader(limits);
        // the waivers file may sit in a folder being checked: it is not a proposal
        List<Path> files = collected.files().stream().filter(f -> !options.waivers().isWaiverFile(f)).toList();
        BatchChecker.ReadFiles read = BatchChecker.read(reader, files);
        RuleSet ruleSet;
        try {
            ruleSet = loading.get();
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        }
        RuleSetWarnings.print(ruleSet, err);
        if (options.debug()) {
            err.println("govcheck: debug: rule set " + ruleSet.source() + (ruleSet.fromCache()
                    ? " loaded from the cache in " + options.cache() : " compiled") + " (" + loading.millis() + " ms)");
        }
        WaiverRequest.Loaded waivers = options.waivers().load(ruleSet, limits);
        RunResult checked;
        try {
            checked = new BatchChecker(ruleSet, reader, waivers.waivers()::apply).check(read);
        } catch (EngineException e) {
            return RuleSetErrors.print(e, options.debug(), err);
        }
        List<FileResult> results = new ArrayList<>(checked.results());
        collected.errors().forEach(error -> results.add(new InvalidFile(error.file(), List.of(error))));
        List<RunNote> notes = waivers.waivers().review(checked.results());
        List<String> warnings = new ArrayList<>(checked.warnings());
        if (results.isEmpty()) {
            warnings.add("no proposal files (*.yaml, *.yml) found in " + String.join(", ",
                    options.paths().stream().map(p -> p.toString()).toList()));
        }
        waivers.invalid().ifPresent(results::add);
        RunResult run = new RunResult(results, warnings, notes);
        ReportOptions reportOptions = new ReportOptions(false, options.quiet(), options.failOn().tier(),
                ruleSet.rules());
        boolean written = true;
        for (OutputTarget target : options.outputs()) {
            written &= write(run, target, reportOptions.withColor(options.color() && target.toStandardOutput()));
        }
        return written ? Outcomes.exitCode(run, options.failOn()) : ExitCode.USAGE;
    }

    /** Writes one report; false (after saying why) when its file cannot be written. */
    private boolean write(RunResult run, OutputTarget target, ReportOptions reportOptions) {
        Reporter reporter = Reporters.forFormat(target.format(), reportOptions);
        try {
            if (target.toStandardOutput()) {
                reporter.write(run, out);
                out.flush();
                return true;
            }
            if (target.file().getParent() != null) {
                Files.createDirectories(target.file().getParent());
            }
            try (Writer file = Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8)) {
                reporter.write(run, file);
            }
            return true;
        } catch (IOException e) {
            err.println("govcheck: cannot write " + (target.toStandardOutput() ? "standard output" : target.file())
                    + ": " + e.getMessage());
            return false;
        }
    }
}
