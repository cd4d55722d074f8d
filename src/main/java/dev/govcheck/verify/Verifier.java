package dev.govcheck.verify;

import dev.govcheck.decision.Decision;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs rule test cases against a rule set: reads the case files, evaluates each case's proposal (in parallel;
 * the evaluator is thread-safe) and compares the decision with the expectation. The result order is the files'
 * and the cases' order, whatever the scheduling.
 */
public final class Verifier {
    private final RuleSet ruleSet;
    private final Evaluator evaluator;
    private final CaseFileReader reader;

    public Verifier(RuleSet ruleSet, YamlLimits limits) {
        this.ruleSet = ruleSet;
        this.evaluator = new Evaluator(ruleSet);
        Set<String> ids = ruleSet.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        this.reader = new CaseFileReader(limits, ids, ruleSet.policy().roles().keySet());
    }

    /** {@code files}: case files, in the order to report them (proposal files among them are skipped). */
    public VerifyResult verify(List<Path> files) {
        List<Optional<CaseFile>> read = files.parallelStream().map(reader::read).toList();
        Set<InputError> errors = new LinkedHashSet<>();
        List<TestCase> cases = new ArrayList<>();
        for (Optional<CaseFile> file : read) {
            file.ifPresent(f -> {
                errors.addAll(f.errors());
                cases.addAll(f.cases());
                f.cases().forEach(c -> errors.addAll(c.errors()));
            });
        }
        List<CaseResult> results = cases.parallelStream().map(this::run).toList();
        return new VerifyResult(results, errors.stream().sorted(InputError.ORDER).toList());
    }

    private CaseResult run(TestCase testCase) {
        if (!testCase.valid()) {
            return new CaseResult(testCase, null, List.of());
        }
        Decision decision = evaluator.evaluate(testCase.proposal());
        return new CaseResult(testCase, decision, Differences.between(testCase.expect(), decision));
    }

    public Coverage coverage(VerifyResult result) {
        return Coverage.of(ruleSet.rules(), result.results());
    }
}
