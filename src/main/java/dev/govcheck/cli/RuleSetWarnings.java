package dev.govcheck.cli;

import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetWarning;
import java.io.PrintWriter;

/**
 * Prints a loaded rule set's warnings (missing metadata, an unusable cache) to standard error, and with --debug how
 * it was loaded, the same way for every command.
 */
final class RuleSetWarnings {
    private RuleSetWarnings() {
    }

    static void print(RuleSet ruleSet, PrintWriter err) {
        for (RuleSetWarning warning : ruleSet.warnings()) {
            err.println(warning.format());
        }
        for (String warning : ruleSet.cacheWarnings()) {
            err.println("govcheck: warning: " + warning);
        }
        err.flush();
    }

    /**
     * The --debug line saying where a rule set came from and how it was loaded (compiled, from the cache, bundled);
     * {@code label} tells two rule sets of one run apart ("base ", "changed "), or is empty.
     */
    static void printLoad(String label, RuleSet ruleSet, RuleBaseCache cache, long millis, PrintWriter err) {
        err.println("govcheck: debug: " + label + "rule set " + ruleSet.source() + " " + ruleSet.loadedHow(cache)
                + " (" + millis + " ms)");
    }
}
