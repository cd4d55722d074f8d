package dev.govcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Run the rule set's test cases. A case is a proposal (a file, or written",
            "inline) and the decision it must get: tier, path, status, approvals,",
            "violations, rules that must or must not fire. Prints PASS or FAIL per case,",
            "with what differs, and last 'N passed, N failed'. Case files are YAML files",
            "with a 'cases' list: see README, \"Writing and testing rules\"."},
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
            description = "Output format: text (default) or junit.")
    VerifyOptions.VerifyFormat format;

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
        VerifyOptions options = new VerifyOptions(paths, rules, format, output, coverage || min != null, min,
                common.quiet, common.debug, cacheOptions.cache());
        return new VerifyRun(spec.commandLine().getOut(), spec.commandLine().getErr()).run(options);
    }
}
