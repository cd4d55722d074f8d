package dev.govcheck;

import dev.govcheck.decision.Decision;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import java.nio.file.Path;

/**
 * govcheck as a library, in one call: {@code Govcheck.load(Path.of("rules")).evaluate(Path.of("hotjar.yaml"))}.
 * It pairs a loaded {@link RuleSet} (a value: compiled rules, policy, catalog) with the engine that evaluates
 * proposals against it and the reader that reads them, so a caller needs neither. Thread-safe: every evaluation
 * gets a fresh session; load once and evaluate many.
 */
public final class Govcheck {
    private final RuleSet ruleSet;
    private final Evaluator evaluator;
    private final ProposalReader reader = new ProposalReader();

    private Govcheck(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.evaluator = new Evaluator(ruleSet);
    }

    /** The rule set in {@code rulesDir} (its DRL files, policy.yaml and catalog.yaml), compiled now. */
    public static Govcheck load(Path rulesDir) throws RuleSetException {
        return new Govcheck(RuleSet.load(rulesDir));
    }

    /** As {@link #load(Path)}, reusing a compiled rule base from {@code cache} when it holds this rule set. */
    public static Govcheck load(Path rulesDir, RuleBaseCache cache) throws RuleSetException {
        return new Govcheck(RuleSet.load(rulesDir, cache));
    }

    /** The default rule set bundled with govcheck. */
    public static Govcheck loadDefault() throws RuleSetException {
        return new Govcheck(RuleSet.loadDefault());
    }

    /** A rule set loaded by other means. */
    public static Govcheck of(RuleSet ruleSet) {
        return new Govcheck(ruleSet);
    }

    /** Reads and evaluates one proposal file; an invalid file is an {@link InvalidInputException} with its errors. */
    public Decision evaluate(Path proposalFile) throws InvalidInputException {
        return evaluate(reader.read(proposalFile));
    }

    /** Evaluates a proposal already read (by {@link ProposalReader}, which also reads text and case files). */
    public Decision evaluate(ProposalFile proposal) {
        return evaluator.evaluate(proposal);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }
}
