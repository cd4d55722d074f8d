package dev.govcheck.cli;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.engine.EngineException;
import dev.govcheck.explain.Explainer;
import dev.govcheck.explain.Explanation;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.FieldOverride;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.OverrideException;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.report.ExplainReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explain}: read the proposal as written, and with {@code --set} again with the values overridden; load
 * the rule set and evaluate both; report the explanation and choose the exit code from the decision explained
 * (the overridden one in a what-if run).
 */
final class ExplainRun {
    private final PrintWriter out;
    private final PrintWriter err;

    ExplainRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(ExplainOptions options) {
        if (Files.isDirectory(options.file())) {
            throw new UsageException(options.file() + " is a folder: explain takes one proposal file (use check"
                    + " for folders)");
        }
        List<FieldOverride> overrides = new ArrayList<>();
        try {
            for (String set : options.sets()) {
                overrides.add(FieldOverride.parse(set));
            }
        } catch (OverrideException e) {
            throw new UsageException(e.getMessage());
        }
        ExplainReporter reporter = ExplainReporter.forFormat(options.format(), options.color(), options.quiet());
        ProposalReader reader = new ProposalReader();
        String shown = DisplayPath.of(options.file());
        // read before compiling the rules: a broken file or a mistyped --set is reported at once
        ProposalFile file;
        ProposalFile overridden = null;
        try {
            file = reader.read(options.file(), shown);
        } catch (InvalidInputException e) {
            write(reporter, new InvalidFile(shown, e.errors()));
            return ExitCode.INVALID_INPUT;
        }
        if (!overrides.isEmpty()) {
            overridden = readOverridden(reader, file, overrides, options);
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLocator.load(options.rules(), options.cache());
        } catch (RuleSetException e) {
            return RuleSetErrors.print(e, err);
        }
        RuleSetWarnings.print(ruleSet, err);
        // an invalid waivers file applies no waiver; the proposal is still explained, and the run exits 2
        WaiverRequest.Loaded waivers = options.waivers().load(ruleSet);
        waivers.invalid().ifPresent(invalid -> invalid.errors().forEach(e -> err.println(e.format())));
        try {
            Decision decision = waivers.waivers().apply(ruleSet.evaluate(file));
            Explainer explainer = new Explainer(ruleSet);
            Explanation explanation = overridden == null
                    ? explainer.explain(file, decision)
                    : explainer.whatIf(file, decision, overridden,
                            waivers.waivers().apply(ruleSet.evaluate(overridden)), overrides);
            reporter.write(explanation, out);
            out.flush();
            waivers.waivers().review(List.of(explanation.decision())).forEach(note -> err.println(note.format()));
            if (waivers.invalid().isPresent()) {
                return ExitCode.INVALID_INPUT;
            }
            return Outcomes.fails(explanation.decision(), FailOn.VIOLATION) ? ExitCode.FAIL : ExitCode.PASS;
        } catch (EngineException e) {
            return RuleSetErrors.print(e, options.debug(), err);
        } catch (IOException e) {
            err.println("govcheck: cannot write the explanation: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    /** The file read again with the --set values; what does not fit is a usage error. */
    private static ProposalFile readOverridden(ProposalReader reader, ProposalFile file,
                                               List<FieldOverride> overrides, ExplainOptions options) {
        try {
            return reader.read(options.file(), file.file(), overrides);
        } catch (OverrideException e) {
            throw new UsageException(e.getMessage());
        } catch (InvalidInputException e) {
            // the file as written is valid, so what is wrong now comes from the --set values
            StringBuilder message = new StringBuilder("the --set values make the proposal invalid:");
            for (InputError error : e.errors()) {
                message.append("\n  ").append(error.field().isEmpty() ? "" : error.field() + ": ")
                        .append(error.message());
            }
            throw new UsageException(message.toString());
        }
    }

    private void write(ExplainReporter reporter, InvalidFile invalid) {
        try {
            reporter.writeInvalid(invalid, out);
            out.flush();
        } catch (IOException e) {
            err.println("govcheck: cannot write the explanation: " + e.getMessage());
        }
    }
}
