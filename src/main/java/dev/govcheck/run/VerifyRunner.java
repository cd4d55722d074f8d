package dev.govcheck.run;

import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.verify.Verifier;
import dev.govcheck.verify.VerifyResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code verify}: load the rule set, find the case files (the rule set's tests/ folder unless paths are given),
 * run every case and compute the coverage. Returns what was found; never prints.
 */
public final class VerifyRunner {
    public VerifyOutcome run(VerifyRequest request) throws RuleSetException {
        List<Path> targets = targets(request);
        RuleSet ruleSet = RuleSetLocator.load(request.rules(), request.cache());
        FileCollector.Collected collected = new FileCollector(null).collect(targets);
        Verifier verifier = new Verifier(ruleSet, YamlLimits.DEFAULT);
        VerifyResult result = verifier.verify(collected.files());
        List<InputError> errors = new ArrayList<>(collected.errors());
        errors.addAll(result.errors());
        if (result.results().isEmpty() && errors.isEmpty()) {
            errors.add(new InputError(String.join(", ", targets.stream().map(DisplayPath::of).toList()),
                    Position.START, "", "no test cases found (case files are *.yaml files with a 'cases' list)"));
        }
        result = new VerifyResult(result.results(), errors);
        return new VerifyOutcome(result, request.coverage() ? verifier.coverage(result) : null,
                request.minCoverage(), ruleSet);
    }

    /** The PATH arguments, or the tests/ folder of the rule set in use. */
    private static List<Path> targets(VerifyRequest request) {
        if (!request.paths().isEmpty()) {
            return request.paths();
        }
        Path folder = RuleSetLocator.folder(request.rules());
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
}
