package dev.govcheck.cli;

import dev.govcheck.engine.EngineException;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.verify.Coverage;
import dev.govcheck.verify.Verifier;
import dev.govcheck.verify.VerifyJunitReport;
import dev.govcheck.verify.VerifyResult;
import dev.govcheck.verify.VerifyTextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/** {@code verify}: load the rule set, run the cases, report, and choose the exit code. */
final class VerifyRun {
    private final PrintWriter out;
    private final PrintWriter err;

    VerifyRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(VerifyOptions options) {
        List<Path> targets = targets(options);
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLocator.load(options.rules(), options.cache());
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        }
        RuleSetWarnings.print(ruleSet, err);
        FileCollector.Collected collected = new FileCollector(null).collect(targets);
        Verifier verifier = new Verifier(ruleSet, YamlLimits.DEFAULT);
        VerifyResult result;
        try {
            result = verifier.verify(collected.files());
        } catch (EngineException e) {
            return RuleSetErrors.print(e, options.debug(), err);
        }
        List<InputError> errors = new ArrayList<>(collected.errors());
        errors.addAll(result.errors());
        if (result.results().isEmpty() && errors.isEmpty()) {
            errors.add(new InputError(String.join(", ", targets.stream().map(DisplayPath::of).toList()),
                    dev.govcheck.proposal.Position.START, "", "no test cases found (case files are *.yaml files"
                    + " with a 'cases' list)"));
        }
        result = new VerifyResult(result.results(), errors);
        errors.forEach(e -> err.println(e.format()));
        Coverage coverage = options.coverage() ? verifier.coverage(result) : null;
        try {
            write(result, coverage, options);
        } catch (IOException e) {
            err.println("govcheck: cannot write " + options.output() + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        boolean belowMin = coverage != null && options.minCoverage() != null
                && !coverage.atLeast(options.minCoverage());
        if (belowMin) {
            err.println("govcheck: coverage " + coverage.percentText() + " is below --min "
                    + minText(options.minCoverage()) + "% (" + (coverage.total() - coverage.covered())
                    + " rules fired by no case)");
        }
        if (!errors.isEmpty()) {
            err.println("govcheck: " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                    + " in the test case files; the cases concerned did not run");
        }
        err.flush();
        if (result.hasErrors()) {
            return ExitCode.INVALID_INPUT;
        }
        return result.failed() > 0 || belowMin ? ExitCode.FAIL : ExitCode.PASS;
    }

    /** The PATH arguments, or the tests/ folder of the rule set in use. */
    private static List<Path> targets(VerifyOptions options) {
        if (!options.paths().isEmpty()) {
            return options.paths();
        }
        Path folder = RuleSetLocator.folder(options.rules());
        if (folder == null) {
            throw new UsageException("no rules/ folder here, so no rules/tests/ to run: give the case files or"
                    + " folders, or --rules DIR (whose tests/ folder is then used)");
        }
        Path tests = folder.resolve("tests");
        if (!Files.isDirectory(tests)) {
            throw new UsageException("no test folder " + DisplayPath.of(tests) + ": give the case files or folders");
        }
        return List.of(tests);
    }

    private void write(VerifyResult result, Coverage coverage, VerifyOptions options) throws IOException {
        StringWriter text = new StringWriter();
        if (options.format() == VerifyOptions.VerifyFormat.JUNIT) {
            try {
                new VerifyJunitReport().write(result, coverage, text);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
            }
        } else {
            new VerifyTextReport(options.quiet()).write(result, coverage, text);
        }
        if (options.output() == null) {
            out.print(text);
            out.flush();
            return;
        }
        if (options.output().getParent() != null) {
            Files.createDirectories(options.output().getParent());
        }
        try (Writer file = Files.newBufferedWriter(options.output(), StandardCharsets.UTF_8)) {
            file.write(text.toString());
        }
    }

    private static String minText(double min) {
        return min == Math.rint(min) ? Long.toString((long) min) : String.format(Locale.ROOT, "%s", min);
    }
}
