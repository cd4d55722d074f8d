package dev.govcheck.decision;

/**
 * Review paths, lightest first: the fold takes the heaviest that any rule voted. EMERGENCY is last so that an
 * emergency change goes through the emergency authority whatever else voted; its review comes after (ITIL 4
 * emergency changes).
 */
public enum ProcessPath {
    FAST_TRACK, STANDARD, FULL_REVIEW, EMERGENCY
}
