package dev.govcheck.policy;

/** A rule of the set as its metadata describes it, and where it is written. */
public record RuleInfo(String id, String title, String rationale, String file, int line) {
}
