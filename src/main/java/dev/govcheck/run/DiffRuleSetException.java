package dev.govcheck.run;

import dev.govcheck.policy.RuleSetException;
import java.util.List;

/** One or both rule sets of {@code diff} could not be loaded (exit 3): which, named as reports name it, and why. */
public final class DiffRuleSetException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The base rule set or the changed one. */
    public enum Side {
        BASE("base rule set"), CHANGED("changed rule set");

        private final String words;

        Side(String words) {
            this.words = words;
        }

        /** "base rule set", "changed rule set". */
        public String words() {
            return words;
        }
    }

    /** One rule set that did not load: which side, its name ("origin/main:rules") and its errors. */
    public record Failure(Side side, String source, RuleSetException cause) {
    }

    private final transient List<Failure> failures;

    DiffRuleSetException(List<Failure> failures) {
        super(failures.get(0).side().words() + " " + failures.get(0).source() + " could not be loaded");
        this.failures = List.copyOf(failures);
    }

    /** The base first, then the changed rule set. */
    public List<Failure> failures() {
        return failures;
    }
}
