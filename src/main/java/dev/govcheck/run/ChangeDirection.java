package dev.govcheck.run;

import java.util.Locale;

/**
 * Which way a rule change moves one proposal's decision. STRICTER: a heavier tier or path, approvals added, or
 * PASS turned into FAIL, and nothing the other way; LOOSER: the reverse; MIXED: some of each (a lower tier but a
 * new approval, say). ERROR: one rule set's rules failed on the proposal, so there is no decision to compare.
 */
public enum ChangeDirection {
    STRICTER, LOOSER, MIXED, ERROR;

    /** The direction of a change with {@code stricter} and {@code looser} moves (at least one of them). */
    static ChangeDirection of(boolean stricter, boolean looser) {
        if (stricter && looser) {
            return MIXED;
        }
        return stricter ? STRICTER : LOOSER;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
