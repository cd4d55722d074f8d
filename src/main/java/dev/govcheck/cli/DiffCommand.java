package dev.govcheck.cli;

import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import dev.govcheck.report.Format;
import dev.govcheck.report.Reports;
import dev.govcheck.run.DecisionChange;
import dev.govcheck.run.DecisionSnapshot;
import dev.govcheck.run.DiffFailOn;
import dev.govcheck.run.DiffRequest;
import dev.govcheck.run.DiffResult;
import dev.govcheck.run.DiffRuleSetException;
import dev.govcheck.run.DiffRunner;
import dev.govcheck.run.ExitCode;
import dev.govcheck.run.UsageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Show which proposals' decisions a rule change moves, and which way.",
        description = "Evaluates the same proposals with the base rule set and with the changed one (the same waivers"
                + " and day) and lists each proposal whose tier, path, status or approvals differ: before and after,"
                + " the approvals and rules added and removed, and the direction: stricter (heavier tier or path, new"
                + " approvals, PASS to FAIL), looser (the reverse) or mixed. Unchanged proposals are counted. The"
                + " folders of both rule sets are not searched.",
        footer = {"",
            "Examples:",
            "  govcheck diff --base-ref origin/main proposals/",
            "      ./rules against ./rules as it is on origin/main (read with git,",
            "      nothing checked out)",
            "  govcheck diff --base-rules rules --rules changed-rules samples/",
            "      two rule folders",
            "  govcheck diff --base-ref origin/main -f text -f markdown \\",
            "      -o markdown=comment.md proposals/",
            "      the log, and a pull request comment in a file",
            "  govcheck diff --base-ref origin/main --fail-on looser proposals/",
            "      fail when the change lets some proposal through more lightly",
            "",
            "Exit codes: 0 compared (no change of the --fail-on kind), 1 a change of",
            "the --fail-on kind, 2 an input is invalid, 3 a rule set cannot be loaded",
            "or its rules fail on a proposal (which one is said), 64 usage."})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Proposal files or folders (default: .).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--base-rules", paramLabel = "DIR", description = "The rule set to compare with: a folder.")
    Path baseRules;

    @Option(names = "--base-ref", paramLabel = "REF",
            description = "The rule set to compare with: the rule folder as it was at git revision REF"
                    + " (a branch, tag or commit of the rule folder's repository).")
    String baseRef;

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "The changed rule set (default: ./rules when present, else the bundled default set).")
    Path rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", split = ",", converter = FormatConverter.class,
            description = "Output format: text (default), json or markdown (a pull request comment). Repeat it to"
                    + " write several.")
    List<Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "[FMT=]FILE",
            description = "Write a report to FILE instead of standard output: -o FILE for the one format,"
                    + " -o FMT=FILE for each of several.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "CHANGE", defaultValue = "never",
            description = "Exit 1 when a change of this kind exists: changed (any), looser (looser or mixed),"
                    + " stricter (stricter or mixed), never (default).")
    DiffFailOn failOn;

    @Mixin
    WaiverOptions waivers;

    @Mixin
    CacheOptions cacheOptions;

    @Override
    public Integer call() {
        List<OutputTarget> targets = OutputTargets.resolve(formats, outputs);
        for (OutputTarget target : targets) {
            if (target.format() != Format.TEXT && target.format() != Format.JSON
                    && target.format() != Format.MARKDOWN) {
                throw new UsageException("diff writes text, json or markdown, not " + target.format());
            }
        }
        DiffRequest request = new DiffRequest(paths.isEmpty() ? List.of(Path.of(".")) : paths, rules, baseRules,
                baseRef, cacheOptions.cache(), waivers.request(), failOn, Evaluator.DEFAULT_TIME_LIMIT);
        PrintWriter err = spec.commandLine().getErr();
        DiffResult result;
        try {
            result = new DiffRunner().run(request);
        } catch (DiffRuleSetException e) {
            for (DiffRuleSetException.Failure failure : e.failures()) {
                RuleSetErrors.print(failure.cause(), failure.side().words() + " " + failure.source(), err);
            }
            return ExitCode.RULE_SET_ERROR;
        }
        warnings(result, err);
        if (common.debug) {
            RuleSetWarnings.printLoad("base ", result.base(), request.cache(), result.baseMillis(), err);
            RuleSetWarnings.printLoad("changed ", result.changed(), request.cache(), result.changedMillis(), err);
            if (result.baseCommit() != null) {
                err.println("govcheck: debug: --base-ref " + baseRef + " is commit " + result.baseCommit());
            }
        }
        problems(result, err);
        ReportWriter writer = new ReportWriter(spec.commandLine().getOut(), err);
        boolean written = true;
        for (OutputTarget target : targets) {
            written &= writer.write(Reports.diff(target.format(), common.color() && target.toStandardOutput(),
                    common.quiet), result, target.file());
        }
        return written ? result.exitCode() : ExitCode.worse(result.exitCode(), ExitCode.INVALID_INPUT);
    }

    /**
     * The changed rule set's warnings (what the base lacks is history, not something to fix now), and the cache's
     * warnings of both, each said once (an unusable cache folder is the same for both).
     */
    private static void warnings(DiffResult result, PrintWriter err) {
        Set<String> lines = new LinkedHashSet<>();
        result.changed().warnings().forEach(w -> lines.add(w.format()));
        for (RuleSet ruleSet : List.of(result.base(), result.changed())) {
            ruleSet.cacheWarnings().forEach(w -> lines.add("govcheck: warning: " + w));
        }
        lines.forEach(err::println);
    }

    /**
     * What the report does not list line by line, on standard error as {@code file:line:column: error: ...}: the
     * errors of invalid inputs, the proposals a rule set's rules failed on, the run's warnings and the waivers'
     * notes.
     */
    private void problems(DiffResult result, PrintWriter err) {
        for (InvalidFile invalid : result.invalid()) {
            invalid.errors().forEach(e -> err.println(e.format()));
        }
        for (DecisionChange change : result.changes()) {
            failure(change, "base", change.before(), err);
            failure(change, "changed", change.after(), err);
        }
        result.warnings().forEach(w -> err.println("govcheck: warning: " + w));
        result.notes().stream().filter(n -> !common.quiet || n.level() == RunNote.Level.WARNING)
                .forEach(note -> err.println(note.format()));
        err.flush();
    }

    private static void failure(DecisionChange change, String side, DecisionSnapshot snapshot, PrintWriter err) {
        if (snapshot.failed()) {
            err.println(new InputError(change.file(), Position.START, "",
                    "no decision with the " + side + " rule set: " + snapshot.failure()).format());
        }
    }
}
