package dev.govcheck.cli;

import dev.govcheck.engine.EngineException;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.report.Format;
import dev.govcheck.report.Reports;
import dev.govcheck.run.ExitCode;
import dev.govcheck.run.UsageException;
import dev.govcheck.run.VerifyOutcome;
import dev.govcheck.run.VerifyRequest;
import dev.govcheck.run.VerifyRunner;
import dev.govcheck.verify.Coverage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Run the rule set's test cases and report which rules they cover.",
        description = "A case is a proposal (a file, or written inline) and the decision it must get: tier, path,"
                + " status, approvals, violations, rules that must or must not fire. Prints PASS or FAIL per case,"
                + " with what differs, and last 'N passed, N failed'. Case files are YAML files with a 'cases' list:"
                + " see README, \"Writing and testing rules\".",
        footer = {"",
            "Examples:",
            "  govcheck verify                        rules/tests/ against rules/",
            "  govcheck verify --coverage             also count, per rule, the cases",
            "                                         that fire it",
            "  govcheck verify --coverage --min 100   fail unless every rule is fired",
            "                                         by some case",
            "  govcheck verify -r my-policy/          my-policy/tests/ against my-policy/",
            "  govcheck verify -f junit -o out.xml    JUnit XML for CI",
            "",
            "Exit codes: 0 every case passes, 1 a case fails (or coverage is below",
            "--min), 2 a case file is malformed, 3 the rule set cannot be loaded,",
            "64 usage."})
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Case files or folders of them (default: the tests/ folder of the rule set).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "Rule set folder (default: ./rules when present, else the bundled default set).")
    Path rules;

    @Mixin
    CacheOptions cacheOptions;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text",
            converter = FormatConverter.class, description = "Output format: text (default) or junit.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--coverage", description = "Also report, per rule, how many cases fire it, and the rules none fires.")
    boolean coverage;

    @Option(names = "--min", paramLabel = "PERCENT",
            description = "Fail (exit 1) when fewer than PERCENT of the rules are fired by some case (implies --coverage).")
    Double min;

    @Override
    public Integer call() {
        if (min != null && (min < 0 || min > 100 || min.isNaN())) {
            throw new UsageException("--min must be a percentage from 0 to 100, got " + min);
        }
        if (format != Format.TEXT && format != Format.JUNIT) {
            throw new UsageException("verify writes text or junit, not " + format);
        }
        PrintWriter err = spec.commandLine().getErr();
        VerifyOutcome outcome;
        try {
            outcome = new VerifyRunner().run(new VerifyRequest(paths, rules, cacheOptions.cache(),
                    coverage || min != null, min));
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        } catch (EngineException e) {
            return RuleSetErrors.print(e, common.debug, err);
        }
        RuleSetWarnings.print(outcome.ruleSet(), err);
        outcome.result().errors().forEach(e -> err.println(e.format()));
        boolean written = new ReportWriter(spec.commandLine().getOut(), err).write(Reports.verify(format,
                common.quiet), outcome, output);
        if (outcome.belowMinimum()) {
            Coverage c = outcome.coverage();
            err.println("govcheck: coverage " + c.percentText() + " is below --min " + minText(min) + "% ("
                    + rulesFiredByNoCase(c.total() - c.covered()) + ")");
        }
        int problems = outcome.result().errors().size();
        if (problems > 0) {
            err.println("govcheck: " + problems + (problems == 1 ? " problem" : " problems")
                    + " in the test case files; the cases concerned did not run");
        }
        err.flush();
        return written ? outcome.exitCode() : ExitCode.worse(outcome.exitCode(), ExitCode.INVALID_INPUT);
    }

    private static String rulesFiredByNoCase(int count) {
        return count + (count == 1 ? " rule is" : " rules are") + " fired by no case";
    }

    private static String minText(double min) {
        return min == Math.rint(min) ? Long.toString((long) min) : String.format(Locale.ROOT, "%s", min);
    }
}
