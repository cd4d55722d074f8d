package dev.govcheck.cli;

import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetWarning;
import java.io.PrintWriter;

/** Prints a loaded rule set's warnings (missing metadata, an unusable cache) to standard error, the same way for every command. */
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
}
