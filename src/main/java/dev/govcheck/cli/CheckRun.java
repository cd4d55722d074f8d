package dev.govcheck.cli;

import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunResult;
import dev.govcheck.engine.BatchChecker;
import dev.govcheck.engine.EngineException;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.ProposalSchema;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.report.ReportOptions;
import dev.govcheck.report.Reporters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        warmUpSchema();
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLocator.load(options.rules());
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        }
        FileCollector.Collected collected = new FileCollector(RuleSetLocator.folder(options.rules()))
                .collect(options.paths());
        ProposalReader reader = new ProposalReader(YamlLimits.DEFAULT.withMaxFileBytes(options.maxFileBytes()));
        RunResult checked;
        try {
            checked = new BatchChecker(ruleSet, reader).check(collected.files());
        } catch (EngineException e) {
            return RuleSetErrors.print(e, options.debug(), err);
        }
        List<FileResult> results = new ArrayList<>(checked.results());
        collected.errors().forEach(error -> results.add(new InvalidFile(error.file(), List.of(error))));
        List<String> warnings = new ArrayList<>(checked.warnings());
        if (results.isEmpty()) {
            warnings.add("no proposal files (*.yaml, *.yml) found in " + String.join(", ",
                    options.paths().stream().map(p -> p.toString()).toList()));
        }
        RunResult run = new RunResult(results, warnings);
        ReportOptions reportOptions = new ReportOptions(options.color(), options.quiet(), options.failOn().tier());
        try {
            write(run, options, reportOptions);
        } catch (IOException e) {
            err.println("govcheck: cannot write " + options.output() + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        return Outcomes.exitCode(run, options.failOn());
    }

    /** Loading the proposal schema takes a few hundred milliseconds: do it while the rules compile. */
    private static void warmUpSchema() {
        Thread warmUp = new Thread(() -> {
            try {
                ProposalSchema.get();
            } catch (RuntimeException | Error e) {
                // Reported where the schema is used, as the file's error or an internal error.
            }
        }, "govcheck-schema-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private void write(RunResult run, CheckOptions options, ReportOptions reportOptions) throws IOException {
        var reporter = Reporters.forFormat(options.format(), reportOptions);
        if (options.output() == null) {
            reporter.write(run, out);
            out.flush();
            return;
        }
        if (options.output().getParent() != null) {
            Files.createDirectories(options.output().getParent());
        }
        try (Writer file = Files.newBufferedWriter(options.output(), StandardCharsets.UTF_8)) {
            reporter.write(run, file);
        }
    }
}
