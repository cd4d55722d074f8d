package dev.govcheck.cli;

import dev.govcheck.baseline.BaselineWriter;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.report.Format;
import dev.govcheck.report.ReportOptions;
import dev.govcheck.report.Reports;
import dev.govcheck.run.BaselineRequest;
import dev.govcheck.run.CheckRequest;
import dev.govcheck.run.CheckResult;
import dev.govcheck.run.CheckRunner;
import dev.govcheck.run.ExitCode;
import dev.govcheck.run.FailOn;
import dev.govcheck.run.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Check proposals against the rules and report a decision for each.",
        description = "Check proposal files against the rule set and report a decision for each: risk tier,"
                + " required approvals, review path with queue and SLA, violations, obligations, and fast-track"
                + " blockers. Folders are searched recursively for *.yaml and *.yml (hidden folders, build output and"
                + " the rule set are skipped; so are the waivers and baseline files in use, and rule test case files)."
                + " Every file is checked even when others are broken.",
        footer = {"",
            "Examples:",
            "  govcheck check proposals/                     check every proposal under proposals/",
            "  govcheck check samples/saas/hotjar.yaml       check one file",
            "  govcheck check --format json -o out.json .    machine-readable results",
            "  govcheck check -f text -f sarif -o sarif=out.sarif proposals/",
            "                                                log on screen, SARIF to a file",
            "  govcheck check -f github proposals/           annotations on a pull request",
            "  govcheck check --fail-on high proposals/      also fail on HIGH or CRITICAL risk",
            "  govcheck check --rules my-policy/ proposals/  use another rule set",
            "  govcheck check --waivers waivers.yaml .       apply waivers (exceptions with an end date)",
            "  govcheck check --changed-since origin/main proposals/",
            "                                                only the files changed since that commit",
            "  govcheck check --write-baseline baseline.yaml proposals/",
            "                                                record today's error findings as known",
            "  govcheck check --baseline baseline.yaml proposals/",
            "                                                fail only on findings the baseline does not list",
            "",
            "Exit codes: 0 all pass, 1 a proposal fails (error violation, or tier at or above --fail-on),",
            "2 an input is invalid (the others are still reported) or a report could not be written completely,",
            "3 the rule set cannot be loaded or a rule failed on a proposal, 64 usage."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cacheOptions;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check (default: .).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "Rule set folder (default: ./rules when present, else the bundled default set).")
    Path rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", split = ",", converter = FormatConverter.class,
            description = "Output format: text (default), json, junit, sarif, github (workflow commands), markdown or html."
                    + " Repeat it (or give a comma-separated list) to write several reports in one run.")
    List<Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "[FMT=]FILE",
            description = "Write a report to FILE instead of standard output: -o FILE for the one format,"
                    + " -o FMT=FILE for each of several (repeatable). At most one format goes to standard output.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "violation",
            description = "What fails the run: violation (default: error violations only), critical, high, medium"
                    + " (also a tier at or above it), never.")
    FailOn failOn;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + YamlLimits.DEFAULT_MAX_FILE_BYTES,
            description = "Largest proposal file read, in bytes (default: 1 MiB, at most 256 MiB).")
    long maxFileBytes;

    @Mixin
    WaiverOptions waivers;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Check only the proposal files under PATH that differ between the git revision REF and the"
                    + " working tree (added, modified, renamed, and untracked files git does not ignore); ids are"
                    + " still compared with every file under PATH. Exit 64 outside a git work tree or for an unknown"
                    + " REF.")
    String changedSince;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings this baseline lists are known: reported as such, they fail nothing; only new"
                    + " findings fail. Entries that no longer occur are listed, so the file can shrink.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the error findings of this run in FILE (proposal id, rule id and field of each),"
                    + " for --baseline. The verdicts and exit code stay as they are.")
    Path writeBaseline;

    @Option(names = "--rule-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long the rules may run on one proposal before it is reported as an error (default: 10).")
    double ruleTimeoutSeconds;

    @Override
    public Integer call() {
        if (maxFileBytes < 1 || maxFileBytes > YamlLimits.MAX_FILE_BYTES_LIMIT) {
            throw new UsageException("--max-file-size must be 1 to " + YamlLimits.MAX_FILE_BYTES_LIMIT
                    + " bytes (256 MiB), got " + maxFileBytes);
        }
        if (!(ruleTimeoutSeconds > 0 && ruleTimeoutSeconds <= 3600)) {
            throw new UsageException("--rule-timeout must be more than 0 and at most 3600 seconds, got "
                    + ruleTimeoutSeconds);
        }
        List<OutputTarget> targets = OutputTargets.resolve(formats, outputs);
        CheckRequest request = new CheckRequest(paths.isEmpty() ? List.of(Path.of(".")) : paths, rules,
                cacheOptions.cache(), YamlLimits.DEFAULT.withMaxFileBytes(maxFileBytes), waivers.request(), failOn,
                Duration.ofMillis(Math.round(ruleTimeoutSeconds * 1000)), changedSince,
                new BaselineRequest(baseline, writeBaseline));
        PrintWriter err = spec.commandLine().getErr();
        CheckResult result;
        try {
            result = new CheckRunner().run(request);
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        }
        RuleSetWarnings.print(result.ruleSet(), err);
        if (common.debug) {
            RuleSetWarnings.printLoad("", result.ruleSet(), request.cache(), result.ruleSetMillis(), err);
            RuleSetErrors.printCauses(result.run().results(), err);
        }
        ReportOptions options = new ReportOptions(false, common.quiet, result.ruleSet().rules());
        ReportWriter writer = new ReportWriter(spec.commandLine().getOut(), err);
        boolean written = true;
        for (OutputTarget target : targets) {
            written &= writer.write(Reports.check(target.format(),
                    options.withColor(common.color() && target.toStandardOutput())), result.run(), target.file());
        }
        if (writeBaseline != null) {
            written &= writeBaseline(result, err);
        }
        return written ? result.exitCode() : ExitCode.worse(result.exitCode(), ExitCode.INVALID_INPUT);
    }

    /** Writes --write-baseline's file, saying so on standard error (standard output may hold a report). */
    private boolean writeBaseline(CheckResult result, PrintWriter err) {
        try {
            int findings = BaselineWriter.write(writeBaseline, result.run().results());
            err.println("govcheck: wrote the baseline " + writeBaseline + ": " + findings + " error "
                    + (findings == 1 ? "finding" : "findings") + "; check with --baseline " + writeBaseline
                    + " to fail only on new ones");
            return true;
        } catch (IOException e) {
            err.println("govcheck: cannot write the baseline " + writeBaseline + ": " + ReportWriter.reason(e));
            return false;
        } finally {
            err.flush();
        }
    }
}
