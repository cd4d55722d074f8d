package dev.govcheck.cli;

import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.report.Format;
import dev.govcheck.report.Reports;
import dev.govcheck.run.ExitCode;
import dev.govcheck.run.PortfolioRequest;
import dev.govcheck.run.PortfolioResult;
import dev.govcheck.run.PortfolioRunner;
import dev.govcheck.run.UsageException;
import dev.govcheck.run.WaiverRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "portfolio", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Show the governance team's view of many proposals: a page with charts, or its numbers as JSON.",
        description = "Checks the proposals as check does (the same verdicts, waivers applied) and reports them as a"
                + " portfolio on one day: counts by status, risk tier and review path, the approvals waiting per"
                + " role, the spend per tier, the catalog categories where tools overlap, the proposals past their"
                + " path's SLA (in business days from their submitted date), the SaaS contracts that renew or end"
                + " within 120 days, and the waivers that end within 30 days. Invalid files and proposals the rules"
                + " failed on are counted by status and listed; no other figure includes them. The page (html) is"
                + " one self-contained file: charts as inline SVG, a sortable, filterable proposals table, every"
                + " proposal's details.",
        footer = {"",
            "Examples:",
            "  govcheck portfolio -o portfolio.html proposals/",
            "      the page for every proposal under proposals/",
            "  govcheck portfolio --format json -o portfolio.json proposals/",
            "      the same numbers as JSON",
            "  govcheck portfolio --today 2027-01-11 --waivers waivers.yaml \\",
            "      -f html -o html=portfolio.html -f json -o json=portfolio.json proposals/",
            "      both, as of a given day, with waivers",
            "",
            "Exit codes: 0 reported (failing proposals are part of the report, not an",
            "error), 2 an input is invalid (it is listed; the others are reported) or",
            "a report could not be written, 3 the rule set cannot be loaded or a rule",
            "failed on a proposal, 64 usage."})
public final class PortfolioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    CacheOptions cacheOptions;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Proposal files or folders (default: .).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "Rule set folder (default: ./rules when present, else the bundled default set).")
    Path rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", split = ",", converter = FormatConverter.class,
            description = "html (default: the page) or json (its numbers). Give both to write both.")
    List<Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "[FMT=]FILE",
            description = "Write a report to FILE instead of standard output: -o FILE for the one format,"
                    + " -o FMT=FILE for each of two.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers to apply: exceptions for one rule on one proposal, each with an owner and an end"
                    + " date (see the README).")
    Path waivers;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day of the portfolio (default: today's date): it decides which waivers have expired"
                    + " or end soon, how long proposals have waited, and which contracts renew soon.")
    LocalDate today;

    @Override
    public Integer call() {
        List<OutputTarget> targets = OutputTargets.resolve(formats.isEmpty() ? List.of(Format.HTML) : formats,
                outputs);
        for (OutputTarget target : targets) {
            if (target.format() != Format.HTML && target.format() != Format.JSON) {
                throw new UsageException("portfolio writes html or json, not " + target.format());
            }
        }
        PortfolioRequest request = new PortfolioRequest(paths.isEmpty() ? List.of(Path.of(".")) : paths, rules,
                cacheOptions.cache(), YamlLimits.DEFAULT,
                new WaiverRequest(waivers, today != null ? today : LocalDate.now()), Evaluator.DEFAULT_TIME_LIMIT);
        PrintWriter err = spec.commandLine().getErr();
        PortfolioResult result;
        try {
            result = new PortfolioRunner().run(request);
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        }
        RuleSetWarnings.print(result.ruleSet(), err);
        if (common.debug) {
            RuleSetWarnings.printLoad("", result.ruleSet(), request.cache(), result.ruleSetMillis(), err);
            RuleSetErrors.printCauses(result.run().results(), err);
        }
        problems(result, err);
        ReportWriter writer = new ReportWriter(spec.commandLine().getOut(), err);
        boolean written = true;
        for (OutputTarget target : targets) {
            written &= writer.write(Reports.portfolio(target.format()), result, target.file());
        }
        return written ? result.exitCode() : ExitCode.worse(result.exitCode(), ExitCode.INVALID_INPUT);
    }

    /**
     * What the reports hold but a terminal should see at once, on standard error as {@code file:line:column: ...}:
     * the errors of invalid inputs, the proposals the rules failed on, the run's warnings, and (unless --quiet) its
     * notices.
     */
    private void problems(PortfolioResult result, PrintWriter err) {
        for (FileResult r : result.run().results()) {
            if (r instanceof InvalidFile invalid) {
                invalid.errors().forEach(e -> err.println(e.format()));
            } else if (r instanceof FailedEvaluation failed) {
                err.println(new InputError(failed.file(), Position.START, "", "no decision: "
                        + (failed.rule().isEmpty() ? "" : failed.rule() + ": ") + failed.message()).format());
            }
        }
        result.run().warnings().forEach(w -> err.println("govcheck: warning: " + w));
        result.run().notes().stream().filter(n -> !common.quiet || n.level() == RunNote.Level.WARNING)
                .forEach(note -> err.println(note.format()));
        err.flush();
    }
}
