package dev.govcheck.decision;

/** Review paths, lightest first: the fold takes the heaviest that any rule voted. */
public enum ProcessPath {
    FAST_TRACK, STANDARD, FULL_REVIEW
}
