package dev.govcheck.run;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.engine.Evaluator;
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
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code explain}: read the proposal as written and, with {@code --set}, again with the values overridden; load
 * the rule set and evaluate both with the waivers applied; explain the decision (the overridden one in a what-if
 * run). Returns what was found; never prints.
 */
public final class ExplainRunner {
    public ExplainResult run(ExplainRequest request) throws RuleSetException {
        if (Files.isDirectory(request.file())) {
            throw new UsageException(request.file() + " is a folder: explain takes one proposal file (use check"
                    + " for folders)");
        }
        List<FieldOverride> overrides = overrides(request.sets());
        ProposalReader reader = new ProposalReader();
        String shown = DisplayPath.of(request.file());
        // read before compiling the rules: a broken file or a mistyped --set is reported at once
        ProposalFile file;
        try {
            file = reader.read(request.file(), shown);
        } catch (InvalidInputException e) {
            return ExplainResult.unexplained(new InvalidFile(shown, e.errors()), null);
        }
        ProposalFile overridden = overrides.isEmpty() ? null : readOverridden(reader, request, file, overrides);
        RuleSet ruleSet = RuleSetLocator.load(request.rules(), request.cache());
        // an invalid waivers file applies no waiver; the proposal is still explained, and the run exits 2
        WaiverRequest.Loaded waivers = request.waivers().load(ruleSet);
        Evaluator evaluator = new Evaluator(ruleSet);
        FileResult asWritten = ProposalBatch.evaluate(evaluator, file, waivers.waivers()::apply);
        FileResult asOverridden = overridden == null ? asWritten
                : ProposalBatch.evaluate(evaluator, overridden, waivers.waivers()::apply);
        if (!(asWritten instanceof Decision decision)) {
            return ExplainResult.unexplained(asWritten, ruleSet);
        }
        if (!(asOverridden instanceof Decision after)) {
            return ExplainResult.unexplained(asOverridden, ruleSet);
        }
        Explainer explainer = new Explainer(ruleSet);
        Explanation explanation = overridden == null
                ? explainer.explain(file, decision)
                : explainer.whatIf(file, decision, overridden, after, overrides);
        return new ExplainResult(Optional.of(explanation), Optional.empty(),
                waivers.waivers().review(List.of(explanation.decision()), false), waivers.invalid(), ruleSet);
    }

    private static List<FieldOverride> overrides(List<String> sets) {
        List<FieldOverride> overrides = new ArrayList<>();
        try {
            for (String set : sets) {
                overrides.add(FieldOverride.parse(set));
            }
        } catch (OverrideException e) {
            throw new UsageException(e.getMessage());
        }
        return overrides;
    }

    /** The file read again with the --set values; what does not fit is a usage error. */
    private static ProposalFile readOverridden(ProposalReader reader, ExplainRequest request, ProposalFile file,
                                               List<FieldOverride> overrides) {
        try {
            return reader.read(request.file(), file.file(), overrides);
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
}
