package dev.govcheck.run;

import java.util.Locale;

/**
 * {@code diff --fail-on}: which changes make the run exit 1. A mixed change both tightens and loosens, so it
 * counts for {@code looser} and for {@code stricter}; a proposal the rules failed on exits 3 whatever this says.
 */
public enum DiffFailOn {
    CHANGED, LOOSER, STRICTER, NEVER;

    /** Whether a change in {@code direction} fails the run. */
    public boolean failsOn(ChangeDirection direction) {
        return switch (this) {
            case CHANGED -> true;
            case LOOSER -> direction == ChangeDirection.LOOSER || direction == ChangeDirection.MIXED;
            case STRICTER -> direction == ChangeDirection.STRICTER || direction == ChangeDirection.MIXED;
            case NEVER -> false;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
