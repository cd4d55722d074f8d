package dev.govcheck.cli;

import dev.govcheck.policy.RuleSetException;
import dev.govcheck.report.Format;
import dev.govcheck.report.Reports;
import dev.govcheck.run.ExitCode;
import dev.govcheck.run.ExplainRequest;
import dev.govcheck.run.ExplainResult;
import dev.govcheck.run.ExplainRunner;
import dev.govcheck.run.UsageException;
import java.io.PrintWriter;
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

@Command(name = "explain", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Explain one proposal's decision, rule by rule, and what to change.",
        description = {"Prints the decision, then every rule that fired, in firing order: its id, title and"
                + " rationale, the proposal facts it matched (field = value, with file:line:column), what it decided"
                + " and where the rule is written; then what stands between the proposal and the fast track, with"
                + " the value that would lift each threshold. -q leaves out the rules.",
            "With --set, evaluates the proposal as if the file said so and shows what changed: status, tier, path,"
                + " approvals, violations, obligations, rules. The file is never modified."},
        footer = {"",
            "Examples:",
            "  govcheck explain samples/saas/hotjar.yaml",
            "      why Hotjar takes the standard path, and what would put it on the",
            "      fast track",
            "  govcheck explain samples/saas/hotjar.yaml --set spec.users=249",
            "      what if it had fewer users?",
            "  govcheck explain p.yaml --set spec.users=200 --set spec.access.sso=true",
            "      several changes at once; values are typed by the schema (numbers,",
            "      true/false, the words of an enum)",
            "  govcheck explain p.yaml --set 'spec.integrations[0].coreSystem=false'",
            "      list items by index; missing mappings on the way are created",
            "  govcheck explain --format json p.yaml",
            "      the same, machine-readable",
            "",
            "Exit codes: 0 the proposal passes, 1 it fails (an error violation),",
            "2 it is not a valid proposal, 3 the rule set cannot be loaded, 64 usage",
            "(an unknown --set field, or a value of the wrong type)."})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The proposal file to explain.")
    Path file;

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "Rule set folder (default: ./rules when present, else the bundled default set).")
    Path rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text",
            converter = FormatConverter.class, description = "Output format: text (default) or json.")
    Format format;

    @Mixin
    WaiverOptions waivers;

    @Mixin
    CacheOptions cacheOptions;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Evaluate as if the field PATH had VALUE (repeatable), e.g. --set spec.users=200.")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        if (format != Format.TEXT && format != Format.JSON) {
            throw new UsageException("explain writes text or json, not " + format);
        }
        PrintWriter err = spec.commandLine().getErr();
        ExplainResult result;
        try {
            result = new ExplainRunner().run(new ExplainRequest(file, rules, cacheOptions.cache(), sets,
                    waivers.request()));
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        }
        if (result.ruleSet() != null) {
            RuleSetWarnings.print(result.ruleSet(), err);
        }
        result.invalidWaivers().ifPresent(invalid -> invalid.errors().forEach(e -> err.println(e.format())));
        boolean written = new ReportWriter(spec.commandLine().getOut(), err)
                .write(Reports.explain(format, common.color(), common.quiet), result, null);
        result.notes().forEach(note -> err.println(note.format()));
        err.flush();
        return written ? result.exitCode() : ExitCode.worse(result.exitCode(), ExitCode.INVALID_INPUT);
    }
}
