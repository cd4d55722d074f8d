package dev.govcheck.drl;

import dev.govcheck.proposal.NumberText;

/** Numbers as people write them in YAML and messages: 12000, not 12000.0 or 1.2E4. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        return NumberText.format(value);
    }
}
