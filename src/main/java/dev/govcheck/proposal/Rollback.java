package dev.govcheck.proposal;

/** How a code change is undone. */
public record Rollback(boolean plan, boolean featureFlag) {
}
