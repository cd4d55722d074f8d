package dev.govcheck.testing;

import dev.govcheck.Govcheck;
import dev.govcheck.decision.Decision;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import java.nio.file.Path;

/**
 * The default rule set of this repository ({@code rules/}) behind the library facade, compiled once per test JVM
 * and shared: compiling is the slow part, evaluating is cheap, and evaluation is thread-safe.
 */
public final class TestRules {
    private static volatile Govcheck defaults;

    private TestRules() {
    }

    public static Govcheck defaults() {
        Govcheck local = defaults;
        if (local == null) {
            synchronized (TestRules.class) {
                local = defaults;
                if (local == null) {
                    try {
                        local = Govcheck.load(Path.of("rules"));
                    } catch (RuleSetException e) {
                        throw new IllegalStateException("default rules do not load: " + e.errors(), e);
                    }
                    defaults = local;
                }
            }
        }
        return local;
    }

    /** The default rule set itself (its policy, catalog and rule metadata). */
    public static RuleSet ruleSet() {
        return defaults().ruleSet();
    }

    /** Reads YAML text as a proposal and evaluates it with the default rules. */
    public static Decision evaluate(String yaml) {
        return defaults().evaluate(read(yaml));
    }

    public static Decision evaluate(Path file) {
        try {
            return defaults().evaluate(new ProposalReader().read(file));
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("not a valid proposal: " + e.errors(), e);
        }
    }

    public static ProposalFile read(String yaml) {
        try {
            return new ProposalReader().readText(yaml, "fixture.yaml");
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("fixture is not a valid proposal: " + e.errors(), e);
        }
    }

}
