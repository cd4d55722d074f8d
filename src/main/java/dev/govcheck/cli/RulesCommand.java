package dev.govcheck.cli;

import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.report.Format;
import dev.govcheck.report.Reports;
import dev.govcheck.report.RuleListing;
import dev.govcheck.run.ExitCode;
import dev.govcheck.run.RuleSetLocator;
import dev.govcheck.run.UsageException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", sortOptions = false, mixinStandardHelpOptions = true,
        header = "List the rules of the rule set: id, title, rationale and file:line.",
        description = "Rules without @id, @title or @rationale are reported as warnings on standard error; two rules"
                + " with the same @id stop the rule set from loading.",
        footer = {"",
            "Examples:",
            "  govcheck rules                     the rules in use (./rules, else the",
            "                                     bundled default set)",
            "  govcheck rules --rules my-policy/  another rule set",
            "  govcheck rules --format json       for tools and documentation generators",
            "  govcheck rules -f markdown -o rules/README.md",
            "                                     the policy document of the rule set",
            "",
            "Exit codes: 0 listed, 2 the list could not be written, 3 the rule set cannot be",
            "loaded, 64 usage error."})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "Rule set folder (default: ./rules when present, else the bundled default set).")
    Path rules;

    @Mixin
    CacheOptions cacheOptions;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text",
            converter = FormatConverter.class, description = "Output format: text (default), json, or markdown"
                    + " (the policy document: paths, thresholds, roles, approved tools and every rule).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the list to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        if (format != Format.TEXT && format != Format.JSON && format != Format.MARKDOWN) {
            throw new UsageException("rules writes text, json or markdown, not " + format);
        }
        var err = spec.commandLine().getErr();
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLocator.load(rules, cacheOptions.cache());
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        }
        RuleSetWarnings.print(ruleSet, err);
        boolean written = new ReportWriter(spec.commandLine().getOut(), err)
                .write(Reports.rules(format, common.color() && output == null), RuleListing.of(ruleSet), output);
        return written ? ExitCode.PASS : ExitCode.INVALID_INPUT;
    }
}
