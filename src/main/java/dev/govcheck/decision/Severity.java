package dev.govcheck.decision;

import java.util.Locale;

/** Severity of a violation: only errors make a proposal FAIL; warnings are advice. */
public enum Severity {
    ERROR, WARNING;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
